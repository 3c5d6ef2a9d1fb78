package io.github.bilateral.export;

import com.fasterxml.jackson.core.JsonGenerator;
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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Writes {@link ExportFormat#CSV}: each list of a report as a table whose columns are the fields of
 * its canonical JSON, flattened. Nested objects give dotted names ({@code amount.currency}), a list
 * of objects gives indexed names ({@code offices[0].title}), and a list of plain values is one cell
 * whose elements are joined with {@code |}, where a {@code |} or {@code \} inside an element is
 * escaped with a backslash. Absent values are empty cells. The columns come in the format's canonical
 * field order ({@link ReportWriter#fieldOrder}), not in the order the rows happen to give, and
 * unknown fields after the known fields of their object, in the order of the rows. An empty list or
 * object, which only an unknown field can hold, is the cell {@code []} or {@code {}}; the other
 * values of unknown fields are written so that a cell tells their JSON type ({@link #unknownCell},
 * {@link #unknownList}), as {@link Exporter} documents. A text cell that a spreadsheet would run
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
      rows.add(flatten(name, ReportParts.compact(part), options));
    }
    List<String> columns = CsvColumns.columns(rows, CsvColumns.formatOrder(name));
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

  /** Returns the columns of rows whose fields the format does not know, in the order the rows give. */
  static List<String> columns(List<Map<String, String>> rows) {
    return CsvColumns.columns(rows, path -> Optional.empty());
  }

  /**
   * Flattens one part's canonical JSON into column name to cell text, every field taken as one the
   * format knows, neutralising text cells that would start a formula if the options say so
   * (numbers never are).
   */
  static ImmutableMap<String, String> flatten(byte[] json, CsvOptions options) {
    return flatten(json, options, (path, name) -> true);
  }

  /**
   * Flattens one part of the table {@code table} as {@link #flatten(byte[], CsvOptions)} does,
   * writing the values of the fields that the format does not know there as {@link #unknownCell}
   * and {@link #unknownList} say.
   */
  static ImmutableMap<String, String> flatten(String table, byte[] json, CsvOptions options) {
    Function<List<String>, Optional<? extends List<String>>> order = CsvColumns.formatOrder(table);
    return flatten(json, options, (path, name) -> order.apply(path).map(o -> o.contains(name)).orElse(false));
  }

  private static ImmutableMap<String, String> flatten(byte[] json, CsvOptions options,
      BiPredicate<List<String>, String> knows) {
    Flattening f = new Flattening(new LinkedHashMap<>(), options.neutralisesFormulas(), knows);
    try (JsonParser p = ReportParts.JSON.createParser(json)) {
      p.nextToken();
      value(p, "", List.of(), true, f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ImmutableMap.copyOf(f.cells());
  }

  /**
   * The cells of one row being flattened, whether text cells are neutralised, and which fields the
   * format knows: {@code knows.test(names, name)} for a field {@code name} of the object that the
   * field names {@code names} lead to from the part ({@code [provenance]} for {@code provenance.x}).
   */
  private record Flattening(Map<String, String> cells, boolean neutralises, BiPredicate<List<String>, String> knows) {
    void put(String path, String cell, boolean number) {
      cells.put(path, neutralises && !number ? neutralise(cell) : cell);
    }
  }

  /**
   * Flattens the value the parser stands on, at column {@code path}, reached through the field names
   * {@code names}; {@code known} tells whether the format knows the field that holds it.
   */
  private static void value(JsonParser p, String path, List<String> names, boolean known, Flattening f)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      boolean empty = true;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        empty = false;
        String name = p.currentName();
        p.nextToken();
        String column = columnName(name);
        List<String> inner = new ArrayList<>(names.size() + 1);
        inner.addAll(names);
        inner.add(name);
        value(p, path.isEmpty() ? column : path + "." + column, inner, f.knows().test(names, name), f);
      }
      if (empty) {
        f.put(path, "{}", false);
      }
    } else if (t == JsonToken.START_ARRAY && !known) {
      String text = jsonText(p);
      if (unknownList(text)) {
        try (JsonParser q = ReportParts.JSON.createParser(text)) {
          q.nextToken();
          elements(q, path, names, false, f);
        }
      } else {
        f.put(path, text, false);
      }
    } else if (t == JsonToken.START_ARRAY) {
      elements(p, path, names, true, f);
    } else if (known) {
      f.put(path, p.getText(), t.isNumeric());
    } else {
      f.put(path, unknownCell(p), t.isNumeric());
    }
  }

  /**
   * Returns a field's name as a step of a column's name: with a {@code \\} before each {@code \\},
   * {@code .}, {@code [} and {@code ]}, so that an unknown field named {@code a.b} is not the field
   * {@code b} of an object {@code a}. The format's own names hold none of these.
   */
  static String columnName(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\\' || c == '.' || c == '[' || c == ']') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * Flattens the elements of the list the parser stands on: each object (or list) at its index, the
   * plain values joined into the list's own cell, {@code []} for an empty list.
   */
  private static void elements(JsonParser p, String path, List<String> names, boolean known, Flattening f)
      throws IOException {
    List<String> plain = new ArrayList<>();
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken().isStructStart()) {
        value(p, path + "[" + index + "]", names, known, f);
      } else {
        plain.add(p.getText());
      }
      index++;
    }
    if (!plain.isEmpty()) {
      f.put(path, join(plain), false);
    } else if (index == 0) {
      f.put(path, "[]", false);
    }
  }

  /**
   * Whether a list that the format does not know, given as its compact JSON text, is flattened as
   * a known list of objects is ({@code x[0].a}, {@code x[1].b}): when it has elements and each is an
   * object. Any other list is one cell holding that text ({@code []}, {@code [1,"a",true]}), which
   * keeps each element's place and type.
   */
  static boolean unknownList(String json) throws IOException {
    try (JsonParser p = ReportParts.JSON.createParser(json)) {
      p.nextToken();
      int elements = 0;
      while (p.nextToken() == JsonToken.START_OBJECT) {
        p.skipChildren();
        elements++;
      }
      return elements > 0 && p.currentToken() == JsonToken.END_ARRAY;
    }
  }

  /**
   * A string that a JSON reader would read as some value: empty, or after any JSON white space
   * {@code true}, {@code false}, {@code null} or a number with at most white space after it, or
   * anything that begins with {@code "}, {@code [} or <code>&#123;</code>.
   */
  private static final Pattern READS_AS_JSON = Pattern.compile(
      "|[ \\t\\n\\r]*(?:[\"\\[{].*|(?:true|false|null|-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)"
          + "[ \\t\\n\\r]*)", Pattern.DOTALL);

  /**
   * Returns the cell of a plain value of a field that the format does not know, so that it tells
   * the value's JSON type as well as its value: a number, {@code true}, {@code false} and {@code
   * null} as their JSON text; a string as itself, unless it {@linkplain #READS_AS_JSON would read as
   * JSON} ({@code "true"}, {@code "12"}, {@code ""}, {@code "[x"}), then as its JSON text in double
   * quotes. A cell that reads as one JSON value is that value; any other cell is a string.
   */
  private static String unknownCell(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return p.getText();
    }
    String text = p.getText();
    return READS_AS_JSON.matcher(text).matches() ? jsonText(p) : text;
  }

  /** Returns the compact JSON text of the value the parser stands on, leaving it on the value's end. */
  private static String jsonText(JsonParser p) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = ReportParts.JSON.createGenerator(text)) {
      ReportParts.copy(p, g);
    }
    return text.toString();
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
