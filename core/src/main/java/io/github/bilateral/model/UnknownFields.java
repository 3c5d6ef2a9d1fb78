package io.github.bilateral.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one JSON object that this version of the format does not know, such as {@code
 * "rating": {"agency": "Fitch", "grade": "CCC-"}} on a loan written by a newer tool. A lenient
 * {@code ReportReader} keeps them on the object they were found in and {@code ReportWriter} writes
 * them back unchanged after the known fields, so that a file passes through this library without
 * losing data. A strict reader rejects them, so objects read strictly always hold {@link #of()}.
 *
 * <p>Each value is kept as compact JSON text, such as {@code {"agency":"Fitch","grade":"CCC-"}}:
 * whitespace between tokens is dropped, string escapes are normalised, and numbers keep their exact
 * digits (a number is never converted, so {@code 1e10000000} stays ten characters). The order of
 * the fields is kept. It does not interpret the values: it is not a JSON tree.
 *
 * <pre>{@code
 * UnknownFields extra = UnknownFields.builder()
 *     .put("rating", "{\"agency\": \"Fitch\", \"grade\": \"CCC-\"}")
 *     .build();
 * extra.get("rating");   // Optional[{"agency":"Fitch","grade":"CCC-"}]
 * Loan rated = loan.withUnknownFields(extra);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnknownFields {

  private static final UnknownFields EMPTY = new UnknownFields(ImmutableMap.of());

  private final ImmutableMap<String, String> fields;

  private UnknownFields(ImmutableMap<String, String> fields) {
    this.fields = fields;
  }

  /** {@return the empty set of unknown fields, the default of every model object} */
  public static UnknownFields of() {
    return EMPTY;
  }

  /**
   * {@return the given fields, in the map's iteration order}
   *
   * @param fields field names and their values as JSON text, not null
   * @throws IllegalArgumentException if a value is not exactly one JSON value (see {@link
   *     Builder#put})
   */
  public static UnknownFields of(Map<String, String> fields) {
    Builder b = builder();
    fields.forEach(b::put);
    return b.build();
  }

  /** {@return a builder that keeps the fields in the order they are put} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UnknownFields}; not thread-safe. */
  public static final class Builder {
    private final ImmutableMap.Builder<String, String> fields = ImmutableMap.builder();

    private Builder() {}

    /**
     * Adds a field.
     *
     * @param name the field name, not null, not empty
     * @param json the field's value as JSON text, such as {@code "[1, 2]"} or {@code "\"text\""}
     * @return this builder
     * @throws IllegalArgumentException if {@code json} is not exactly one well-formed JSON value, or
     *     has a duplicate key, a NUL character or a lone UTF-16 surrogate in its text
     */
    public Builder put(String name, String json) {
      requireNonNull(name, "name");
      requireNonNull(json, "json");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("Invalid UnknownFields name (must not be empty): \"\"");
      }
      checkText("UnknownFields name", name);
      fields.put(name, canonical(name, json));
      return this;
    }

    /**
     * {@return the fields}
     *
     * @throws IllegalArgumentException if a name was put twice
     */
    public UnknownFields build() {
      ImmutableMap<String, String> map = fields.buildOrThrow();
      return map.isEmpty() ? EMPTY : new UnknownFields(map);
    }
  }

  /** {@return the fields in their order, each value as compact JSON text} */
  public ImmutableMap<String, String> asMap() {
    return fields;
  }

  /**
   * {@return the value of field {@code name} as compact JSON text, if there is such a field}
   *
   * @param name the field's name as written in the document, not null
   */
  public Optional<String> get(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /** {@return whether there are no fields} */
  public boolean isEmpty() {
    return fields.isEmpty();
  }

  /** {@return the number of fields} */
  public int size() {
    return fields.size();
  }

  /** Returns whether {@code o} holds the same fields with the same values in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof UnknownFields
        && fields.entrySet().asList().equals(((UnknownFields) o).fields.entrySet().asList());
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the fields as the inside of a JSON object, such as {@code {"rating":"CCC-"}}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    fields.forEach((k, v) -> {
      if (sb.length() > 1) {
        sb.append(',');
      }
      sb.append(quote(k)).append(':').append(v);
    });
    return sb.append('}').toString();
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    CompactJson.quote(sb, s);
    return sb.toString();
  }

  /** Returns {@code json} as compact JSON text, after checking that it is one clean JSON value. */
  private static String canonical(String name, String json) {
    try {
      return CompactJson.compact(json, "UnknownFields '" + name + "'");
    } catch (CompactJson.Invalid e) {
      throw invalid(name, e.getMessage(), json);
    }
  }

  private static IllegalArgumentException invalid(String name, String rule, String json) {
    String shown = json.length() <= 60 ? json : json.substring(0, 60) + "...";
    return new IllegalArgumentException("Invalid UnknownFields '" + name + "' (" + rule + "): " + shown);
  }

  static void checkText(String where, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0) {
        throw new IllegalArgumentException("Invalid " + where + " (a NUL character is not allowed in text)");
      }
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c) || i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          throw new IllegalArgumentException("Invalid " + where + " (a lone UTF-16 surrogate is not allowed in text)");
        }
        i++;
      }
    }
  }
}
