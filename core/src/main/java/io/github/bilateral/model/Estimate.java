package io.github.bilateral.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A non-negative number as a source states it, with how the source hedges it: "exactly 3 billion",
 * "around 30 billion", "nearly 11 billion", "at least 3 million", "over half a million".
 *
 * <p>An estimate has a point value, a {@link Qualifier} and, optionally, the words as printed. Its
 * {@link #range()} gives the bounds the qualifier implies:
 *
 * <table>
 *   <caption>Bounds of each qualifier for a point value v</caption>
 *   <tr><th>qualifier</th><th>range</th></tr>
 *   <tr><td>EXACT</td><td>[v..v]</td></tr>
 *   <tr><td>APPROXIMATELY</td><td>[0.9v..1.1v]</td></tr>
 *   <tr><td>NEARLY</td><td>[0.9v..v]</td></tr>
 *   <tr><td>AT_LEAST</td><td>[v..+∞)</td></tr>
 *   <tr><td>MORE_THAN</td><td>(v..+∞)</td></tr>
 *   <tr><td>AT_MOST</td><td>[0..v]</td></tr>
 *   <tr><td>LESS_THAN</td><td>[0..v)</td></tr>
 * </table>
 *
 * <p>The value is kept without trailing zeros ({@code 6.50E9} becomes {@code 6500000000}), so
 * equal numbers give equal estimates whatever their scale.
 *
 * <pre>{@code
 * Estimate e = Estimate.of(Qualifier.APPROXIMATELY, new BigDecimal("30000000000"))
 *     .withPrinted("around $30 billion");
 * e.range();   // [27000000000..33000000000]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Estimate {

  /** How a source hedges a number. */
  public enum Qualifier {
    /** The number as stated: "$3 billion". */
    EXACT,
    /** Within ten percent either side: "around", "about", "circa", "an estimated". */
    APPROXIMATELY,
    /** Up to ten percent below, not above: "nearly", "almost". */
    NEARLY,
    /** The number or more: "at least". */
    AT_LEAST,
    /** Strictly more: "more than", "over", "just over". */
    MORE_THAN,
    /** The number or less: "up to", "at most". */
    AT_MOST,
    /** Strictly less: "less than", "below". */
    LESS_THAN
  }

  private static final BigDecimal LOW = new BigDecimal("0.9");
  private static final BigDecimal HIGH = new BigDecimal("1.1");

  private final BigDecimal value;
  private final Qualifier qualifier;
  private final @Nullable String printed;

  private Estimate(BigDecimal value, Qualifier qualifier, @Nullable String printed) {
    this.value = value;
    this.qualifier = qualifier;
    this.printed = printed;
  }

  /**
   * {@return an exact estimate of {@code value}}
   *
   * @param value the number, zero or more, not null
   * @throws IllegalArgumentException if the value is negative
   */
  public static Estimate exact(BigDecimal value) {
    return of(Qualifier.EXACT, value);
  }

  /**
   * {@return an estimate of {@code value} hedged by {@code qualifier}}
   *
   * @param qualifier how the number is hedged, not null
   * @param value the point value in units, not negative, not null
   * @throws IllegalArgumentException if the value is negative
   */
  public static Estimate of(Qualifier qualifier, BigDecimal value) {
    requireNonNull(qualifier, "qualifier");
    return new Estimate(normalise(value), qualifier, null);
  }

  /** Returns {@code value} without trailing zeros and with a scale of at least zero. */
  static BigDecimal normalise(BigDecimal value) {
    requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          "Invalid value for Estimate.value (must not be negative): " + value.toPlainString());
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * {@return a copy that records the words as printed, such as {@code "around $30 billion"}} This
   * instance is unaffected.
   *
   * @param printed the words as the report prints them, not null
   * @throws IllegalArgumentException if {@code printed} is blank
   */
  public Estimate withPrinted(String printed) {
    requireNonNull(printed, "printed");
    if (printed.isBlank()) {
      throw new IllegalArgumentException("Invalid value for Estimate.printed (must not be blank): \""
          + printed + "\"");
    }
    Checks.noSpoofing("Estimate.printed", printed);
    return new Estimate(value, qualifier, printed);
  }

  /**
   * {@return a copy with the given printed words, or none} This instance is unaffected.
   *
   * @param printed the words as the report prints them, not null
   */
  public Estimate withPrinted(Optional<String> printed) {
    return printed.isPresent() ? withPrinted(printed.get()) : new Estimate(value, qualifier, null);
  }

  /**
   * {@return a copy with another qualifier} This instance is unaffected.
   *
   * @param qualifier how the report hedges the number, not null
   */
  public Estimate withQualifier(Qualifier qualifier) {
    return new Estimate(value, requireNonNull(qualifier, "qualifier"), printed);
  }

  /** {@return the point value in units, such as {@code 30000000000}} */
  public BigDecimal value() {
    return value;
  }

  /** {@return how the number is hedged} */
  public Qualifier qualifier() {
    return qualifier;
  }

  /** {@return the words as printed, if recorded} */
  public Optional<String> printed() {
    return Optional.ofNullable(printed);
  }

  /** {@return whether the estimate is exact} */
  public boolean isExact() {
    return qualifier == Qualifier.EXACT;
  }

  /** {@return the values this estimate allows; see the class documentation for each qualifier} */
  public Range<BigDecimal> range() {
    switch (qualifier) {
      case EXACT:
        return Range.singleton(value);
      case APPROXIMATELY:
        return Range.closed(normalise(value.multiply(LOW)), normalise(value.multiply(HIGH)));
      case NEARLY:
        return Range.closed(normalise(value.multiply(LOW)), value);
      case AT_LEAST:
        return Range.atLeast(value);
      case MORE_THAN:
        return Range.greaterThan(value);
      case AT_MOST:
        return Range.closed(BigDecimal.ZERO, value);
      case LESS_THAN:
        return Range.closedOpen(BigDecimal.ZERO, value);
      default:
        throw new AssertionError(qualifier);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Estimate)) {
      return false;
    }
    Estimate e = (Estimate) o;
    return value.equals(e.value) && qualifier == e.qualifier && java.util.Objects.equals(printed, e.printed);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(value, qualifier, printed);
  }

  /** Returns a readable form such as {@code approximately 30000000000 ("around $30 billion")}. */
  @Override
  public String toString() {
    String q = qualifier == Qualifier.EXACT ? "" : qualifier.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " ";
    return q + value.toPlainString() + (printed == null ? "" : " (\"" + printed + "\")");
  }
}
