package io.github.bilateral.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Identifier;
import io.github.bilateral.model.PartialDate;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The kind of one JSON value of the format: how the reader reads it (recording a problem and
 * returning null when it is wrong), how the writer writes it, and the definition that stands for it
 * in the JSON Schema. {@link Format} gives each field of each object one of these.
 */
abstract class ValueKind {

  /** The name of the schema definition the value refers to, such as {@code id}, or a plain JSON type such as {@code boolean}. */
  final String schema;

  private ValueKind(String schema) {
    this.schema = schema;
  }

  /** Reads the value the parser stands on; returns null after recording a problem. */
  abstract @Nullable Object read(TableReader r) throws IOException;

  /** Writes the model value {@code v}. */
  abstract void write(JsonGenerator g, Object v) throws IOException;

  /** The shape of the object, if this kind is a nested object. */
  @Nullable Shape<?> shape() {
    return null;
  }

  /** Whether format version {@code version} has the constant {@code e} of this enum kind. */
  boolean inVersion(Enum<?> e, int version) {
    return true;
  }

  /** The enum whose constants this kind reads, if it is an enum. */
  @Nullable Class<? extends Enum<?>> enumType() {
    return null;
  }

  /** The kind of fact this kind reads, if it is an element of a report's list of facts. */
  @Nullable FactKind facts() {
    return null;
  }

  /** The kind of fact a value of this kind refers to, if it is a reference. */
  /** The least and the greatest value of an integer kind, which the JSON Schema states too; else null. */
  int @Nullable [] bounds() {
    return null;
  }

  @Nullable FactKind target() {
    return null;
  }

  /** The key of the referred fact in the resolver's table, for a reference kind. */
  Object referenceKey(Object value) {
    throw new UnsupportedOperationException(schema);
  }

  // ---- the kinds ----

  /** Non-blank text; short texts are kept once per load. */
  static final ValueKind TEXT = text("text");

  /** An ISO 3166-1 alpha-2 code, read and written as text. */
  static final ValueKind COUNTRY = text("country");

  /** A unit of a quantity, read and written as text. */
  static final ValueKind UNIT = text("type:string");

  private static ValueKind text(String schema) {
    return new ValueKind(schema) {
      @Override
      Object read(TableReader r) throws IOException {
        return r.c.text();
      }

      @Override
      void write(JsonGenerator g, Object v) throws IOException {
        g.writeString(v.toString());
      }
    };
  }

  /** Text converted to a model value, such as an id; one instance of each equal value per load. */
  static ValueKind converted(String schema, String expected, Function<String, ?> conversion) {
    return new Converted(schema, expected, conversion);
  }

  /** An id of the model type that {@code conversion} makes, such as {@code ActorId::of}. */
  static ValueKind id(Function<String, ? extends Identifier> conversion) {
    return converted("id", "an id string", conversion);
  }

  /** A reference by id to a fact of {@code target}, collected for the resolver with where it stands. */
  static ValueKind reference(FactKind target, ValueKind id) {
    return new ValueKind(id.schema) {
      @Override
      Object read(TableReader r) throws IOException {
        int line = r.c.line();
        int column = r.c.column();
        Object v = id.read(r);
        if (v != null) {
          r.resolver.reference(target, referenceKey(v), false, r.c, line, column);
        }
        return v;
      }

      @Override
      void write(JsonGenerator g, Object v) throws IOException {
        id.write(g, v);
      }

      @Override
      FactKind target() {
        return target;
      }

      @Override
      Object referenceKey(Object value) {
        return ((Identifier) value).value();
      }
    };
  }

  private static class Converted extends ValueKind {
    private static int count;
    private final String expected;
    private final Function<String, ?> conversion;
    /** This kind's table of values kept once in a load. */
    final int intern;

    Converted(String schema, String expected, Function<String, ?> conversion) {
      super(schema);
      this.expected = expected;
      this.conversion = conversion;
      synchronized (Converted.class) {
        this.intern = count++;
      }
    }

    @Override
    Object read(TableReader r) throws IOException {
      return r.c.convert(expected, conversion, intern);
    }

    @Override
    void write(JsonGenerator g, Object v) throws IOException {
      g.writeString(v.toString());
    }
  }

  /** A partial date; its part stands in a sibling field, joined by the reader after the object. */
  static ValueKind partialDate(String field) {
    return new Converted("partialDate", "a date such as \"2023-07\"", s -> TableReader.parseIso(s, field)) {
      @Override
      void write(JsonGenerator g, Object v) throws IOException {
        g.writeString(((PartialDate) v).toIsoString());
      }
    };
  }

  /** The part of a partial date: read with where it stands, since it is checked after the object. */
  static final ValueKind DATE_PART = new ValueKind("datePart") {
    @Override
    Object read(TableReader r) throws IOException {
      int line = r.c.line();
      int column = r.c.column();
      PartialDate.Part part = r.c.enumValue(PartialDate.Part.class);
      return part == null ? null : new TableReader.PartAt(part, line, column);
    }

    @Override
    void write(JsonGenerator g, Object v) throws IOException {
      throw new UnsupportedOperationException("written by TableWriter, after its date");
    }
  };

  /** A value of an enum, written as its lowercase kebab-case name. */
  static <E extends Enum<E>> ValueKind enumOf(Class<E> type) {
    return enumOf(type, java.util.EnumSet.noneOf(type));
  }

  /** A value of an enum whose constants {@code newer} only format version 2 has. */
  @SafeVarargs
  static <E extends Enum<E>> ValueKind enumOf(Class<E> type, E first, E... newer) {
    java.util.EnumSet<E> values = java.util.EnumSet.of(first);
    for (E e : newer) {
      values.add(e);
    }
    return enumOf(type, values);
  }

  private static <E extends Enum<E>> ValueKind enumOf(Class<E> type, java.util.Set<E> newer) {
    String simple = type.getSimpleName();
    String schema = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    return new ValueKind(schema) {
      @Override
      Object read(TableReader r) throws IOException {
        E e = r.c.enumValue(type);
        return e != null && newer.contains(e) && !r.valueInVersion(e, r.c.line(), r.c.column()) ? null : e;
      }

      @Override
      boolean inVersion(Enum<?> e, int version) {
        return version >= 2 || !newer.contains(e);
      }

      @Override
      Class<? extends Enum<?>> enumType() {
        return type;
      }

      @Override
      void write(JsonGenerator g, Object v) throws IOException {
        g.writeString(Json.name((Enum<?>) v));
      }
    };
  }

  /** An integer in {@code [min, max]}. */
  static ValueKind integer(String schema, int min, int max) {
    return new ValueKind(schema) {
      @Override
      Object read(TableReader r) throws IOException {
        return r.c.integer(min, max);
      }

      @Override
      int @Nullable [] bounds() {
        return new int[] {min, max};
      }

      @Override
      void write(JsonGenerator g, Object v) throws IOException {
        g.writeNumber((Integer) v);
      }
    };
  }

  /** A page number. */
  static final ValueKind PAGE = integer("pageNumber", 1, 100_000);

  /** The number of a footnote, as a citation's own number. */
  static final ValueKind FOOTNOTE_NUMBER = integer("footnoteNumber", 1, 100_000);

  /** A footnote number that refers to a citation, collected for the resolver. */
  static final ValueKind FOOTNOTE = new ValueKind("footnoteNumber") {
    @Override
    Object read(TableReader r) throws IOException {
      int line = r.c.line();
      int column = r.c.column();
      Integer n = r.c.integer(1, 100_000);
      if (n == null) {
        return null;
      }
      Integer kept = r.c.canonical(n.intValue());
      r.resolver.reference(FactKind.CITATION, kept, true, r.c, line, column);
      return kept;
    }

    @Override
    void write(JsonGenerator g, Object v) throws IOException {
      g.writeNumber((Integer) v);
    }

    @Override
    FactKind target() {
      return FactKind.CITATION;
    }

    @Override
    Object referenceKey(Object value) {
      return value;
    }
  };

  /** A reference to a fact of any kind, such as {@code actor:imf}. */
  static final ValueKind FACT_REF = new ValueKind("factRef") {
    private final ValueKind text = converted("factRef", "a fact reference such as \"actor:imf\"", FactRef::parse);

    @Override
    Object read(TableReader r) throws IOException {
      int line = r.c.line();
      int column = r.c.column();
      FactRef f = (FactRef) text.read(r);
      if (f != null) {
        r.resolver.reference(f.kind(), referenceKey(f), false, r.c, line, column);
      }
      return f;
    }

    @Override
    void write(JsonGenerator g, Object v) throws IOException {
      g.writeString(v.toString());
    }

    @Override
    Object referenceKey(Object value) {
      return Resolver.key((FactRef) value);
    }
  };

  /** A non-negative decimal with at most so many digits before and after the point. */
  static ValueKind decimal(String schema, int integerDigits, int fractionDigits, boolean positive) {
    return new ValueKind(schema) {
      @Override
      Object read(TableReader r) throws IOException {
        return r.c.decimal(integerDigits, fractionDigits, positive);
      }

      @Override
      void write(JsonGenerator g, Object v) throws IOException {
        g.writeNumber((BigDecimal) v);
      }
    };
  }

  /** A full ISO-8601 date. */
  static ValueKind fullDate(String example) {
    return converted("fullDate", "a date such as \"" + example + "\"", LocalDate::parse);
  }

  /** An ISO 4217 currency, written as its code. */
  static final ValueKind CURRENCY = new Converted("currency", "an ISO 4217 currency code such as \"USD\"",
      TableReader::currency) {
    @Override
    void write(JsonGenerator g, Object v) throws IOException {
      g.writeString(((Currency) v).getCurrencyCode());
    }
  };

  /** An ISO-8601 period in canonical form. */
  static final ValueKind PERIOD = converted("term", "an ISO-8601 period such as \"P9M\"", TableReader::period);

  /** true or false. */
  static final ValueKind BOOLEAN = new ValueKind("type:boolean") {
    @Override
    Object read(TableReader r) throws IOException {
      return r.c.bool();
    }

    @Override
    void write(JsonGenerator g, Object v) throws IOException {
      g.writeBoolean((Boolean) v);
    }
  };

  /** The format version of a report: one the reader knows, or the walk stops. */
  static final ValueKind VERSION = new ValueKind("type:integer") {
    @Override
    Object read(TableReader r) throws IOException {
      return r.version();
    }

    @Override
    void write(JsonGenerator g, Object v) throws IOException {
      g.writeNumber((Integer) v);
    }
  };

  /** A fact of {@code kind} in the report's list of them: counted, and declared to the resolver. */
  static ValueKind facts(FactKind kind, Shape<?> shape) {
    return new ObjectKind(shape, kind);
  }

  /**
   * A JSON object whose keys are names of the enclosing fact's fields and whose values are objects
   * of {@code values}, such as a provenance's {@code fields}; written in the fact's field order.
   */
  static ValueKind map(Shape<?> values) {
    return new ValueKind("type:object") {
      @Override
      Object read(TableReader r) throws IOException {
        return r.map(values);
      }

      @Override
      void write(JsonGenerator g, Object v) throws IOException {
        throw new UnsupportedOperationException("written by TableWriter, in the order of the fact's fields");
      }

      @Override
      Shape<?> mapValues() {
        return values;
      }
    };
  }

  /** The shape of the values, if this kind is a map of objects keyed by field names. */
  @Nullable Shape<?> mapValues() {
    return null;
  }

  /** A nested object of {@code shape}. */
  static ValueKind object(Shape<?> shape) {
    return new ObjectKind(shape, null);
  }

  /** An object of a shape: nested in another, or a fact in the report's list of its kind. */
  private static final class ObjectKind extends ValueKind {
    private final Shape<?> shape;
    private final @Nullable FactKind facts;

    ObjectKind(Shape<?> shape, @Nullable FactKind facts) {
      super(shape.schemaName());
      this.shape = shape;
      this.facts = facts;
    }

    @Override
    Object read(TableReader r) throws IOException {
      return r.object(shape);
    }

    @Override
    void write(JsonGenerator g, Object v) throws IOException {
      TableWriter.object(g, shape, v);
    }

    @Override
    Shape<?> shape() {
      return shape;
    }

    @Override
    @Nullable FactKind facts() {
      return facts;
    }
  }
}
