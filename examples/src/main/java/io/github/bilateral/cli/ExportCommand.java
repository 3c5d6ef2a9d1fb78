package io.github.bilateral.cli;

import io.github.bilateral.export.ExportFormat;
import io.github.bilateral.export.Exporter;
import io.github.bilateral.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export --format F [--output PATH]}: the report in a format other tools read. */
@Command(name = "export",
    mixinStandardHelpOptions = true,
    description = {
        "Write the report in another format, to standard output or to --output PATH.",
        "Formats: json (the canonical form), jsonl (one fact per line with its kind), csv (one file"
            + " per kind into the folder --output, or one table with --table), csl-json (the"
            + " citations, for citeproc-based bibliography tools), ftm (FollowTheMoney entities, one"
            + " per line)."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  java -jar examples/target/bilateral.jar export --format jsonl > report.jsonl",
        "  java -jar examples/target/bilateral.jar export --format csv --output tables",
        "  java -jar examples/target/bilateral.jar export --format csv --table loans",
        "  java -jar examples/target/bilateral.jar export --format csl-json --output references.json"})
final class ExportCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @ParentCommand
  Bilateral top;

  @Mixin
  DataOption data;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "One of: json, jsonl, csv, csl-json, ftm.")
  String format;

  @Option(names = "--output", paramLabel = "PATH",
      description = "Write to this file (a folder for csv) instead of standard output.")
  @Nullable Path output;

  @Option(names = "--table", paramLabel = "NAME",
      description = "With csv: write only this table to standard output, such as loans or actors.")
  @Nullable String table;

  @Override
  public void run() {
    ExportFormat f = ExportFormat.fromWord(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--format: unknown format '" + format + "'; choose one of " + String.join(", ", ExportFormat.words())));
    if (table != null && f != ExportFormat.CSV) {
      throw new ParameterException(spec.commandLine(), "--table applies to --format csv only");
    }
    if (table != null && output != null) {
      throw new ParameterException(spec.commandLine(), "--table writes to standard output; leave out --output");
    }
    if (f == ExportFormat.CSV && output == null && table == null) {
      throw new ParameterException(spec.commandLine(),
          "csv writes one file per kind: give a folder with --output, or one table with --table");
    }
    if (f == ExportFormat.CSV && output != null && Files.exists(output) && !Files.isDirectory(output)) {
      throw new ParameterException(spec.commandLine(), "--output: csv needs a folder, and " + output + " is a file");
    }
    if (f != ExportFormat.CSV && output != null && Files.isDirectory(output)) {
      throw new ParameterException(spec.commandLine(), "--output: " + output + " is a folder; name a file");
    }
    Report report = data.load();
    if (table != null) {
      if (!Exporter.csvTables(report).contains(table)) {
        throw new ParameterException(spec.commandLine(), "--table: no table '" + table + "'; the report has "
            + String.join(", ", Exporter.csvTables(report)));
      }
      Exporter.csvTable(report, table, top.out);
    } else if (output == null) {
      Exporter.export(report, f, top.out);
    } else {
      for (Path written : Exporter.exportTo(report, f, output)) {
        top.err.println("wrote " + written);
      }
    }
  }
}
