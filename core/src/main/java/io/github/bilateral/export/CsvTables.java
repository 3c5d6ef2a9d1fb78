package io.github.bilateral.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import io.github.bilateral.io.ReportWriter;
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
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@link ExportFormat#CSV}: each list of a report as a table whose columns are the fields of
 * its canonical JSON, flattened. Nested objects give dotted names ({@code amount.currency}), a list
 * of objects gives indexed names ({@code offices[0].title}), and a list of plain values is one cell
 * whose elements are joined with {@code |}, where a {@code |} or {@code \} inside an element is
 * escaped with a backslash. Absent values are empty cells. The columns come in the format's canonical
 * field order ({@link ReportWriter#fieldOrder}), not in the order the rows happen to give, and
 * unknown fields after the known fields of their object, in the order of the rows. A text cell that a spreadsheet would run
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
    List<String> columns = columns(name, rows);
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

  /** Where a column's name goes: one field's name, or one index in a list ({@code name} null). */
  private record Step(@Nullable String name, int index) {
    /** The step with the index left out, as the order of the fields of a list's elements knows it. */
    Step shape() {
      return name == null ? new Step(null, 0) : this;
    }
  }

  /**
   * Returns the steps of a column's name: {@code offices[1].title} is {@code offices}, index 1,
   * {@code title}. A {@code \} takes the character after it as part of the name.
   */
  private static List<Step> steps(String column) {
    List<Step> steps = new ArrayList<>();
    StringBuilder name = new StringBuilder();
    boolean named = false;
    for (int i = 0; i < column.length(); i++) {
      char c = column.charAt(i);
      if (c == '\\' && i + 1 < column.length()) {
        name.append(column.charAt(++i));
        named = true;
      } else if (c == '.' || c == '[') {
        if (named) {
          steps.add(new Step(name.toString(), -1));
        }
        name.setLength(0);
        named = false;
        if (c == '[') {
          int close = column.indexOf(']', i);
          steps.add(new Step(null, Integer.parseInt(column.substring(i + 1, close))));
          i = close;
        }
      } else {
        name.append(c);
        named = true;
      }
    }
    if (named) {
      steps.add(new Step(name.toString(), -1));
    }
    return steps;
  }

  /** Returns the columns of rows whose fields the format does not know, in the order the rows give. */
  static List<String> columns(List<Map<String, String>> rows) {
    return columns(rows, path -> Optional.empty());
  }

  /** Returns the columns of the rows of the table {@code name}, the format's fields in canonical order. */
  static List<String> columns(String table, List<Map<String, String>> rows) {
    ReportWriter writer = ReportWriter.canonical();
    Map<List<String>, Optional<ImmutableList<String>>> orders = new HashMap<>();
    return columns(rows, path -> orders.computeIfAbsent(path, p -> {
      List<String> full = new ArrayList<>(p.size() + 1);
      full.add(table);
      full.addAll(p);
      return writer.fieldOrder(full);
    }));
  }

  /**
   * Returns the columns of the rows: every key of every row, as a tree walked in order. The
   * elements of a list come by index, each with all its fields before the next: {@code
   * offices[0].title}, {@code offices[0].organisation}, ... {@code offices[1].title}. The fields of
   * one object come in the order {@code known} gives for the names on the way to it (the format's
   * canonical order: {@code ReportWriter.fieldOrder}), then the fields it does not name, in the
   * order of the keys within each row, ties broken by first appearance.
   */
  private static List<String> columns(List<Map<String, String>> rows,
      Function<List<String>, Optional<? extends List<String>>> known) {
    Set<String> keys = new LinkedHashSet<>();
    rows.forEach(r -> keys.addAll(r.keySet()));
    Map<String, List<Step>> steps = new HashMap<>();
    keys.forEach(k -> steps.put(k, steps(k)));
    // The order of the fields that the format does not know, learnt on the shapes of the keys:
    // offices[1].title is offices[].title.
    List<Set<List<Step>>> shapes = new ArrayList<>();
    for (Map<String, String> row : rows) {
      Set<List<Step>> shape = new LinkedHashSet<>();
      row.keySet().forEach(k -> shape.add(steps.get(k).stream().map(Step::shape).toList()));
      shapes.add(shape);
    }
    List<List<Step>> order = merge(shapes);
    // A field's place is the first place of any leaf under it, so an object's fields stay together.
    Map<List<Step>, Integer> place = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      for (int end = 1; end <= order.get(i).size(); end++) {
        place.putIfAbsent(order.get(i).subList(0, end), i);
      }
    }
    Map<String, List<Integer>> position = new HashMap<>();
    for (String k : keys) {
      List<Step> at = steps.get(k);
      List<Integer> rank = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<Step> shape = new ArrayList<>();
      for (Step step : at) {
        shape.add(step.shape());
        if (step.name() == null) {
          rank.add(0);
          rank.add(step.index());
          continue;
        }
        int canonical = known.apply(List.copyOf(names)).map(o -> o.indexOf(step.name())).orElse(-1);
        rank.add(canonical >= 0 ? 1 : 2);
        rank.add(canonical >= 0 ? canonical : place.get(shape));
        names.add(step.name());
      }
      position.put(k, rank);
    }
    List<String> columns = new ArrayList<>(keys);
    columns.sort((x, y) -> compare(position.get(x), position.get(y)));
    return columns;
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
  private static <K> List<K> merge(List<? extends Set<K>> rows) {
    Map<K, Set<K>> before = new LinkedHashMap<>();
    for (Set<K> row : rows) {
      List<K> keys = new ArrayList<>(row);
      for (int i = 0; i < keys.size(); i++) {
        Set<K> preceding = before.computeIfAbsent(keys.get(i), k -> new LinkedHashSet<>());
        preceding.addAll(keys.subList(0, i));
      }
    }
    List<K> columns = new ArrayList<>();
    Set<K> placed = new HashSet<>();
    while (columns.size() < before.size()) {
      K next = null;
      for (Map.Entry<K, Set<K>> e : before.entrySet()) {
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
