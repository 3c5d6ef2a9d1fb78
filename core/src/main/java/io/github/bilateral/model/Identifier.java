package io.github.bilateral.model;

import static java.util.Objects.requireNonNull;

/**
 * A typed identifier, such as the {@link ActorId} {@code imf} or the {@link LoanId} {@code
 * imf-sba-2023}.
 *
 * <p>An identifier is lowercase kebab-case: one or more groups of {@code a-z} and {@code 0-9}
 * joined by single hyphens, at most {@value #MAX_LENGTH} characters. Each kind of fact has its own
 * identifier class, so the API never takes a raw string where an id of a given kind is meant, and an
 * {@code ActorId} never equals a {@code PlaceId} with the same text.
 *
 * <p>This class and its subclasses are immutable and thread-safe.
 *
 * <pre>{@code
 * Identifier id = LoanId.of("imf-sba-2023");
 * id.kind();                        // "loan"
 * id.value();                       // "imf-sba-2023"
 * Identifier.isValid("IMF SBA");    // false: lowercase kebab-case only
 * ActorId.of("imf").equals(PlaceId.of("imf"));   // false: the kinds differ
 * }</pre>
 */
public abstract class Identifier implements Comparable<Identifier> {

  /** The longest identifier accepted. */
  public static final int MAX_LENGTH = 80;

  private final String value;

  Identifier(String value) {
    this.value = value;
  }

  /**
   * Checks that {@code value} is a valid identifier.
   *
   * @param kind the name of the identifier class, for the message
   * @param value the text to check, not null
   * @return {@code value}
   * @throws IllegalArgumentException if the text is not lowercase kebab-case or too long
   */
  static String checkValue(String kind, String value) {
    requireNonNull(value, () -> kind + " value must not be null");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("Invalid " + kind + " (must not be empty): \"\"");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("Invalid " + kind + " (at most " + MAX_LENGTH
          + " characters, found " + value.length() + "): \"" + value + "\"");
    }
    if (!isKebab(value)) {
      throw new IllegalArgumentException("Invalid " + kind
          + " (lowercase kebab-case such as \"imf-sba-2023\" expected): \"" + value + "\"");
    }
    return value;
  }

  /**
   * {@return whether {@code value} would be accepted by {@code of(String)} of any identifier class}
   *
   * @param value the text to test, not null
   */
  public static boolean isValid(String value) {
    return value.length() <= MAX_LENGTH && isKebab(value);
  }

  /** Whether {@code value} matches {@code [a-z0-9]+(-[a-z0-9]+)*}, without the cost of a regex. */
  private static boolean isKebab(String value) {
    int n = value.length();
    if (n == 0 || value.charAt(0) == '-' || value.charAt(n - 1) == '-') {
      return false;
    }
    char previous = 0;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c == '-') {
        if (previous == '-') {
          return false;
        }
      } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /** {@return the identifier's text, such as {@code "imf"}} */
  public final String value() {
    return value;
  }

  /** {@return the kind of fact this identifier names, such as {@code "actor"}} */
  public abstract String kind();

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((Identifier) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /** Orders identifiers by kind, then by text. */
  @Override
  public final int compareTo(Identifier other) {
    int byKind = kind().compareTo(other.kind());
    return byKind != 0 ? byKind : value.compareTo(other.value);
  }

  /** Returns the identifier's text, exactly what {@code of(String)} reads. */
  @Override
  public final String toString() {
    return value;
  }
}
