package io.github.bilateral.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.bilateral.model.UnknownFields;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A strict walk over one JSON document that records problems instead of stopping at the first: each
 * reader returns {@link Optional#empty()} after recording why, and the walk goes on with the next
 * value. Paths such as {@code loans[3].lenders[0]} are kept as the walk descends.
 */
final class Cursor {

  /** Thrown to stop the walk: the document cannot be read further. */
  static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super(null, null, false, false);
    }
  }

  /** Reads the value of one field; returns false when the field name is unknown. */
  interface FieldReader {
    boolean read(String name) throws IOException;
  }

  /** Reads one value; returns empty after recording a problem. */
  interface ValueReader<T> {
    Optional<T> read() throws IOException;
  }

  private final JsonParser p;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, int[]> referenceLocations = new HashMap<>();
  /** Field names (String) and list indexes (Integer), rendered only when a path is needed. */
  private final List<Object> path = new ArrayList<>();
  private final int maxProblems;
  private final boolean lenient;
  private final boolean locateReferences;

  /**
   * One instance of each equal id, date, fact reference and short text read: a report names the
   * same actors, sections and dates again and again, and needs to keep each only once.
   */
  private final Map<Object, Object> canonical = new HashMap<>();

  /**
   * @param lenient whether to keep unknown fields rather than report them
   * @param locateReferences whether to remember where each reference stands; costly (a path and a
   *     map entry per reference), so the reader asks for it only when a report has dangling
   *     references to report
   */
  Cursor(JsonParser p, int maxProblems, boolean lenient, boolean locateReferences) {
    this.p = p;
    this.maxProblems = maxProblems;
    this.lenient = lenient;
    this.locateReferences = locateReferences;
  }

  List<Problem> problems() {
    return problems;
  }

  Map<String, int[]> referenceLocations() {
    return referenceLocations;
  }

  JsonParser parser() {
    return p;
  }

  // ---- paths and problems ----

  String path() {
    if (path.isEmpty()) {
      return "$";
    }
    StringBuilder sb = new StringBuilder();
    for (Object segment : path) {
      if (segment instanceof Integer) {
        sb.append('[').append(segment).append(']');
      } else if (sb.length() == 0) {
        sb.append(segment);
      } else {
        sb.append('.').append(segment);
      }
    }
    return sb.toString();
  }

  void push(String segment) {
    path.add(segment);
  }

  void pop() {
    path.remove(path.size() - 1);
  }

  void problem(String reason, String value, String suggestion) {
    JsonLocation loc = p.currentTokenLocation();
    problemAt(path(), loc.getLineNr(), loc.getColumnNr(), reason, value, suggestion);
  }

  void problemAt(String where, int line, int column, String reason, String value, String suggestion) {
    problems.add(Problem.of(where, line, column, reason, value, suggestion));
    if (problems.size() >= maxProblems) {
      problems.add(Problem.of(where, line, column,
          "too many problems; stopped after " + maxProblems, null, null));
      throw new Abort();
    }
  }

  int[] location() {
    JsonLocation loc = p.currentTokenLocation();
    return new int[] {loc.getLineNr(), loc.getColumnNr()};
  }

  /** Remembers where the current reference value stands, for problems found after reading. */
  void rememberReference() {
    if (locateReferences) {
      referenceLocations.put(path(), location());
    }
  }

  /** Returns the first value read that equals {@code value}, or {@code value} itself. */
  @SuppressWarnings("unchecked")
  <T> T canonical(T value) {
    Object known = canonical.putIfAbsent(value, value);
    return known == null ? value : (T) known;
  }

  // ---- tokens ----

  JsonToken next() throws IOException {
    return p.nextToken();
  }

  static String describe(JsonToken t) {
    if (t == null) {
      return "end of input";
    }
    switch (t) {
      case START_OBJECT: return "an object";
      case START_ARRAY: return "an array";
      case VALUE_STRING: return "a string";
      case VALUE_NUMBER_INT: return "an integer";
      case VALUE_NUMBER_FLOAT: return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE: return "a boolean";
      case VALUE_NULL: return "null";
      default: return t.toString();
    }
  }

  private String currentText() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      return null;
    }
    return t == JsonToken.VALUE_NULL ? "null" : p.getText();
  }

  /** Records a wrong-type problem and skips the current value. */
  private void wrongType(String expected) throws IOException {
    JsonToken t = p.currentToken();
    String reason = t == JsonToken.VALUE_NULL
        ? "null is not allowed; leave the field out instead, or give " + expected
        : "expected " + expected + ", found " + describe(t);
    problem(reason, currentText(), null);
    p.skipChildren();
  }

  // ---- scalar readers: the parser stands on the value ----

  Optional<String> string(String expected) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(expected);
      return Optional.empty();
    }
    String raw = p.getText();
    char max = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      max = c > max ? c : max;
      if (c == 0) {
        problem("a NUL character is not allowed in text", raw, null);
        return Optional.empty();
      }
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < raw.length()
            && Character.isLowSurrogate(raw.charAt(i + 1));
        if (!paired) {
          problem("a lone UTF-16 surrogate is not allowed in text", null, null);
          return Optional.empty();
        }
        i++;
      }
    }
    // Every character below U+0300 (the first combining mark) is already in NFC, whatever follows
    // it; most text is, so it skips the normaliser.
    return Optional.of(max < '\u0300' ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC));
  }

  Optional<String> text() throws IOException {
    Optional<String> s = string("a string");
    if (s.isPresent() && s.get().isBlank()) {
      problem("must not be blank", s.get(), null);
      return Optional.empty();
    }
    // Short texts (country codes, units, outlets, authors) repeat; long ones rarely do.
    return s.isPresent() && s.get().length() <= 32 ? Optional.of(canonical(s.get())) : s;
  }

  /** Reads a string and converts it; a conversion failure is recorded with its message. */
  <T> Optional<T> convert(String expected, Function<String, T> conversion) throws IOException {
    Optional<String> s = string(expected);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(canonical(conversion.apply(s.get())));
    } catch (RuntimeException e) {
      problem(e.getMessage() == null ? "invalid value" : e.getMessage(), s.get(), null);
      return Optional.empty();
    }
  }

  /** Reads an id and remembers where it stands, so dangling references can be located later. */
  <T> Optional<T> reference(Function<String, T> conversion) throws IOException {
    rememberReference();
    return convert("an id string", conversion);
  }

  Optional<Integer> integer(int min, int max) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      wrongType("an integer");
      return Optional.empty();
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      problem("integer out of range (valid values " + min + " - " + max + ")", p.getText(), null);
      return Optional.empty();
    }
    int v = p.getIntValue();
    if (v < min || v > max) {
      problem("integer out of range (valid values " + min + " - " + max + ")", p.getText(), null);
      return Optional.empty();
    }
    return Optional.of(v);
  }

  Optional<Boolean> bool() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      wrongType("true or false");
      return Optional.empty();
    }
    return Optional.of(t == JsonToken.VALUE_TRUE);
  }

  /**
   * Reads a non-negative decimal with at most {@code maxIntegerDigits} digits before the point and
   * {@code maxFractionDigits} after, checked before the number is ever expanded.
   */
  Optional<BigDecimal> decimal(int maxIntegerDigits, int maxFractionDigits, boolean positive)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType("a number");
      return Optional.empty();
    }
    BigDecimal v;
    try {
      v = p.getDecimalValue();
    } catch (NumberFormatException e) {
      problem("malformed number", p.getText(), null);
      return Optional.empty();
    }
    // precision - scale is the number of digits before the point; safe even for 1e10000000.
    long integerDigits = (long) v.precision() - v.scale();
    if (v.signum() != 0 && integerDigits > maxIntegerDigits) {
      problem("number too large (at most " + maxIntegerDigits + " digits before the point)",
          p.getText(), null);
      return Optional.empty();
    }
    if (v.signum() < 0) {
      problem("must not be negative", p.getText(), null);
      return Optional.empty();
    }
    if (positive && v.signum() == 0) {
      problem("must be positive", p.getText(), null);
      return Optional.empty();
    }
    BigDecimal stripped = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
    if (stripped.scale() > maxFractionDigits) {
      problem("too many digits after the point (at most " + maxFractionDigits + ")", p.getText(), null);
      return Optional.empty();
    }
    return Optional.of(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
  }

  /** The JSON names of an enum's constants, worked out once per enum. */
  private static final class EnumNames {
    final Map<String, Enum<?>> byName = new LinkedHashMap<>();
    final String list;
    final String expected;

    EnumNames(Class<?> type) {
      for (Object e : type.getEnumConstants()) {
        byName.put(Json.name((Enum<?>) e), (Enum<?>) e);
      }
      list = String.join(", ", byName.keySet());
      expected = "one of " + list;
    }
  }

  private static final ClassValue<EnumNames> ENUM_NAMES = new ClassValue<>() {
    @Override
    protected EnumNames computeValue(Class<?> type) {
      return new EnumNames(type);
    }
  };

  <E extends Enum<E>> Optional<E> enumValue(Class<E> type) throws IOException {
    EnumNames names = ENUM_NAMES.get(type);
    Optional<String> s = string(names.expected);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Enum<?> e = names.byName.get(s.get());
    if (e != null) {
      return Optional.of(type.cast(e));
    }
    problem("unknown " + type.getSimpleName() + " '" + s.get() + "' (valid values " + names.list + ")",
        s.get(), Suggest.didYouMean(s.get(), names.byName.keySet()));
    return Optional.empty();
  }

  // ---- structures ----

  /**
   * Reads an array whose elements are read by {@code element}; the parser stands on the array's
   * start. Returns empty (after recording a problem) when the value is not an array.
   */
  <T> Optional<List<T>> list(ValueReader<T> element) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType("an array");
      return Optional.empty();
    }
    List<T> out = new ArrayList<>();
    int i = 0;
    boolean complete = true;
    while (next() != JsonToken.END_ARRAY) {
      if (p.currentToken() == null) {
        problem("unexpected end of input inside an array", null, null);
        throw new Abort();
      }
      path.add(i);
      Optional<T> v = element.read();
      pop();
      if (v.isPresent()) {
        out.add(v.get());
      } else {
        complete = false;
      }
      i++;
    }
    return complete ? Optional.of(out) : Optional.empty();
  }

  /**
   * Reads an object field by field; the parser stands on its start. Unknown fields are recorded
   * with a suggestion (strict) or kept and passed to {@code unknown} (lenient), duplicate fields are
   * recorded, and each required field that is absent is recorded. Returns whether the value was an
   * object.
   */
  boolean object(Format.Shape shape, Consumer<UnknownFields> unknown, FieldReader fields)
      throws IOException {
    String type = shape.type();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("an object (" + type + ")");
      return false;
    }
    int[] start = location();
    // Known fields are slots of the shape, and the ones seen a set of bits; unknown names, rare and
    // refused past 200 problems, are kept in a list made only when one turns up.
    long seen = 0;
    List<String> seenUnknown = null;
    UnknownFields.Builder extra = null;
    while (next() != JsonToken.END_OBJECT) {
      if (p.currentToken() != JsonToken.FIELD_NAME) {
        problem("unexpected end of input inside an object", null, null);
        throw new Abort();
      }
      String name = p.currentName();
      next();
      push(name);
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
        problem("duplicate field '" + name + "' in " + type, name, null);
        p.skipChildren();
      } else if (slot < 0 || !fields.read(name)) {
        if (lenient) {
          if (extra == null) {
            extra = UnknownFields.builder();
          }
          keep(extra, name);
        } else {
          problem("unknown field '" + name + "' in " + type + " (known fields: "
              + String.join(", ", shape.fields()) + ")", name, Suggest.didYouMean(name, shape.fields()));
          p.skipChildren();
        }
      }
      pop();
    }
    if ((seen & shape.requiredSlots()) != shape.requiredSlots()) {
      for (String r : shape.required()) {
        if ((seen & (1L << shape.slot(r))) == 0) {
          problemAt(path(), start[0], start[1], "missing required field '" + r + "' in " + type, null, null);
        }
      }
    }
    if (extra != null) {
      unknown.accept(extra.build());
    }
    return true;
  }

  /** Copies the value of the unknown field {@code name} into {@code extra}, checking its text. */
  private void keep(UnknownFields.Builder extra, String name) throws IOException {
    int[] at = location();
    StringWriter text = new StringWriter();
    try (JsonGenerator g = Json.WRITING.createGenerator(text)) {
      Json.copyValue(p, g);
    }
    try {
      extra.put(name, text.toString());
    } catch (IllegalArgumentException e) {
      problemAt(path(), at[0], at[1], e.getMessage(), null, null);
    }
  }
}
