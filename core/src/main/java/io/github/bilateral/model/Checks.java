package io.github.bilateral.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Argument checks shared by the value types; messages name the type, the field and the value. */
final class Checks {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private Checks() {}

  static IllegalArgumentException invalid(String where, String rule, Object value) {
    return new IllegalArgumentException("Invalid " + where + " (" + rule + "): " + quote(value));
  }

  private static String quote(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }

  // Each check takes the object's label and the field's apart ("Loan 'x'", ".lenders") and joins
  // them only when it fails: the checks run for every value a reader builds, and nearly all pass.

  /**
   * Whether {@code s} holds nothing but white space: what {@link Character#isWhitespace} calls white
   * space, and the no-break spaces (U+00A0, U+2007, U+202F) and other space separators, which it does
   * not.
   */
  static boolean blank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!space(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} starts or ends with white space, no-break spaces included. */
  static boolean padded(String s) {
    return !s.isEmpty() && (space(s.charAt(0)) || space(s.charAt(s.length() - 1)));
  }

  private static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static void nonBlank(String where, String value) {
    nonBlank(where, "", value);
  }

  static void nonBlank(String where, String field, String value) {
    if (blank(value)) {
      throw invalid(where + field, "must not be blank", value);
    }
    if (padded(value)) {
      throw invalid(where + field, "must not start or end with white space", value);
    }
  }

  static void nonBlank(String where, String field, Optional<String> value) {
    if (value.isPresent()) {
      nonBlank(where, field, value.get());
    }
  }

  static void nonBlank(String where, Optional<String> value) {
    nonBlank(where, "", value);
  }

  /**
   * Checks a name, title or other short field: not blank, no surrounding white space, and no
   * character that could disguise it on a terminal (see {@link SpoofingCharacters}).
   */
  static void shortText(String where, String value) {
    shortText(where, "", value);
  }

  static void shortText(String where, String field, String value) {
    nonBlank(where, field, value);
    noSpoofing(where, field, value);
  }

  /** Checks that {@code value} has no character that could disguise it on a terminal. */
  static void noSpoofing(String where, String value) {
    noSpoofing(where, "", value);
  }

  static void noSpoofing(String where, String field, String value) {
    int at = SpoofingCharacters.indexOf(value);
    if (at >= 0) {
      throw new IllegalArgumentException("Invalid " + where + field + " (" + SpoofingCharacters.reason(value, at)
          + "): \"" + SpoofingCharacters.escape(value) + "\"");
    }
  }

  static void shortText(String where, Optional<String> value) {
    shortText(where, "", value);
  }

  static void shortText(String where, String field, Optional<String> value) {
    if (value.isPresent()) {
      shortText(where, field, value.get());
    }
  }

  static void shortText(String where, List<String> values) {
    shortText(where, "", values);
  }

  static void shortText(String where, String field, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (blank(v) || padded(v) || SpoofingCharacters.indexOf(v) >= 0) {
        shortText(where, field + "[" + i + "]", v);
      }
    }
  }

  static void nonEmpty(String where, List<?> values) {
    nonEmpty(where, "", values);
  }

  static void nonEmpty(String where, String field, List<?> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("Invalid " + where + field + " (must not be empty): []");
    }
  }

  static void noDuplicates(String where, List<?> values) {
    noDuplicates(where, "", values);
  }

  static void noDuplicates(String where, String field, List<?> values) {
    if (values.size() < 2) {
      return;
    }
    if (values.size() <= 8) {
      for (int i = 1; i < values.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (values.get(i).equals(values.get(j))) {
            throw invalid(where + field, "must not repeat an element", values.get(i));
          }
        }
      }
      return;
    }
    Set<Object> seen = new HashSet<>();
    for (Object v : values) {
      if (!seen.add(v)) {
        throw invalid(where + field, "must not repeat an element", v);
      }
    }
  }

  static void country(String where, String field, Optional<String> code) {
    if (code.isPresent() && !COUNTRIES.contains(code.get())) {
      throw invalid(where + field, "an ISO 3166-1 alpha-2 code such as \"PK\" expected", code.get());
    }
  }

  /** Returns the JSON word of an enum constant, such as {@code outside-knowledge}. */
  static String word(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static void positive(String where, int value) {
    positive(where, "", value);
  }

  static void positive(String where, String field, int value) {
    if (value < 1) {
      throw invalid(where + field, "must be at least 1", value);
    }
  }
}
