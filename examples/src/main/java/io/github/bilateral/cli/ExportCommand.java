package io.github.bilateral.cli;

import io.github.bilateral.export.CsvOptions;
import io.github.bilateral.export.ExportFormat;
import io.github.bilateral.export.Exporter;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.query.DateRange;
import io.github.bilateral.query.Link;
import io.github.bilateral.query.ReportQuery;
import io.github.bilateral.query.Timeline;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
        "Write the report in another format, to standard output or to --output PATH (- for standard output).",
        "A file is written beside its target and takes its place only when whole, so a failed write leaves no part of it.",
        "Formats: json (the canonical form), jsonl (one fact per line with its kind), csv (one file"
            + " per kind into the folder --output, or one table with --table), csl-json (the"
            + " citations, for citeproc-based bibliography tools), ftm (FollowTheMoney entities, one"
            + " per line), dot (the relation graph for Graphviz), mermaid (a Markdown document with a Mermaid"
            + " timeline and a Mermaid graph, which GitHub renders).",
        "With csv, a text cell that begins with =, +, -, @, a tab or a line break is written as \"'=...\" so"
            + " that a spreadsheet shows it instead of running it as a formula (OWASP's CSV injection"
            + " guidance); --exact-cells writes every cell as the report holds it, for DuckDB or pandas,"
            + " and --bom starts each file with the UTF-8 byte-order mark Excel needs.",
        "With dot and mermaid, --actor draws one actor's links (and its timeline), --from and --to bound the"
            + " timeline, and --diagram timeline or --diagram graph keeps one of mermaid's two diagrams."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  java -jar examples/target/bilateral.jar export --format jsonl > report.jsonl",
        "  java -jar examples/target/bilateral.jar export --format csv --output tables",
        "  java -jar examples/target/bilateral.jar export --format csv --table loans",
        "  java -jar examples/target/bilateral.jar export --format csv --bom --output tables-for-excel",
        "  java -jar examples/target/bilateral.jar export --format csl-json --output references.json",
        "  java -jar examples/target/bilateral.jar export --format dot --actor imf | dot -Tsvg > imf.svg",
        "  java -jar examples/target/bilateral.jar export --format mermaid --actor imf --from 2023 --to 2023"})
final class ExportCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @ParentCommand
  Bilateral top;

  @Mixin
  DataOption data;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "One of: json, jsonl, csv, csl-json, ftm, dot, mermaid.")
  String format;

  @Option(names = "--output", paramLabel = "PATH",
      description = "Write to this file (a folder for csv) instead of standard output; - is standard output.")
  @Nullable String outputName;

  private @Nullable Path output;

  @Option(names = "--table", paramLabel = "NAME",
      description = "With csv: write only this table to standard output, such as loans or actors.")
  @Nullable String table;

  @Option(names = "--bom", description = "With csv: start each file with a UTF-8 byte-order mark, which Excel needs to read UTF-8.")
  boolean bom;

  @Option(names = "--exact-cells",
      description = "With csv: write every cell exactly, without the ' put before text that would start a spreadsheet formula.")
  boolean exactCells;

  @Option(names = "--actor", paramLabel = "ACTOR", description = "With dot or mermaid: only this actor's links and timeline.")
  @Nullable String actor;

  @Option(names = "--from", paramLabel = "DATE", description = "With mermaid: the timeline from this date (2023, 2023-05 or 2023-05-09).")
  @Nullable String from;

  @Option(names = "--to", paramLabel = "DATE", description = "With mermaid: the timeline up to this date.")
  @Nullable String to;

  @Option(names = "--diagram", paramLabel = "WHICH", description = "With mermaid: timeline or graph; both by default.")
  @Nullable String diagram;

  @Override
  public void run() {
    output = outputName == null || outputName.equals("-") ? null : Path.of(outputName);
    ExportFormat f = ExportFormat.fromWord(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--format: unknown format '" + format + "'; choose one of " + String.join(", ", ExportFormat.words())));
    if (table != null && f != ExportFormat.CSV) {
      throw new ParameterException(spec.commandLine(), "--table applies to --format csv only");
    }
    if ((bom || exactCells) && f != ExportFormat.CSV) {
      throw new ParameterException(spec.commandLine(), "--bom and --exact-cells apply to --format csv only");
    }
    if (table != null && output != null) {
      throw new ParameterException(spec.commandLine(), "--table writes to standard output; leave out --output");
    }
    if (f == ExportFormat.CSV && output == null && table == null) {
      throw new ParameterException(spec.commandLine(),
          "csv writes one file per kind: give a folder with --output, or write one table to standard output with --table");
    }
    if (f == ExportFormat.CSV && output != null && Files.exists(output) && !Files.isDirectory(output)) {
      throw new ParameterException(spec.commandLine(), "--output: csv needs a folder, and " + output + " is a file");
    }
    if (f != ExportFormat.CSV && output != null && Files.isDirectory(output)) {
      throw new ParameterException(spec.commandLine(), "--output: " + output + " is a folder; name a file");
    }
    boolean picture = f == ExportFormat.DOT || f == ExportFormat.MERMAID;
    if (!picture && actor != null) {
      throw new ParameterException(spec.commandLine(), "--actor applies to --format dot and mermaid only");
    }
    if (f != ExportFormat.MERMAID && (from != null || to != null || diagram != null)) {
      throw new ParameterException(spec.commandLine(), "--from, --to and --diagram apply to --format mermaid only");
    }
    if (diagram != null && !diagram.equals("timeline") && !diagram.equals("graph")) {
      throw new ParameterException(spec.commandLine(), "--diagram: choose timeline or graph");
    }
    Report report = data.load();
    if (picture && (actor != null || from != null || to != null || diagram != null)) {
      picture(report, f);
      return;
    }
    if (table != null) {
      if (!Exporter.csvTables(report).contains(table)) {
        throw new ParameterException(spec.commandLine(), "--table: no table '" + table + "'; the report has "
            + String.join(", ", Exporter.csvTables(report)));
      }
      Exporter.csvTable(report, table, top.out, csvOptions());
    } else if (output == null) {
      Exporter.export(report, f, top.out);
    } else if (f.writesFolder()) {
      try {
        Files.createDirectories(output);
      } catch (IOException e) {
        throw Failure.cannotWrite(output.toString(), e);
      }
      for (String name : Exporter.csvTables(report)) {
        Path file = output.resolve(name + ".csv");
        Output.replace(file, out -> Exporter.csvTable(report, name, out, csvOptions()));
        top.err.println("wrote " + Text.line(file.toString()));
      }
    } else {
      Output.replace(output, out -> Exporter.export(report, f, out));
      top.err.println("wrote " + Text.line(output.toString()));
    }
  }

  /** The CSV options that --bom and --exact-cells ask for. */
  private CsvOptions csvOptions() {
    CsvOptions options = CsvOptions.defaults();
    options = bom ? options.withByteOrderMark() : options;
    return exactCells ? options.withExactCells() : options;
  }

  /** Writes a DOT or Mermaid picture narrowed by --actor, --from, --to and --diagram. */
  private void picture(Report report, ExportFormat f) {
    ReportQuery q = ReportQuery.shared(report);
    Optional<ActorId> who = Optional.ofNullable(actor).map(a -> Resolve.actor(spec, "--actor", q, a));
    Collection<Link> links = who.map(a -> (Collection<Link>) q.graph().links(a)).orElse(q.graph().links());
    Collection<ActorId> actors = who.map(a -> (Collection<ActorId>) List.of(a)).orElse(q.graph().actors());
    Timeline timeline = who.map(a -> q.timeline().involving(a)).orElse(q.timeline());
    Optional<DateRange> range = Resolve.range(spec, from, to);
    if (range.isPresent()) {
      timeline = timeline.dated(range.get());
    }
    List<io.github.bilateral.query.TimelineEntry> entries = timeline.entries();
    Output.Writer writer = out -> {
      if (f == ExportFormat.DOT) {
        Exporter.dot(report, actors, links, out);
      } else {
        boolean graph = diagram == null || diagram.equals("graph");
        boolean line = diagram == null || diagram.equals("timeline");
        Exporter.mermaid(report, line ? entries : List.of(), graph ? actors : List.of(),
            graph ? links : List.of(), out);
      }
    };
    if (output == null) {
      try {
        writer.write(top.out);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    } else {
      Output.replace(output, writer);
      top.err.println("wrote " + Text.line(output.toString()));
    }
  }
}
