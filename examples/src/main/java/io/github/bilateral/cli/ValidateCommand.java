package io.github.bilateral.cli;

import io.github.bilateral.io.ReportException;
import io.github.bilateral.io.ReportReader;
import io.github.bilateral.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code validate FILE}: reads a report file strictly and lists every problem. */
@Command(name = "validate",
    mixinStandardHelpOptions = true,
    description = {
        "Read a report file strictly and print every problem on standard error, one per line, as"
            + " FILE:LINE:COLUMN: PATH: REASON (line and column 0 when unknown).",
        "Exit status: 0 the file is a valid report, 1 it has problems, 2 usage error (such as no such file)."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  java -jar examples/target/bilateral.jar validate my-report.json",
        "  my-report.json:412:9: loans[3].lenders[0]: unknown actor 'imf2'; did you mean 'imf'?"})
final class ValidateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ParentCommand
  Bilateral top;

  @Parameters(paramLabel = "FILE", description = "The report file to check.")
  Path file;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), (Files.exists(file) ? "not a file: " : "no such file: ") + file);
    }
    try {
      Report report = ReportReader.strict().read(file);
      top.out.println(file + ": a valid report, " + report.factCount() + " facts");
      return 0;
    } catch (ReportException e) {
      Bilateral.printProblems(file.toString(), e, top.err);
      return Bilateral.DATA_PROBLEMS;
    }
  }
}
