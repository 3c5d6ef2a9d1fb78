package io.github.bilateral.io;

import com.fasterxml.jackson.core.JsonToken;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.UnknownFields;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One walk over one document, driven by the shapes of {@link Format}: each object's field names
 * map to slots, the fields seen are a set of bits, each value is read by its field's {@link
 * ValueKind} into the object's array of values, and the model object is built once the object
 * ends. References are handed to the {@link Resolver} as they are read, with where they stand.
 */
final class TableReader {

  /** A date's part as read, with where it stands: it is checked against its date after the object. */
  static final class PartAt {
    final PartialDate.Part part;
    final int line;
    final int column;

    PartAt(PartialDate.Part part, int line, int column) {
      this.part = part;
      this.line = line;
      this.column = column;
    }
  }

  /** A field, or a value of an enum, whose format version is checked once the document's version is known. */
  private static final class Gated {
    final @Nullable Field field;
    final @Nullable Enum<?> value;
    final String path;
    final int line;
    final int column;

    Gated(@Nullable Field field, @Nullable Enum<?> value, String path, int line, int column) {
      this.field = field;
      this.value = value;
      this.path = path;
      this.line = line;
      this.column = column;
    }
  }

  final Cursor c;
  final Resolver resolver;
  private final int maxFacts;
  private int facts;
  /** The document's format version; 0 until its {@code schemaVersion} is read. */
  private int version;
  private @Nullable List<Gated> gated;

  TableReader(Cursor c, Resolver resolver, int maxFacts) {
    this.c = c;
    this.resolver = resolver;
    this.maxFacts = maxFacts;
  }

  // ---- documents ----

  /** Reads the whole document: one report object and nothing after it. */
  @Nullable Report document() throws IOException {
    JsonToken first = c.next();
    if (first == null) {
      c.problem("empty document: expected a report object", null, null);
      return null;
    }
    if (first != JsonToken.START_OBJECT) {
      c.problem("expected a report object, found " + Cursor.describe(first), null, null);
      return null;
    }
    Report report = (Report) object(Format.REPORT, true);
    if (gated != null) {
      for (Gated g : gated) {
        if (g.field != null) {
          checkVersion(g.field, g.path, g.line, g.column);
        } else {
          checkValue(g.value, g.path, g.line, g.column);
        }
      }
    }
    return report;
  }

  /** Reads one value of {@code shape} that is the whole input, such as one fact. */
  @Nullable Object single(Shape<?> shape) throws IOException {
    version = Json.SCHEMA_VERSION;
    if (c.next() == null) {
      c.problem("empty input: expected a JSON object", null, null);
      return null;
    }
    Object value = object(shape, false);
    JsonToken trailing = c.next();
    if (trailing != null) {
      c.problem("trailing content after the object: " + Cursor.describe(trailing), null,
          "remove everything after the closing brace");
    }
    return value;
  }

  /** Reads the version of the report; any version but the one this library reads stops the walk. */
  @Nullable Integer version() throws IOException {
    Integer v = c.integer(0, Integer.MAX_VALUE);
    if (v != null && (v < Json.OLDEST_SCHEMA_VERSION || v > Json.SCHEMA_VERSION)) {
      c.problem("unsupported schemaVersion " + v + "; this library reads versions " + Json.OLDEST_SCHEMA_VERSION
          + " to " + Json.SCHEMA_VERSION, v.toString(), v > Json.SCHEMA_VERSION ? "use a newer version of the library" : null);
      throw new Cursor.Abort();
    }
    version = v == null ? 0 : v;
    return v;
  }

  /**
   * Whether the document's version has {@code e}, a value that only format version 2 has: false, after
   * recording the problem, in a document of version 1. A value read before the document's version is
   * checked once the version is known, since the order of an object's fields means nothing.
   */
  boolean valueInVersion(Enum<?> e, int line, int column) {
    if (version == 0) {
      later(new Gated(null, e, c.path(), line, column));
      return true;
    }
    return checkValue(e, c.path(), line, column);
  }

  private boolean checkValue(Enum<?> e, String path, int line, int column) {
    if (version != 1) {
      return true;
    }
    c.problemAt(path, line, column, "'" + Json.name(e) + "' needs schemaVersion 2; this document has"
        + " schemaVersion 1", Json.name(e), "write \"schemaVersion\": 2, or use a value of version 1");
    return false;
  }

  private void later(Gated g) {
    if (gated == null) {
      gated = new ArrayList<>(2);
    }
    gated.add(g);
  }

  /** Checks that the document's version has field {@code f}, now or once the version is known. */
  private void gate(Field f) {
    if (version != 0) {
      if (!f.inVersion(version)) {
        checkVersion(f, c.path(), c.line(), c.column());
      }
      return;
    }
    later(new Gated(f, null, c.path(), c.line(), c.column()));
  }

  private void checkVersion(Field f, String path, int line, int column) {
    if (version == 0 || f.inVersion(version)) {
      return;
    }
    if (version < f.since) {
      c.problemAt(path, line, column, "field '" + f.name + "' needs schemaVersion " + f.since
          + "; this document has schemaVersion " + version, null,
          "write \"schemaVersion\": " + f.since + ", or leave the field out");
    } else {
      c.problemAt(path, line, column, "field '" + f.name + "' is not part of schemaVersion " + version, null,
          f.replacedBy == null ? null : "use '" + f.replacedBy + "'");
    }
  }

  // ---- objects and lists ----

  /** Reads an object of {@code shape}; the parser stands on its start. Null after a problem. */
  @Nullable Object object(Shape<?> shape) throws IOException {
    return object(shape, false);
  }

  private @Nullable Object object(Shape<?> shape, boolean wholeDocument) throws IOException {
    String type = shape.type();
    if (c.parser().currentToken() != JsonToken.START_OBJECT) {
      c.notAnObject(type);
      return null;
    }
    int before = c.problems().size();
    int line = c.line();
    int column = c.column();
    int listsBefore = listsInUse;
    Object[] values = takeSlots(shape.size());
    // Known fields are slots of the shape, and the ones seen a set of bits; unknown names, rare and
    // refused past 200 problems, are kept in a list made only when one turns up.
    long seen = 0;
    List<String> seenUnknown = null;
    UnknownFields.Builder extra = null;
    String name;
    while ((name = nextField()) != null) {
      int slot = shape.slot(name);
      boolean duplicate;
      if (slot >= 0) {
        duplicate = (seen & (1L << slot)) != 0;
        seen |= 1L << slot;
      } else {
        if (seenUnknown == null) {
          seenUnknown = new ArrayList<>(2);
        }
        duplicate = seenUnknown.contains(name);
        seenUnknown.add(name);
      }
      if (duplicate) {
        c.problem("duplicate field '" + name + "' in " + type, name, null);
        c.skip();
      } else if (slot >= 0) {
        Field f = shape.field(slot);
        if (f.since > 1 || f.until != Integer.MAX_VALUE) {
          gate(f);
        }
        values[slot] = slot != f.slot ? ValueKind.DATE_PART.read(this)
            : f.holding == Field.Holding.LIST ? list(f) : f.kind.read(this);
      } else if (c.lenient()) {
        if (extra == null) {
          extra = UnknownFields.builder();
        }
        c.keep(extra, name);
      } else {
        Iterable<String> known = shape.fields(version);
        c.problem("unknown field '" + name + "' in " + type + " (known fields: "
            + String.join(", ", known) + ")", name, Suggest.didYouMean(name, known));
        c.skip();
      }
      c.pop();
    }
    long required = shape.requiredSlots(version);
    if ((seen & required) != required) {
      for (String r : shape.required(version)) {
        if ((seen & (1L << shape.slot(r))) == 0) {
          c.problemAt(c.path(), line, column, "missing required field '" + r + "' in " + type, null, null);
        }
      }
    }
    for (Field f : shape.typedFields()) {
      if (f.partName != null) {
        boolean dateGiven = (seen & (1L << f.slot)) != 0;
        values[f.slot] = joinDate(f, dateGiven, (PartialDate) values[f.slot], (PartAt) values[f.slot + 1]);
      }
    }
    if (wholeDocument) {
      JsonToken trailing = c.next();
      if (trailing != null) {
        c.problem("trailing content after the report object: " + Cursor.describe(trailing), null,
            "remove everything after the closing brace");
      }
    }
    try {
      if (c.problems().size() > before) {
        return null;
      }
      return shape.make(values, extra == null ? UnknownFields.of() : extra.build());
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
      c.problemAt(c.path(), line, column, e.getMessage(), null, null);
      return null;
    } finally {
      releaseSlots(values);
      releaseLists(listsBefore);
    }
  }

  /**
   * Moves to the value of the object's next field and adds its name to the path; returns the name,
   * or null at the end of the object. Input that ends inside the object stops the walk.
   */
  private @Nullable String nextField() throws IOException {
    String name = c.parser().nextFieldName();
    if (name == null) {
      if (c.parser().currentToken() == JsonToken.END_OBJECT) {
        return null;
      }
      c.problem("unexpected end of input inside an object", null, null);
      throw new Cursor.Abort();
    }
    c.next();
    c.push(name);
    return name;
  }

  // ---- scratch space: the model's builders copy what they are given, so arrays and lists are reused ----

  /** The arrays of values of the objects being read, one per depth of nesting. */
  private Object[][] slots = new Object[8][];
  private int depth;
  /** The lists being read, in the order they were started; those past {@link #listsInUse} are free. */
  private final List<ArrayList<Object>> lists = new ArrayList<>();
  private int listsInUse;

  private Object[] takeSlots(int size) {
    if (depth == slots.length) {
      slots = java.util.Arrays.copyOf(slots, depth * 2);
    }
    Object[] values = slots[depth];
    if (values == null || values.length < size) {
      values = new Object[Math.max(size, 16)];
      slots[depth] = values;
    }
    depth++;
    return values;
  }

  private void releaseSlots(Object[] values) {
    java.util.Arrays.fill(values, null);
    depth--;
  }

  private ArrayList<Object> takeList() {
    if (listsInUse == lists.size()) {
      lists.add(new ArrayList<>());
    }
    return lists.get(listsInUse++);
  }

  /** Frees the lists taken since {@code mark}, once the object that holds them is built. */
  private void releaseLists(int mark) {
    while (listsInUse > mark) {
      lists.get(--listsInUse).clear();
    }
  }

  /** Reads an object of objects of {@code values} keyed by field names, such as a provenance's {@code fields}. */
  @Nullable Object map(Shape<?> values) throws IOException {
    if (c.parser().currentToken() != JsonToken.START_OBJECT) {
      c.notAnObject("fields of " + values.type());
      return null;
    }
    java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
    boolean complete = true;
    String name;
    while ((name = nextField()) != null) {
      if (out.containsKey(name)) {
        c.problem("duplicate field '" + name + "' in fields", name, null);
        c.skip();
      } else {
        Object v = object(values);
        if (v == null) {
          complete = false;
        } else {
          out.put(name, v);
        }
      }
      c.pop();
    }
    return complete ? com.google.common.collect.ImmutableMap.copyOf(out) : null;
  }

  /** Reads the list of field {@code f}; a list of facts also counts and declares them. Null after a problem. */
  private @Nullable List<Object> list(Field f) throws IOException {
    if (c.parser().currentToken() != JsonToken.START_ARRAY) {
      c.notAnArray();
      return null;
    }
    FactKind kind = f.kind.facts();
    List<Object> out = takeList();
    int i = 0;
    boolean complete = true;
    while (c.next() != JsonToken.END_ARRAY) {
      if (c.parser().currentToken() == null) {
        c.problem("unexpected end of input inside an array", null, null);
        throw new Cursor.Abort();
      }
      Integer index = c.canonical(i);
      c.push(index);
      if (kind != null && ++facts > maxFacts) {
        c.problem("too many facts: the limit is " + maxFacts, null, "raise the limit with ReportReader.withMaxFacts");
        throw new Cursor.Abort();
      }
      Object v = f.kind.read(this);
      c.pop();
      if (v != null) {
        out.add(v);
        if (kind != null) {
          resolver.declare(kind, v, index);
        }
      } else {
        complete = false;
      }
      i++;
    }
    if (kind != null) {
      resolver.complete(kind);
    }
    return complete ? out : null;
  }

  /**
   * Joins a date and its part, recording a problem at the part when they do not fit. A date that was
   * given but could not be read has its problem already; its part adds none.
   */
  private @Nullable PartialDate joinDate(Field f, boolean dateGiven, @Nullable PartialDate date,
      @Nullable PartAt part) {
    if (part == null) {
      return date;
    }
    if (date == null) {
      if (dateGiven) {
        return null;
      }
      c.problemAt(c.path() + "." + f.partName, part.line, part.column,
          "'" + f.partName + "' without '" + f.name + "'", Json.name(part.part), null);
      return null;
    }
    try {
      return date.withPart(part.part);
    } catch (DateTimeException e) {
      c.problemAt(c.path() + "." + f.partName, part.line, part.column, e.getMessage(), Json.name(part.part), null);
      return null;
    }
  }

  // ---- conversions of text ----

  static PartialDate parseIso(String s, String field) {
    if (s.indexOf(' ') >= 0) {
      throw new DateTimeException("Text '" + s + "' could not be parsed: expected yyyy, yyyy-MM or yyyy-MM-dd;"
          + " put early, mid or late in the field '" + field + "Part'");
    }
    return PartialDate.parse(s);
  }

  static Currency currency(String code) {
    if (code.length() != 3 || !isUpper(code.charAt(0)) || !isUpper(code.charAt(1)) || !isUpper(code.charAt(2))) {
      throw new IllegalArgumentException("Invalid currency (an ISO 4217 code such as \"USD\" expected): \"" + code + "\"");
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown ISO 4217 currency code: \"" + code + "\"");
    }
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static Period period(String text) {
    Period p;
    try {
      p = Period.parse(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Invalid term (an ISO-8601 period such as \"P9M\" expected): \"" + text + "\"");
    }
    if (!p.toString().equals(text)) {
      throw new IllegalArgumentException("Invalid term (write it in canonical form \"" + p + "\"): \"" + text + "\"");
    }
    return p;
  }
}
