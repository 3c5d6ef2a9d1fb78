package io.github.bilateral.cli;

import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.model.Report;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrate IN OUT}: reads a report of format version 1 or 2 and writes it as canonical version 2. */
@Command(name = "migrate",
    mixinStandardHelpOptions = true,
    description = {
        "Read a report file of format version 1 or 2 (strictly, or with --lenient keeping unknown fields) and"
            + " write it in canonical form of the newest version: schemaVersion " + ReportWriter.SCHEMA_VERSION
            + ", each version-1 location written as a basis.",
        "IN and OUT may be - for standard input and standard output; OUT is replaced only once the whole"
            + " report is written.",
        "Exit status: 0 written, 1 IN has problems or cannot be read, or OUT cannot be written, 2 usage error."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  java -jar examples/target/bilateral.jar migrate old-report.json report.json",
        "  cat old-report.json | java -jar examples/target/bilateral.jar migrate - - > report.json"})
final class MigrateCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @ParentCommand
  Bilateral top;

  @Mixin
  DataOption data;

  @Parameters(arity = "1..2", paramLabel = "IN OUT",
      description = "The report to read and the file to write, each - for standard input or output;"
          + " with --data IN, name only OUT.")
  List<String> files;

  @Override
  public void run() {
    if (data.data != null && files.size() != 1) {
      throw new ParameterException(spec.commandLine(), "name the input once: as IN or with --data, not both");
    }
    if (data.data == null && files.size() != 2) {
      throw new ParameterException(spec.commandLine(), "name the report to read and the file to write: migrate IN OUT");
    }
    String in = data.data != null ? data.data : files.get(0);
    String out = files.get(files.size() - 1);
    Report report = data.load(in);
    if (out.equals("-")) {
      ReportWriter.canonical().write(report, top.out);
      top.out.flush();
      return;
    }
    Path target = Path.of(out);
    Output.replace(target, stream -> ReportWriter.canonical().write(report, stream));
    top.err.println("wrote " + Text.line(target.toString()) + ": schemaVersion " + ReportWriter.SCHEMA_VERSION
        + ", " + report.factCount() + " facts");
  }
}
