package io.github.bilateral.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.bilateral.model.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link ExportFormat#CSV}: each list of a report as a table whose columns are the fields of
 * its canonical JSON, flattened. Nested objects give dotted names ({@code amount.currency}), a list
 * of objects gives indexed names ({@code offices[0].title}), and a list of plain values is one cell
 * whose elements are joined with {@code |}, where a {@code |} or {@code \} inside an element is
 * escaped with a backslash. Absent values are empty cells.
 */
final class CsvTables {

  /** The separator of list elements in one cell. */
  static final char LIST_SEPARATOR = '|';

  /**
   * RFC 4180 with {@code \n} line ends: a cell is quoted only when it holds a comma, a quote or a
   * line break, and a quote inside it is doubled.
   */
  private static final CsvWriter.CsvWriterBuilder CSV = CsvWriter.builder()
      .lineDelimiter(LineDelimiter.LF);

  private CsvTables() {}

  /** Returns the names of the tables that the report fills, such as {@code loans}, in canonical order. */
  static ImmutableList<String> names(Report report) {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (ReportParts.Table t : ReportParts.tables(report)) {
      if (!t.parts().isEmpty()) {
        names.add(t.name());
      }
    }
    return names.build();
  }

  /** Writes the table {@code name} of the report, such as {@code loans}, with its header row. */
  static void write(Report report, String name, OutputStream out) throws IOException {
    ReportParts.Table table = ReportParts.tables(report).stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No table '" + name
            + "'; the tables are metadata, sections, citations, actors, places, relations, loans,"
            + " agreements, recommendations, events, figures, assessments and errata"));
    List<Map<String, String>> rows = new ArrayList<>();
    for (Object part : table.parts()) {
      rows.add(flatten(ReportParts.compact(part)));
    }
    List<String> columns = columns(rows);
    // The caller owns the stream: flush the writer, never close it.
    OutputStreamWriter text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvWriter csv = CSV.build(text);
    csv.writeRecord(columns);
    List<String> cells = new ArrayList<>(columns.size());
    for (Map<String, String> row : rows) {
      cells.clear();
      for (String c : columns) {
        cells.add(row.getOrDefault(c, ""));
      }
      csv.writeRecord(cells);
    }
    csv.flush();
    text.flush();
  }

  /**
   * Returns the columns of the rows: every key of every row, in an order that keeps the order of
   * the keys within each row (the canonical field order), ties broken by first appearance.
   */
  static List<String> columns(List<Map<String, String>> rows) {
    Map<String, Set<String>> before = new LinkedHashMap<>();
    for (Map<String, String> row : rows) {
      List<String> keys = new ArrayList<>(row.keySet());
      for (int i = 0; i < keys.size(); i++) {
        Set<String> preceding = before.computeIfAbsent(keys.get(i), k -> new LinkedHashSet<>());
        preceding.addAll(keys.subList(0, i));
      }
    }
    List<String> columns = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    while (columns.size() < before.size()) {
      String next = null;
      for (Map.Entry<String, Set<String>> e : before.entrySet()) {
        if (!placed.contains(e.getKey()) && placed.containsAll(e.getValue())) {
          next = e.getKey();
          break;
        }
      }
      if (next == null) {
        // Rows that disagree on order cannot come from the canonical writer; keep first appearance.
        next = before.keySet().stream().filter(k -> !placed.contains(k)).findFirst().orElseThrow();
      }
      columns.add(next);
      placed.add(next);
    }
    return columns;
  }

  /** Flattens one part's canonical JSON into column name to cell text. */
  static ImmutableMap<String, String> flatten(byte[] json) {
    Map<String, String> cells = new LinkedHashMap<>();
    try (JsonParser p = ReportParts.JSON.createParser(json)) {
      p.nextToken();
      value(p, "", cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ImmutableMap.copyOf(cells);
  }

  private static void value(JsonParser p, String path, Map<String, String> cells) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        value(p, path.isEmpty() ? name : path + "." + name, cells);
      }
    } else if (t == JsonToken.START_ARRAY) {
      List<String> plain = new ArrayList<>();
      int index = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken().isStructStart()) {
          value(p, path + "[" + index + "]", cells);
        } else {
          plain.add(p.getText());
        }
        index++;
      }
      if (!plain.isEmpty()) {
        cells.put(path, join(plain));
      }
    } else {
      cells.put(path, p.getText());
    }
  }

  /** Joins list elements with {@code |}, escaping {@code |} and {@code \} in them. */
  static String join(List<String> elements) {
    StringBuilder sb = new StringBuilder();
    for (String e : elements) {
      if (sb.length() > 0) {
        sb.append(LIST_SEPARATOR);
      }
      for (int i = 0; i < e.length(); i++) {
        char c = e.charAt(i);
        if (c == LIST_SEPARATOR || c == '\\') {
          sb.append('\\');
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Splits a cell written by {@link #join}; the inverse for any list of non-empty elements. */
  static List<String> split(String cell) {
    List<String> elements = new ArrayList<>();
    if (cell.isEmpty()) {
      return elements;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\' && i + 1 < cell.length()) {
        sb.append(cell.charAt(++i));
      } else if (c == LIST_SEPARATOR) {
        elements.add(sb.toString());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    elements.add(sb.toString());
    return elements;
  }
}
