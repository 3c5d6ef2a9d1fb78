package io.github.bilateral.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import io.github.bilateral.model.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@link ExportFormat#CSV}: each list of a report as a table whose columns are the fields of
 * its canonical JSON, flattened. Nested objects give dotted names ({@code amount.currency}), a list
 * of objects gives indexed names ({@code offices[0].title}), and a list of plain values is one cell
 * whose elements are joined with {@code |}, where a {@code |} or {@code \} inside an element is
 * escaped with a backslash. Absent values are empty cells. A text cell that a spreadsheet would run
 * as a formula, header cells included, is neutralised unless the options ask for exact cells; see
 * {@link CsvOptions}.
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

  /**
   * The same, and a cell neutralised by {@link #neutralise} is always quoted, as OWASP's CSV
   * injection page asks; only neutralised cells begin with {@code '} once they are written.
   */
  private static final CsvWriter.CsvWriterBuilder SPREADSHEET_SAFE = CsvWriter.builder()
      .lineDelimiter(LineDelimiter.LF)
      .quoteStrategy(new QuoteStrategy() {
        @Override
        public boolean quoteValue(int lineNo, int fieldIdx, String value) {
          return !value.isEmpty() && value.charAt(0) == NEUTRALISER;
        }
      });

  /**
   * The first characters of a text cell that make a spreadsheet read it as a formula, as OWASP's
   * "CSV Injection" page lists them, and {@code '} itself, so that neutralising can be undone.
   */
  static final String FORMULA_STARTS = "=+-@\t\r\n'";

  /** The character put before a text cell that would start a formula. */
  static final char NEUTRALISER = '\'';

  /** The UTF-8 byte-order mark. */
  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

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
  static void write(Report report, String name, OutputStream out, CsvOptions options) throws IOException {
    List<ReportParts.Table> tables = ReportParts.tables(report);
    ReportParts.Table table = tables.stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No table '" + name + "'; the tables are "
            + tables.stream().map(ReportParts.Table::name).collect(java.util.stream.Collectors.joining(", "))));
    List<Map<String, String>> rows = new ArrayList<>();
    for (Object part : table.parts()) {
      rows.add(flatten(ReportParts.compact(part), options));
    }
    List<String> columns = columns(rows);
    if (options.byteOrderMark()) {
      out.write(BYTE_ORDER_MARK);
    }
    // The caller owns the stream: flush the writer, never close it.
    OutputStreamWriter text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvWriter csv = (options.neutralisesFormulas() ? SPREADSHEET_SAFE : CSV).build(text);
    // A header cell is text a spreadsheet runs like any other: an unknown field of a leniently read
    // report may be named "=HYPERLINK(...)".
    csv.writeRecord(options.neutralisesFormulas() ? columns.stream().map(CsvTables::neutralise).toList() : columns);
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

  /** An index of a list of objects in a column name, such as the {@code [1]} of {@code offices[1].title}. */
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

  /**
   * Returns the columns of the rows: every key of every row, as a tree walked in order. The fields
   * at each level come in the canonical field order, which is the order of the keys within each row
   * (ties broken by first appearance), and the elements of a list by index, each with all its
   * fields before the next: {@code offices[0].title}, {@code offices[0].organisation}, ... {@code
   * offices[1].title}.
   */
  static List<String> columns(List<Map<String, String>> rows) {
    // The field order, learnt on the shapes of the keys: offices[1].title is offices[].title.
    List<Map<String, String>> shapes = new ArrayList<>();
    for (Map<String, String> row : rows) {
      Map<String, String> shape = new LinkedHashMap<>();
      row.keySet().forEach(k -> shape.putIfAbsent(INDEX.matcher(k).replaceAll("[]"), ""));
      shapes.add(shape);
    }
    List<String> order = merge(shapes);
    // A field's place is the first place of any leaf under it, so an object's fields stay together.
    Map<String, Integer> place = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      for (String prefix : prefixes(order.get(i))) {
        place.putIfAbsent(prefix, i);
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    rows.forEach(r -> keys.addAll(r.keySet()));
    Map<String, List<Integer>> position = new HashMap<>();
    for (String k : keys) {
      List<Integer> at = new ArrayList<>();
      Matcher m = INDEX.matcher(k);
      StringBuilder shape = new StringBuilder();
      int from = 0;
      while (m.find()) {
        shape.append(k, from, m.start());
        at.addAll(places(shape.toString(), place));
        at.add(Integer.parseInt(m.group(1)));
        shape.append("[]");
        from = m.end();
      }
      shape.append(k.substring(from));
      at.addAll(places(shape.toString(), place));
      position.put(k, at);
    }
    List<String> columns = new ArrayList<>(keys);
    columns.sort((x, y) -> compare(position.get(x), position.get(y)));
    return columns;
  }

  /**
   * Returns the places of the fields named along a shape, from the last index on: for {@code
   * offices[].organisation}, the place of {@code offices[].organisation} after {@code offices}.
   */
  private static List<Integer> places(String shape, Map<String, Integer> place) {
    List<Integer> at = new ArrayList<>();
    int start = shape.lastIndexOf("[]") + 2;
    for (int dot = shape.indexOf('.', start); ; dot = shape.indexOf('.', dot + 1)) {
      String prefix = dot < 0 ? shape : shape.substring(0, dot);
      if (prefix.length() >= start && !prefix.isEmpty() && !prefix.endsWith("[]")) {
        at.add(place.get(prefix));
      }
      if (dot < 0) {
        return at;
      }
    }
  }

  /** Returns every field path that a shape lies under, itself included: a, a.b, a.b[], a.b[].c. */
  private static List<String> prefixes(String shape) {
    List<String> prefixes = new ArrayList<>();
    for (int i = 0; i < shape.length(); i++) {
      if (shape.charAt(i) == '.' || shape.charAt(i) == '[') {
        prefixes.add(shape.substring(0, i));
      }
    }
    prefixes.add(shape);
    return prefixes;
  }

  private static int compare(List<Integer> x, List<Integer> y) {
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      int c = Integer.compare(x.get(i), y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  /**
   * Returns every key of every row, in an order that keeps the order of the keys within each row,
   * ties broken by first appearance.
   */
  private static List<String> merge(List<Map<String, String>> rows) {
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

  /**
   * Flattens one part's canonical JSON into column name to cell text, neutralising text cells that
   * would start a formula if the options say so (numbers never are).
   */
  static ImmutableMap<String, String> flatten(byte[] json, CsvOptions options) {
    Map<String, String> cells = new LinkedHashMap<>();
    try (JsonParser p = ReportParts.JSON.createParser(json)) {
      p.nextToken();
      value(p, "", cells, options.neutralisesFormulas());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ImmutableMap.copyOf(cells);
  }

  private static void value(JsonParser p, String path, Map<String, String> cells, boolean neutralise)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        value(p, path.isEmpty() ? name : path + "." + name, cells, neutralise);
      }
    } else if (t == JsonToken.START_ARRAY) {
      List<String> plain = new ArrayList<>();
      int index = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken().isStructStart()) {
          value(p, path + "[" + index + "]", cells, neutralise);
        } else {
          plain.add(p.getText());
        }
        index++;
      }
      if (!plain.isEmpty()) {
        String cell = join(plain);
        cells.put(path, neutralise ? neutralise(cell) : cell);
      }
    } else if (t.isNumeric() || !neutralise) {
      cells.put(path, p.getText());
    } else {
      cells.put(path, neutralise(p.getText()));
    }
  }

  /**
   * Returns the text with {@code '} before it if it begins with a character of {@link
   * #FORMULA_STARTS}, the text itself otherwise. Removing one leading {@code '} gives it back.
   */
  static String neutralise(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? NEUTRALISER + text : text;
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
