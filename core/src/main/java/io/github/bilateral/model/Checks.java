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

  static void nonBlank(String where, String value) {
    if (value.isBlank()) {
      throw invalid(where, "must not be blank", value);
    }
    if (!value.equals(value.strip())) {
      throw invalid(where, "must not start or end with white space", value);
    }
  }

  static void nonBlank(String where, Optional<String> value) {
    value.ifPresent(v -> nonBlank(where, v));
  }

  static void nonBlank(String where, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      nonBlank(where + "[" + i + "]", values.get(i));
    }
  }

  /**
   * Checks a name, title or other short field: not blank, no surrounding white space, and no
   * character that could disguise it on a terminal (see {@link SpoofingCharacters}).
   */
  static void shortText(String where, String value) {
    nonBlank(where, value);
    noSpoofing(where, value);
  }

  /** Checks that {@code value} has no character that could disguise it on a terminal. */
  static void noSpoofing(String where, String value) {
    int at = SpoofingCharacters.indexOf(value);
    if (at >= 0) {
      throw new IllegalArgumentException("Invalid " + where + " (" + SpoofingCharacters.reason(value, at) + "): \""
          + SpoofingCharacters.escape(value) + "\"");
    }
  }

  static void shortText(String where, Optional<String> value) {
    value.ifPresent(v -> shortText(where, v));
  }

  static void shortText(String where, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      shortText(where + "[" + i + "]", values.get(i));
    }
  }

  static void nonEmpty(String where, List<?> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("Invalid " + where + " (must not be empty): []");
    }
  }

  static void noDuplicates(String where, List<?> values) {
    if (values.size() < 2) {
      return;
    }
    if (values.size() <= 8) {
      for (int i = 1; i < values.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (values.get(i).equals(values.get(j))) {
            throw invalid(where, "must not repeat an element", values.get(i));
          }
        }
      }
      return;
    }
    Set<Object> seen = new HashSet<>();
    for (Object v : values) {
      if (!seen.add(v)) {
        throw invalid(where, "must not repeat an element", v);
      }
    }
  }

  static void country(String where, Optional<String> code) {
    code.ifPresent(c -> {
      if (!COUNTRIES.contains(c)) {
        throw invalid(where, "an ISO 3166-1 alpha-2 code such as \"PK\" expected", c);
      }
    });
  }

  /** Returns the JSON word of an enum constant, such as {@code outside-knowledge}. */
  static String word(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static void positive(String where, int value) {
    if (value < 1) {
      throw invalid(where, "must be at least 1", value);
    }
  }
}
