package io.github.bilateral.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.google.common.collect.ImmutableMap;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON Lines form of a report, as {@code Exporter} writes it: one {@code {"kind": ..,
 * "fact": {..}}} object per line, the line of kind {@code report} holding the document's top-level
 * fields, the line of kind {@code metadata} the metadata, every other line one element of the list
 * its kind names ({@code loan} of {@code loans}), in any order of kinds, blank lines skipped.
 *
 * <p>It puts the facts back into one report document, each fact's text copied as it is and on a line
 * of its own, and has the JSON reader read that, so every check and limit is the reader's own; each
 * problem is then moved back to where it stands in the lines: the line number, the column in that
 * line, and the path inside the line ({@code fact.amount.currency}).
 */
final class JsonLinesForm {

  /** The kind word of the line that holds the report's own top-level fields. */
  static final String HEADER = "report";

  /** The kind word of the line that holds the metadata. */
  static final String METADATA = "metadata";

  /** The list each kind word of a fact fills, in the order of the format. */
  private static final ImmutableMap<String, String> LISTS = lists();

  private static final int MAX_PROBLEMS = 200;

  /**
   * Reads the frame of each line only: the facts themselves are held to the reader's limits when the
   * document is read, so these limits are the widest the reader ever allows, plus the line's frame.
   */
  private static final JsonFactory LINES = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(ReportReader.MAX_DEPTH_LIMIT + 1)
          .maxStringLength(Integer.MAX_VALUE)
          .maxNameLength(Integer.MAX_VALUE)
          .maxNumberLength(Integer.MAX_VALUE)
          .maxDocumentLength(-1)
          .build())
      .build();

  /** A path the reader gives inside one list element, such as {@code loans[3].amount}. */
  private static final Pattern IN_LIST = Pattern.compile("([A-Za-z]+)\\[(\\d+)\\](.*)");

  private JsonLinesForm() {}

  private static ImmutableMap<String, String> lists() {
    ImmutableMap.Builder<String, String> lists = ImmutableMap.builder();
    for (FactKind kind : FactKind.inFormatOrder()) {
      lists.put(kind.word(), kind.listName());
    }
    return lists.buildOrThrow();
  }

  /**
   * Returns whether the document is in the JSON Lines form: its first JSON value is an object of the
   * two fields {@code kind} and {@code fact} and nothing else, which a report document, holding its
   * {@code schemaVersion}, never is.
   */
  static boolean recognises(byte[] bytes, int offset) {
    try (JsonParser p = LINES.createParser(bytes, offset, bytes.length - offset)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      int fields = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (!name.equals("kind") && !name.equals("fact") || ++fields > 2) {
          return false;
        }
        p.nextToken();
        p.skipChildren();
      }
      return fields == 2;
    } catch (IOException e) {
      return false;
    }
  }

  /** One line of the input: its kind, where it is, and where its fact's text stands in it. */
  private record Line(String kind, int kindColumn, int number, int start, int factStart, int factEnd) {}

  /** A line of the document put together, and the line of the input it comes from. */
  private record Origin(int line, int shift) {}

  /**
   * Reads the lines in {@code bytes} from {@code offset} and returns the report that {@code document}
   * reads from the document they make.
   *
   * @throws ReportException with every problem of the lines' frame, or every problem the reader found,
   *     each at its line of the input
   */
  static Report read(byte[] bytes, int offset, String source, Function<byte[], Report> document) {
    List<Problem> problems = new ArrayList<>();
    @Nullable Line header = null;
    @Nullable Line metadata = null;
    Map<String, List<Line>> facts = new LinkedHashMap<>();
    int number = 0;
    for (int start = offset; start < bytes.length && problems.size() < MAX_PROBLEMS; ) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      number++;
      Line line = frame(bytes, start, end, number, problems);
      if (line != null) {
        String kind = kind(line, problems);
        if (kind != null && (kind.equals(HEADER) || kind.equals(METADATA))) {
          Line first = kind.equals(HEADER) ? header : metadata;
          if (first != null) {
            problems.add(Problem.of("kind", number, 0, "a second line of kind '" + kind + "'; the first is line "
                + first.number(), kind, "keep one of them"));
          } else if (kind.equals(HEADER)) {
            header = line;
          } else {
            metadata = line;
          }
        } else if (kind != null) {
          facts.computeIfAbsent(kind, k -> new ArrayList<>()).add(line);
        }
      }
      start = end + 1;
    }
    if (header == null && problems.isEmpty()) {
      problems.add(Problem.of("$", 0, 0, "no line of kind '" + HEADER + "', which holds the schemaVersion",
          null, "put the line {\"kind\":\"" + HEADER + "\",\"fact\":{\"schemaVersion\":" + Json.SCHEMA_VERSION
              + "}} first, as the export does"));
    }
    if (!problems.isEmpty()) {
      throw new ReportException(source, problems);
    }
    List<Origin> origins = new ArrayList<>();
    byte[] doc = document(bytes, header, metadata, facts, origins);
    try {
      return document.apply(doc);
    } catch (ReportException e) {
      List<Problem> moved = new ArrayList<>();
      for (Problem p : e.problems()) {
        moved.add(moved(p, origins, header, metadata, facts));
      }
      throw new ReportException(source, moved, e);
    }
  }

  /**
   * Returns a line's frame, {@code {"kind": .., "fact": {..}}}, or null for a blank line or one whose
   * frame has a problem, which is recorded.
   */
  private static @Nullable Line frame(byte[] bytes, int start, int end, int number, List<Problem> problems) {
    int last = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
    boolean blank = true;
    for (int i = start; i < last && blank; i++) {
      blank = bytes[i] == ' ' || bytes[i] == '\t';
    }
    if (blank) {
      return null;
    }
    String expected = "a line is one object {\"kind\": \"...\", \"fact\": {...}}";
    try (JsonParser p = LINES.createParser(bytes, start, last - start)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        problems.add(Problem.of("$", number, column(p), "not a JSON object", null, expected));
        return null;
      }
      String kind = null;
      int kindColumn = 0;
      int factStart = -1;
      int factEnd = -1;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        int column = column(p);
        JsonToken value = p.nextToken();
        if (name.equals("kind") && kind == null && value == JsonToken.VALUE_STRING) {
          kind = p.getText();
          kindColumn = column(p);
        } else if (name.equals("fact") && factStart < 0 && value == JsonToken.START_OBJECT) {
          factStart = (int) p.currentTokenLocation().getByteOffset();
          p.skipChildren();
          factEnd = (int) p.currentLocation().getByteOffset();
        } else {
          String why = !name.equals("kind") && !name.equals("fact") ? "not a field of a line"
              : name.equals("kind") ? (kind != null ? "a second 'kind'" : "the kind must be a string")
              : factStart >= 0 ? "a second 'fact'" : "the fact must be an object";
          problems.add(Problem.of(name, number, column, why, null, expected));
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        problems.add(Problem.of("$", number, column(p), "more than one JSON value on the line", null,
            "put each fact on a line of its own"));
        return null;
      }
      if (kind == null || factStart < 0) {
        problems.add(Problem.of("$", number, 0, "no " + (kind == null ? "kind" : "fact"), null, expected));
        return null;
      }
      return new Line(kind, kindColumn, number, start, start + factStart, start + factEnd);
    } catch (JsonProcessingException e) {
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      problems.add(Problem.of("$", number, column, "malformed JSON: " + Limits.firstLine(e.getOriginalMessage()),
          null, null));
      return null;
    } catch (IOException e) {
      problems.add(Problem.of("$", number, 0, "cannot read the line: " + e.getMessage(), null, null));
      return null;
    }
  }

  private static int column(JsonParser p) {
    return p.currentTokenLocation().getColumnNr();
  }

  /** Returns the kind word of a line whose frame is sound, or null if it names no kind of the format. */
  private static @Nullable String kind(Line line, List<Problem> problems) {
    String kind = line.kind();
    if (kind.equals(HEADER) || kind.equals(METADATA) || LISTS.containsKey(kind)) {
      return kind;
    }
    List<String> known = new ArrayList<>(List.of(HEADER, METADATA));
    known.addAll(LISTS.keySet());
    String near = Suggest.didYouMean(kind, known);
    problems.add(Problem.of("kind", line.number(), line.kindColumn(), "unknown kind of line", kind,
        near != null ? near : "the kinds are " + String.join(", ", known)));
    return null;
  }

  /**
   * Returns the report document of the lines: the header's fields, then the metadata, then each list
   * in the format's order; each fact's text on a line of its own, and in {@code origins} where each
   * line of the document comes from.
   */
  private static byte[] document(byte[] bytes, Line header, @Nullable Line metadata, Map<String, List<Line>> facts,
      List<Origin> origins) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    // The header's fields, without the braces of its fact, go on the document's first line.
    int inner = header.factStart() + 1;
    int innerEnd = header.factEnd() - 1;
    boolean empty = true;
    for (int i = inner; i < innerEnd && empty; i++) {
      empty = bytes[i] == ' ' || bytes[i] == '\t';
    }
    line(out, origins, "{", bytes, inner, empty ? inner : innerEnd, header.number(), header.start());
    boolean first = empty;
    if (metadata != null) {
      line(out, origins, (first ? "" : ",") + "\"metadata\":", bytes, metadata.factStart(), metadata.factEnd(),
          metadata.number(), metadata.start());
      first = false;
    }
    for (Map.Entry<String, String> list : LISTS.entrySet()) {
      // Every list, empty ones too, as the canonical form writes them.
      List<Line> lines = facts.getOrDefault(list.getKey(), List.of());
      line(out, origins, (first ? "" : ",") + "\"" + list.getValue() + "\":[", bytes, 0, 0, 0, 0);
      first = false;
      for (int i = 0; i < lines.size(); i++) {
        Line l = lines.get(i);
        line(out, origins, i == 0 ? "" : ",", bytes, l.factStart(), l.factEnd(), l.number(), l.start());
      }
      line(out, origins, "]", bytes, 0, 0, 0, 0);
    }
    line(out, origins, "}", bytes, 0, 0, 0, 0);
    return out.toByteArray();
  }

  /** Writes one line of the document: {@code prefix} and {@code bytes[from, to)}, and where it comes from. */
  private static void line(ByteArrayOutputStream out, List<Origin> origins, String prefix, byte[] bytes, int from,
      int to, int line, int lineStart) {
    byte[] p = prefix.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    out.write(p, 0, p.length);
    out.write(bytes, from, to - from);
    out.write('\n');
    origins.add(new Origin(line, from - lineStart - p.length));
  }

  /** Returns a problem of the document moved to its line, column and path in the lines. */
  private static Problem moved(Problem p, List<Origin> origins, Line header, @Nullable Line metadata,
      Map<String, List<Line>> facts) {
    int docLine = p.line().orElse(0);
    Origin origin = docLine > 0 && docLine <= origins.size() ? origins.get(docLine - 1) : null;
    int line = origin != null ? origin.line() : 0;
    int column = origin != null && origin.line() > 0 && p.column().orElse(0) > 0 ? p.column().getAsInt()
        + origin.shift() : 0;
    String path = p.path();
    String inLine;
    Matcher m = IN_LIST.matcher(path);
    Line element = m.matches() ? lineOf(facts, m.group(1), Integer.parseInt(m.group(2))) : null;
    if (element != null) {
      Line l = element;
      inLine = "fact" + m.group(3);
      if (line != l.number()) {
        line = l.number();
        column = 0;
      }
    } else if (path.equals(METADATA) || path.startsWith(METADATA + ".")) {
      inLine = "fact" + path.substring(METADATA.length());
      if (metadata != null && line != metadata.number()) {
        line = metadata.number();
        column = 0;
      }
    } else if (path.equals("$") && line == header.number()) {
      inLine = "fact";
    } else if (path.equals("$") || LISTS.containsValue(path)) {
      inLine = "$";
    } else {
      inLine = "fact." + path;
      if (line != header.number()) {
        line = header.number();
        column = 0;
      }
    }
    return Problem.of(inLine, line, column, p.reason(), p.value().orElse(null), p.suggestion().orElse(null));
  }

  /** Returns the line of element {@code index} of the list {@code listName}, or null if there is none. */
  private static @Nullable Line lineOf(Map<String, List<Line>> facts, String listName, int index) {
    for (Map.Entry<String, String> list : LISTS.entrySet()) {
      if (list.getValue().equals(listName)) {
        List<Line> lines = facts.get(list.getKey());
        return lines != null && index < lines.size() ? lines.get(index) : null;
      }
    }
    return null;
  }
}
