package io.github.bilateral.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import io.github.bilateral.model.UnknownFields;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The token level of a strict walk over one JSON document, which records problems instead of
 * stopping at the first: each reader of a scalar returns null after recording why, and the walk goes
 * on with the next value. Paths such as {@code loans[3].lenders[0]} are kept as the walk descends.
 */
final class Cursor implements Resolver.PathSource {

  /** Thrown to stop the walk: the document cannot be read further. */
  static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super(null, null, false, false);
    }
  }

  private final JsonParser p;
  private final List<Problem> problems = new ArrayList<>();
  /** Field names (String) and list indexes (Integer), rendered only when a path is needed. */
  private final List<Object> path = new ArrayList<>();
  private final int maxProblems;
  private final boolean lenient;

  /**
   * One instance of each small integer read (footnote numbers, list indexes): a report cites the
   * same footnotes again and again, and needs to keep each only once.
   */
  private Integer[] integers = new Integer[256];

  /** Short texts read, one instance of each, found by the parser's characters. */
  private final TextTable shortTexts = new TextTable(256);

  /**
   * Per kind of converted value, one instance of each value read, by its text; indexed by the
   * kind's number, and grown when a kind made after the format's own (as tests make) is read.
   */
  private TextTable[] interned = new TextTable[64];

  /** @param lenient whether to keep unknown fields rather than report them */
  Cursor(JsonParser p, int maxProblems, boolean lenient) {
    this.p = p;
    this.maxProblems = maxProblems;
    this.lenient = lenient;
  }

  boolean lenient() {
    return lenient;
  }

  List<Problem> problems() {
    return problems;
  }

  JsonParser parser() {
    return p;
  }

  // ---- paths and problems ----

  String path() {
    return render(path.toArray());
  }

  /** Renders path segments as a JSON path such as {@code loans[3].lenders[0]}; {@code $} when empty. */
  static String render(Object[] segments) {
    if (segments.length == 0) {
      return "$";
    }
    StringBuilder sb = new StringBuilder();
    for (Object segment : segments) {
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

  void push(Object segment) {
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

  /**
   * The line of the current token, which is a value or the start of one (never a field name, whose
   * position the parser keeps apart): the parser's token position, read without making a location.
   */
  int line() {
    return ((ParserBase) p).getTokenLineNr();
  }

  /** The column of the current token, a value or the start of one, as {@link JsonLocation#getColumnNr()} gives it. */
  int column() {
    // getTokenColumnNr adds one to the position that currentTokenLocation reports, unless unknown.
    int column = ((ParserBase) p).getTokenColumnNr();
    return column < 0 ? column : column - 1;
  }

  /**
   * The value kept in {@code table} for the string the parser stands on, found by its characters
   * without making a {@code String}; null when the parser is not on a string or the table has no
   * value for it. A table keeps only texts that passed {@link #string}'s checks unchanged, so a text
   * found is one that {@code string} would return as it is.
   */
  private @Nullable Object known(TextTable table) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return null;
    }
    return table.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
  }

  /** The path as it stands, its segments copied: field names and list indexes. */
  @Override
  public Object[] pathSegments() {
    return path.toArray();
  }

  /** Returns one instance of the non-negative integer {@code n} for the whole load. */
  Integer canonical(int n) {
    if (n >= integers.length) {
      integers = java.util.Arrays.copyOf(integers, Math.max(n + 1, integers.length * 2));
    }
    Integer kept = integers[n];
    if (kept == null) {
      kept = n;
      integers[n] = kept;
    }
    return kept;
  }

  // ---- tokens ----

  JsonToken next() throws IOException {
    return p.nextToken();
  }

  /** Describes the token that starts a value, such as {@code an object}. */
  static String describe(JsonToken t) {
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

  @Nullable String string(String expected) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(expected);
      return null;
    }
    String raw = p.getText();
    char max = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      max = c > max ? c : max;
      if (c == 0) {
        problem("a NUL character is not allowed in text", raw, null);
        return null;
      }
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < raw.length()
            && Character.isLowSurrogate(raw.charAt(i + 1));
        if (!paired) {
          problem("a lone UTF-16 surrogate is not allowed in text", null, null);
          return null;
        }
        i++;
      }
    }
    // Every character below U+0300 (the first combining mark) is already in NFC, whatever follows
    // it; most text is, so it skips the normaliser.
    return max < '\u0300' ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
  }

  @Nullable String text() throws IOException {
    // Short texts (country codes, units, outlets, authors) repeat; long ones rarely do. Only a string
    // is found in the table.
    if (p.getTextLength() <= SHORT_TEXT) {
      Object known = known(shortTexts);
      if (known != null) {
        return (String) known;
      }
    }
    String s = string("a string");
    if (s != null && blank(s)) {
      problem("must not be blank", s, null);
      return null;
    }
    return s != null && s.length() <= SHORT_TEXT ? (String) shortTexts.putIfAbsent(s, s) : s;
  }

  /** Whether {@code s} is all white space, the no-break spaces included, which {@code isBlank()} misses. */
  private static boolean blank(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  /** The longest text kept once per load. */
  private static final int SHORT_TEXT = 32;

  /**
   * Reads a string and converts it; a conversion failure is recorded with its message. Each text is
   * converted once per load: its value is kept in the table {@code intern} and found by its text.
   */
  @Nullable Object convert(String expected, Function<String, ?> conversion, int intern) throws IOException {
    if (intern >= interned.length) {
      interned = java.util.Arrays.copyOf(interned, Math.max(intern + 1, interned.length * 2));
    }
    TextTable known = interned[intern];
    if (known == null) {
      known = new TextTable();
      interned[intern] = known;
    }
    Object v = known(known);
    if (v != null) {
      return v;
    }
    // Not found by the parser's characters: converted, even if its NFC form was converted before,
    // since a conversion is a function of its text and gives an equal value again.
    String s = string(expected);
    if (s == null) {
      return null;
    }
    try {
      v = conversion.apply(s);
    } catch (RuntimeException e) {
      problem(e.getMessage() == null ? "invalid value" : e.getMessage(), s, null);
      return null;
    }
    known.putIfAbsent(s, v);
    return v;
  }

  @Nullable Integer integer(int min, int max) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      wrongType("an integer");
      return null;
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      problem("integer out of range (valid values " + min + " - " + max + ")", p.getText(), null);
      return null;
    }
    int v = p.getIntValue();
    if (v < min || v > max) {
      problem("integer out of range (valid values " + min + " - " + max + ")", p.getText(), null);
      return null;
    }
    return v;
  }

  @Nullable Boolean bool() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      wrongType("true or false");
      return null;
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /**
   * Reads a non-negative decimal with at most {@code maxIntegerDigits} digits before the point and
   * {@code maxFractionDigits} after, checked before the number is ever expanded.
   */
  @Nullable BigDecimal decimal(int maxIntegerDigits, int maxFractionDigits, boolean positive)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType("a number");
      return null;
    }
    BigDecimal v;
    try {
      v = p.getDecimalValue();
    } catch (NumberFormatException e) {
      problem("malformed number", p.getText(), null);
      return null;
    }
    // precision - scale is the number of digits before the point; safe even for 1e10000000.
    long integerDigits = (long) v.precision() - v.scale();
    if (v.signum() != 0 && integerDigits > maxIntegerDigits) {
      problem("number too large (at most " + maxIntegerDigits + " digits before the point)",
          p.getText(), null);
      return null;
    }
    if (v.signum() < 0) {
      problem("must not be negative", p.getText(), null);
      return null;
    }
    if (positive && v.signum() == 0) {
      problem("must be positive", p.getText(), null);
      return null;
    }
    BigDecimal stripped = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
    if (stripped.scale() > maxFractionDigits) {
      problem("too many digits after the point (at most " + maxFractionDigits + ")", p.getText(), null);
      return null;
    }
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The JSON names of an enum's constants, worked out once per enum. */
  private static final class EnumNames {
    final List<String> names = new ArrayList<>();
    /** The same, found by the parser's characters; only read once built, so shared by every load. */
    final TextTable table = new TextTable();
    final String list;
    final String expected;

    EnumNames(Class<?> type) {
      for (Object e : type.getEnumConstants()) {
        names.add(Json.name((Enum<?>) e));
        table.putIfAbsent(Json.name((Enum<?>) e), e);
      }
      list = String.join(", ", names);
      expected = "one of " + list;
    }
  }

  private static final ClassValue<EnumNames> ENUM_NAMES = new ClassValue<>() {
    @Override
    protected EnumNames computeValue(Class<?> type) {
      return new EnumNames(type);
    }
  };

  <E extends Enum<E>> @Nullable E enumValue(Class<E> type) throws IOException {
    EnumNames names = ENUM_NAMES.get(type);
    Object known = known(names.table);
    if (known != null) {
      return type.cast(known);
    }
    // Not found by the parser's characters: no constant's name, which is lowercase ASCII and hyphens,
    // is the NFC form of any other text.
    String s = string(names.expected);
    if (s == null) {
      return null;
    }
    problem("unknown " + type.getSimpleName() + " '" + s + "' (valid values " + names.list + ")",
        s, Suggest.didYouMean(s, names.names));
    return null;
  }

  /** Records a wrong-type problem for a value that is not an object and skips it. */
  void notAnObject(String type) throws IOException {
    wrongType("an object (" + type + ")");
  }

  /** Records a wrong-type problem for a value that is not an array and skips it. */
  void notAnArray() throws IOException {
    wrongType("an array");
  }

  /** Skips the value the parser stands on, and everything inside it. */
  void skip() throws IOException {
    p.skipChildren();
  }

  /** Copies the value of the unknown field {@code name} into {@code extra}, checking its text. */
  void keep(UnknownFields.Builder extra, String name) throws IOException {
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
