package io.github.bilateral.export;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Report;
import io.github.bilateral.query.Link;
import io.github.bilateral.query.ReportQuery;
import io.github.bilateral.query.TimelineEntry;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Exports a report in the {@link ExportFormat formats} that other tools read.
 *
 * <pre>{@code
 * Report report = Reports.usPakistan2023();
 * Exporter.export(report, ExportFormat.JSONL, System.out);                 // one part per line
 * Exporter.export(report, ExportFormat.CSL_JSON, Files.newOutputStream(Path.of("refs.json")));
 * Exporter.exportTo(report, ExportFormat.CSV, Path.of("tables"));          // tables/loans.csv, ...
 * Exporter.csvTable(report, "loans", System.out);                           // one table
 * Exporter.export(report, ExportFormat.MERMAID, out);                       // timeline and graph for GitHub
 * }</pre>
 *
 * <p><b>CSV.</b> Each list of the report is one table, in a file named after the list ({@code
 * metadata.csv}, {@code sections.csv}, {@code citations.csv}, {@code actors.csv}, ... {@code
 * errata.csv}); lists the report leaves empty get no file. The columns are the fields of the
 * canonical JSON (see {@code docs/FORMAT.md}), flattened: a nested object gives dotted names such as
 * {@code amount.currency} and {@code provenance.footnotes}, a list of objects gives indexed names
 * such as {@code offices[0].title}, and a list of plain values is one cell with its elements joined
 * by {@code |}, a {@code |} or {@code \} inside an element escaped with a backslash. An absent value
 * is an empty cell. Every value of the report is in a cell; nothing is dropped. A table has the
 * columns its rows fill, in the canonical field order that {@link
 * io.github.bilateral.io.ReportWriter#fieldOrder} gives, whatever the order of the facts, where the
 * fields of one element of a list stand together ({@code offices[0].title}, {@code
 * offices[0].organisation}, ... then {@code offices[1].title}). Fields that a leniently read report
 * keeps but the format does not know come after the known fields of their object (where the
 * canonical JSON has them too), in the order of the rows, a field first seen in a later row after
 * those seen before it.
 *
 * <p>A cell of a field the format knows holds the value as the canonical JSON has it (a string's
 * text, a number's digits, {@code true}); {@code docs/FORMAT.md} gives each field's type. A cell of
 * a field it does not know tells the value's JSON type as well: an object is flattened as a known
 * one is, and a list whose elements are all objects as a list of objects; a number, {@code true},
 * {@code false} and {@code null} are their JSON text, and so are any other list ({@code
 * [1,"a",true]}) and an empty object or list ({@code {}}, {@code []}); a string is its text, unless
 * that text would read as JSON (it is empty, or after any white space begins with {@code "},
 * {@code [} or <code>&#123;</code>, or is {@code true}, {@code false}, {@code null} or a number
 * with at most white space around it), and then it is its JSON text, in double quotes ({@code
 * "true"}, {@code "-5"}, {@code ""}). So a cell of an unknown field that reads as one JSON value is
 * that value, and any other cell is a string. In the column name of an unknown field, a {@code \},
 * {@code .}, {@code [} or {@code ]} of its name has a {@code \} before it ({@code a\.b} for a field
 * named {@code a.b}, {@code a.b} for the field {@code b} of an object {@code a}), so that no two
 * values share a column.
 *
 * <p>By default a text cell that a spreadsheet would run as a formula, a header
 * cell too, is prefixed with {@code '} and quoted, as OWASP's CSV-injection guidance says; {@link CsvOptions} tells how,
 * turns it off, and adds a byte-order mark for Excel.
 *
 * <p>All output is UTF-8. The methods write to a stream they flush but do not close.
 */
public final class Exporter {

  private Exporter() {}

  /**
   * Puts the lines of a {@link ExportFormat#JSONL} export back together: reads them from {@code
   * jsonl} and writes to {@code json} the report document they come from, which {@code ReportReader}
   * reads as the same report (leniently, if the report had unknown fields). Lines may come in any
   * order; values are copied as their exact text. To get the report itself, {@code ReportReader}
   * reads the lines as they are, with each problem at its line; this method is for tools that want
   * the one document.
   *
   * <pre>{@code
   * try (InputStream in = Files.newInputStream(Path.of("report.jsonl"))) {
   *   ByteArrayOutputStream json = new ByteArrayOutputStream();
   *   Exporter.jsonLinesToJson(in, json);
   *   Report report = ReportReader.strict().read(json.toByteArray(), "report.jsonl");
   * }
   * }</pre>
   *
   * @param jsonl the lines, not null; read to the end, not closed
   * @param json where the document goes, not null; flushed, not closed
   * @throws IllegalArgumentException if a line is not a {@code {"kind":..,"fact":..}} object of a
   *     known kind, the header line with the {@code schemaVersion} is missing, or there is a second
   *     line of kind {@code report} or {@code metadata}
   * @throws UncheckedIOException if reading or writing fails
   */
  public static void jsonLinesToJson(java.io.InputStream jsonl, OutputStream json) {
    requireNonNull(jsonl, "jsonl");
    requireNonNull(json, "json");
    try {
      JsonLines.reassemble(jsonl, json);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the report in {@code format} to {@code out}.
   *
   * @param report the report to export, not null
   * @param format the format to write, not null
   * @param out where the bytes go, not null; it is flushed but not closed
   * @throws IllegalArgumentException for {@link ExportFormat#CSV}, which writes several files: use
   *     {@link #exportTo} with a folder, or {@link #csvTable} for one table
   * @throws UncheckedIOException if writing fails
   */
  public static void export(Report report, ExportFormat format, OutputStream out) {
    requireNonNull(report, "report");
    requireNonNull(format, "format");
    requireNonNull(out, "out");
    Writing writing = switch (format) {
      case JSON -> o -> ReportWriter.canonical().write(report, o);
      case JSONL -> o -> JsonLines.write(report, o);
      case CSL_JSON -> o -> CslJson.write(report, o);
      case FTM -> o -> FollowTheMoney.write(report, o);
      case DOT -> o -> Diagrams.dot(report, ReportQuery.shared(report).graph().actors(),
          ReportQuery.shared(report).graph().links(), o);
      case MERMAID -> o -> Diagrams.mermaid(report, ReportQuery.shared(report).timeline().entries(),
          ReportQuery.shared(report).graph().actors(), ReportQuery.shared(report).graph().links(), o);
      case CSV -> throw new IllegalArgumentException("csv writes one file per list of the report: export it to a"
          + " folder with exportTo(report, CSV, folder), or write one table with csvTable(report, name, out)");
    };
    write(out, writing);
  }

  /**
   * Writes the report in {@code format} to the file {@code path}, replacing it, or, for {@link
   * ExportFormat#CSV}, one file per list into the folder {@code path}, creating it if needed.
   *
   * @param report the report to export, not null
   * @param format the format to write, not null
   * @param path the file to write, or for CSV the folder to write the tables into, not null
   * @return the files written, in order
   * @throws UncheckedIOException if writing fails
   */
  public static ImmutableList<Path> exportTo(Report report, ExportFormat format, Path path) {
    return exportTo(report, format, path, CsvOptions.defaults());
  }

  /**
   * Writes the report as {@link #exportTo(Report, ExportFormat, Path)} does, with {@code csv}
   * deciding how CSV tables are written (it has no effect on the other formats).
   *
   * <pre>{@code
   * Exporter.exportTo(report, ExportFormat.CSV, Path.of("tables"), CsvOptions.defaults().withByteOrderMark());
   * }</pre>
   *
   * @param report the report to export, not null
   * @param format the format to write, not null
   * @param path the file to write, or for CSV the folder to write the tables into, not null
   * @param csv how CSV tables are written, not null
   * @return the files written, in order
   * @throws UncheckedIOException if writing fails
   */
  public static ImmutableList<Path> exportTo(Report report, ExportFormat format, Path path, CsvOptions csv) {
    requireNonNull(report, "report");
    requireNonNull(format, "format");
    requireNonNull(path, "path");
    requireNonNull(csv, "csv");
    try {
      if (!format.writesFolder()) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
          export(report, format, out);
        }
        return ImmutableList.of(path);
      }
      Files.createDirectories(path);
      ImmutableList.Builder<Path> written = ImmutableList.builder();
      for (String name : CsvTables.names(report)) {
        Path file = path.resolve(name + ".csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
          CsvTables.write(report, name, out, csv);
        }
        written.add(file);
      }
      return written.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  /**
   * Writes one CSV table of the report, such as {@code loans}, with its header row.
   *
   * @param report the report to export, not null
   * @param table the name of a list of the format: {@code metadata}, {@code sections}, {@code
   *     citations}, {@code actors}, {@code places}, {@code relations}, {@code loans}, {@code
   *     agreements}, {@code recommendations}, {@code events}, {@code figures}, {@code assessments}
   *     or {@code errata}
   * @param out where the table goes, not null; it is flushed but not closed
   * @throws IllegalArgumentException if there is no such list
   */
  public static void csvTable(Report report, String table, OutputStream out) {
    csvTable(report, table, out, CsvOptions.defaults());
  }

  /**
   * Writes one CSV table of the report as {@link #csvTable(Report, String, OutputStream)} does, as
   * {@code options} say.
   *
   * <pre>{@code
   * Exporter.csvTable(report, "loans", out, CsvOptions.defaults().withExactCells());
   * }</pre>
   *
   * @param report the report to export, not null
   * @param table the name of a list of the format, such as {@code loans}
   * @param out where the table goes, not null; it is flushed but not closed
   * @param options how the table is written, not null
   * @throws IllegalArgumentException if there is no such list
   */
  public static void csvTable(Report report, String table, OutputStream out, CsvOptions options) {
    requireNonNull(report, "report");
    requireNonNull(table, "table");
    requireNonNull(out, "out");
    requireNonNull(options, "options");
    write(out, o -> CsvTables.write(report, table, o, options));
  }

  /**
   * Writes the given links of the report's relation graph as a Graphviz DOT digraph: the actors
   * given and the ends of every link as nodes, each link as an edge labelled with its kind.
   *
   * <pre>{@code
   * RelationGraph g = ReportQuery.shared(report).graph();
   * Exporter.dot(report, Set.of(), g.links(ActorId.of("imf")), out);   // the IMF and its links
   * }</pre>
   *
   * @param report the report to export, not null
   * @param actors actors to draw even when no link touches them, not null
   * @param links the links to draw, such as those of {@code RelationGraph.links()}, not null
   * @param out where the digraph goes, not null; it is flushed but not closed
   */
  public static void dot(Report report, Collection<ActorId> actors, Collection<Link> links, OutputStream out) {
    requireNonNull(report, "report");
    write(out, o -> Diagrams.dot(report, actors, links, o));
  }

  /**
   * Writes a Markdown document with a Mermaid timeline of {@code timeline} and a Mermaid flowchart of
   * the actors and links given; either diagram is left out when it would be empty.
   *
   * <pre>{@code
   * ReportQuery q = ReportQuery.shared(report);
   * Exporter.mermaid(report, q.timeline().dated(DateRange.parse("2023")).entries(),
   *     Set.of(), q.graph().links(ActorId.of("imf")), out);
   * }</pre>
   *
   * @param report the report to export, not null
   * @param timeline the entries of the timeline diagram, in the order to draw them, not null
   * @param actors actors to draw in the flowchart even when no link touches them, not null
   * @param links the links to draw, such as those of {@code RelationGraph.links()}, not null
   * @param out where the Markdown goes, not null; it is flushed but not closed
   */
  public static void mermaid(Report report, List<TimelineEntry> timeline, Collection<ActorId> actors,
      Collection<Link> links, OutputStream out) {
    requireNonNull(report, "report");
    write(out, o -> Diagrams.mermaid(report, timeline, actors, links, o));
  }

  /**
   * {@return the names of the CSV tables the report fills, such as {@code loans}, in canonical
   * order}
   *
   * @param report the report whose lists are looked at, not null
   */
  public static ImmutableList<String> csvTables(Report report) {
    return CsvTables.names(requireNonNull(report, "report"));
  }

  /** What an export writes to a stream. */
  private interface Writing {
    void to(OutputStream out) throws IOException;
  }

  /** Lets {@code writing} write to {@code out} and flushes it; a failure to write is thrown unchecked. */
  private static void write(OutputStream out, Writing writing) {
    requireNonNull(out, "out");
    try {
      writing.to(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
