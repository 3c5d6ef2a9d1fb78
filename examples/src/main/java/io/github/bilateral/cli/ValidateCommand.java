package io.github.bilateral.cli;

import io.github.bilateral.model.Report;
import io.github.bilateral.io.Reports;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code validate [FILE]}: reads a report file strictly and lists every problem. */
@Command(name = "validate",
    mixinStandardHelpOptions = true,
    description = {
        "Read a report file strictly (or, with --lenient, keeping unknown fields) and print every problem on"
            + " standard error, one per line, as FILE:LINE:COLUMN: PATH: REASON (line and column 0 when unknown).",
        "Name the file as FILE or with --data; - reads standard input; without either, the bundled report is checked.",
        "Exit status: 0 the file is a valid report, 1 it has problems or cannot be read, or standard output cannot be"
            + " written, 2 usage error."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  java -jar examples/target/bilateral.jar validate my-report.json",
        "  my-report.json:412:9: loans[3].lenders[0]: unknown actor 'imf2'; did you mean 'imf'?",
        "  curl -s https://example.org/report.json | java -jar examples/target/bilateral.jar validate -"})
final class ValidateCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @ParentCommand
  Bilateral top;

  @Mixin
  DataOption data;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The report file to check; - for standard input.")
  @Nullable String file;

  @Override
  public void run() {
    if (file != null && data.data != null) {
      throw new ParameterException(spec.commandLine(), "name the file once: as FILE or with --data, not both");
    }
    String name = file != null ? file : data.data;
    Report report = data.load(name);
    String source = name == null ? Reports.US_PAKISTAN_2023_RESOURCE : name.equals("-") ? DataOption.STDIN : name;
    top.out.println(Text.line(source) + ": a valid report, " + report.factCount() + " facts");
  }
}
