package io.github.bilateral.export;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats a report can be exported to, each named by a word such as {@code csl-json}.
 *
 * <pre>{@code
 * ExportFormat f = ExportFormat.fromWord("jsonl").orElseThrow();
 * Exporter.export(report, f, System.out);
 * }</pre>
 */
public enum ExportFormat {
  /** The library's own format in canonical form, as {@code ReportWriter.canonical()} writes it. */
  JSON("json", "json"),
  /**
   * JSON lines: one part of the report per line, {@code {"kind":"loan","fact":{...}}}, where {@code
   * fact} is the part's canonical JSON object and {@code kind} its kind word ({@code metadata},
   * {@code section}, {@code citation}, {@code actor}, ... {@code erratum}), after a first line of
   * kind {@code report} that holds the document's top-level fields ({@code schemaVersion}). The lines
   * follow the canonical order, and {@code ReportReader} reads them back as the same report: {@code
   * ReportReader.strict().read(Path.of("report.jsonl"))}.
   */
  JSONL("jsonl", "jsonl"),
  /**
   * CSV: one table per list of the report, each a file named after the list ({@code loans.csv}),
   * with a header row; see {@link Exporter#exportTo} for the flattening rules.
   */
  CSV("csv", "csv"),
  /** The citations as a CSL-JSON array of items, for citeproc-based bibliography tools. */
  CSL_JSON("csl-json", "json"),
  /**
   * FollowTheMoney entities as JSON lines ({@code {"id":..,"schema":..,"properties":{..}}}): the
   * actors, their offices, the relations, the loans and other money, and the events.
   */
  FTM("ftm", "ftm.json"),
  /**
   * The relation graph for Graphviz: every actor a node (persons as ellipses), every link of the
   * query package's {@code RelationGraph} an edge labelled with its kind.
   */
  DOT("dot", "dot"),
  /**
   * A Markdown document with two Mermaid diagrams that GitHub renders: a timeline of the dated facts
   * (events, and loans and agreements with a date) and a flowchart of the relation graph.
   */
  MERMAID("mermaid", "md");

  private final String word;
  private final String extension;

  ExportFormat(String word, String extension) {
    this.word = word;
    this.extension = extension;
  }

  /** {@return the format's name, such as {@code csl-json}} */
  public String word() {
    return word;
  }

  /** {@return the usual file name extension, without the dot, such as {@code jsonl}} */
  public String extension() {
    return extension;
  }

  /** {@return whether the format writes a folder of files rather than one file} */
  public boolean writesFolder() {
    return this == CSV;
  }

  /**
   * {@return the format named {@code word}, such as {@code "csl-json"}}
   *
   * @param word the format's name as the command line and the documentation spell it, such as
   *     {@code "csl-json"}
   */
  public static Optional<ExportFormat> fromWord(String word) {
    return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst();
  }

  /** {@return the names of every format, in declaration order} */
  public static ImmutableList<String> words() {
    return Arrays.stream(values()).map(ExportFormat::word).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return word;
  }

  static String wordList() {
    return Arrays.stream(values()).map(ExportFormat::word).collect(Collectors.joining(", "));
  }
}
