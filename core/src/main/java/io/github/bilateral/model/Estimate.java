package io.github.bilateral.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A non-negative number as a source states it, with how the source hedges it: "exactly 3 billion",
 * "around 30 billion", "nearly 11 billion", "at least 3 million", "over half a million"; or a vague
 * quantity without any number, such as "dozens of" or "billions".
 *
 * <p>An estimate has a {@link Qualifier}, a point value unless the qualifier is {@linkplain
 * Qualifier#isVague() vague}, and, optionally, the words as printed (required for a vague one). Its
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
 *   <tr><td>SEVERAL (vague, no v)</td><td>[3..10)</td></tr>
 *   <tr><td>DOZENS</td><td>[24..144)</td></tr>
 *   <tr><td>HUNDREDS</td><td>[200..1000)</td></tr>
 *   <tr><td>THOUSANDS</td><td>[2000..10<sup>6</sup>)</td></tr>
 *   <tr><td>MILLIONS</td><td>[2·10<sup>6</sup>..10<sup>9</sup>)</td></tr>
 *   <tr><td>BILLIONS</td><td>[2·10<sup>9</sup>..10<sup>12</sup>)</td></tr>
 * </table>
 *
 * <p>A plural of a number word means at least two of it and less than the next named order;
 * "several" means at least three and fewer than ten. A vague estimate never has a point value: the
 * library does not make one up.
 *
 * <p>The value is kept without trailing zeros ({@code 6.50E9} becomes {@code 6500000000}), so
 * equal numbers give equal estimates whatever their scale.
 *
 * <pre>{@code
 * Estimate e = Estimate.of(Estimate.Qualifier.APPROXIMATELY, new BigDecimal("30000000000"))
 *     .withPrinted("around $30 billion");
 * e.range();   // [27000000000..33000000000]
 * Estimate dozens = Estimate.vague(Estimate.Qualifier.DOZENS, "dozens of");
 * dozens.value();   // Optional.empty
 * dozens.range();   // [24..144)
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
    LESS_THAN,
    /** Vague, no number: "several", at least three and fewer than ten. */
    SEVERAL("3", "10"),
    /** Vague, no number: "dozens", at least 24 and fewer than 144. */
    DOZENS("24", "144"),
    /** Vague, no number: "hundreds", at least 200 and fewer than 1000. */
    HUNDREDS("200", "1000"),
    /** Vague, no number: "thousands", at least 2000 and fewer than a million. */
    THOUSANDS("2000", "1000000"),
    /** Vague, no number: "millions", at least two million and fewer than a billion. */
    MILLIONS("2000000", "1000000000"),
    /** Vague, no number: "billions", at least two billion and fewer than a trillion. */
    BILLIONS("2000000000", "1000000000000");

    private final @Nullable Range<BigDecimal> bounds;

    Qualifier() {
      this.bounds = null;
    }

    Qualifier(String low, String high) {
      this.bounds = Range.closedOpen(new BigDecimal(low), new BigDecimal(high));
    }

    /**
     * Returns whether this qualifier names a vague quantity without a number, such as {@link
     * #DOZENS}.
     *
     * @return true for {@link #SEVERAL}, {@link #DOZENS}, {@link #HUNDREDS}, {@link #THOUSANDS},
     *     {@link #MILLIONS} and {@link #BILLIONS}
     */
    public boolean isVague() {
      return bounds != null;
    }
  }

  private static final BigDecimal LOW = new BigDecimal("0.9");
  private static final BigDecimal HIGH = new BigDecimal("1.1");

  private final @Nullable BigDecimal value;
  private final Qualifier qualifier;
  private final @Nullable String printed;

  private Estimate(@Nullable BigDecimal value, Qualifier qualifier, @Nullable String printed) {
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
   * @throws IllegalArgumentException if the value is negative, or if the qualifier is vague (use
   *     {@link #vague(Qualifier, String)})
   */
  public static Estimate of(Qualifier qualifier, BigDecimal value) {
    requireNonNull(qualifier, "qualifier");
    if (qualifier.isVague()) {
      throw new IllegalArgumentException("Invalid Estimate.value (a " + Checks.word(qualifier)
          + " estimate has no point value; use Estimate.vague(qualifier, printed)): " + value);
    }
    return new Estimate(normalise(value), qualifier, null);
  }

  /**
   * {@return a vague estimate without a point value, such as "dozens of"}
   *
   * @param qualifier a vague qualifier such as {@link Qualifier#DOZENS}, not null
   * @param printed the words as the report prints them, such as {@code "dozens of"}, not null
   * @throws IllegalArgumentException if the qualifier is not vague or the words are blank
   */
  public static Estimate vague(Qualifier qualifier, String printed) {
    requireNonNull(qualifier, "qualifier");
    if (!qualifier.isVague()) {
      throw new IllegalArgumentException("Invalid Estimate.qualifier (a vague one such as dozens expected; "
          + Checks.word(qualifier) + " needs a point value, use Estimate.of(qualifier, value)): " + qualifier);
    }
    return new Estimate(null, qualifier, checkPrinted(printed));
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
    return new Estimate(value, qualifier, checkPrinted(printed));
  }

  private static String checkPrinted(String printed) {
    requireNonNull(printed, "printed");
    if (Checks.blank(printed)) {
      throw new IllegalArgumentException("Invalid value for Estimate.printed (must not be blank): \""
          + printed + "\"");
    }
    Checks.noSpoofing("Estimate.printed", printed);
    return printed;
  }

  /**
   * {@return a copy with the given printed words, or none} This instance is unaffected.
   *
   * @param printed the words as the report prints them, not null
   * @throws IllegalArgumentException if {@code printed} is empty and the estimate is vague
   */
  public Estimate withPrinted(Optional<String> printed) {
    if (printed.isEmpty() && qualifier.isVague()) {
      throw new IllegalArgumentException("Invalid Estimate.printed (required with the vague qualifier "
          + Checks.word(qualifier) + "): none");
    }
    return printed.isPresent() ? withPrinted(printed.get()) : new Estimate(value, qualifier, null);
  }

  /**
   * {@return a copy with another qualifier} This instance is unaffected.
   *
   * @param qualifier how the report hedges the number, not null
   * @throws IllegalArgumentException if one of the two qualifiers is vague and the other is not,
   *     since a vague estimate has no point value and any other has one
   */
  public Estimate withQualifier(Qualifier qualifier) {
    requireNonNull(qualifier, "qualifier");
    if (qualifier.isVague() != this.qualifier.isVague()) {
      throw new IllegalArgumentException("Invalid Estimate.qualifier (cannot turn " + Checks.word(this.qualifier)
          + " into " + Checks.word(qualifier) + ": a vague estimate has no point value and any other has one): "
          + qualifier);
    }
    return new Estimate(value, qualifier, printed);
  }

  /**
   * Returns the point value in units, such as {@code 30000000000}.
   *
   * @return the value, or empty exactly when the qualifier is {@linkplain Qualifier#isVague() vague}
   */
  public Optional<BigDecimal> value() {
    return Optional.ofNullable(value);
  }

  /** {@return whether the estimate is vague, without a point value, such as "dozens of"} */
  public boolean isVague() {
    return qualifier.isVague();
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
    if (value == null) {
      return requireNonNull(qualifier.bounds);
    }
    BigDecimal value = this.value;
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
    return java.util.Objects.equals(value, e.value) && qualifier == e.qualifier && java.util.Objects.equals(printed, e.printed);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(value, qualifier, printed);
  }

  /**
   * Returns a readable form such as {@code approximately 30000000000 ("around $30 billion")}, or
   * {@code dozens ("dozens of")} for a vague one.
   */
  @Override
  public String toString() {
    if (value == null) {
      return qualifier.name().toLowerCase(Locale.ROOT) + (printed == null ? "" : " (\"" + printed + "\")");
    }
    String q = qualifier == Qualifier.EXACT ? "" : qualifier.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " ";
    return q + value.toPlainString() + (printed == null ? "" : " (\"" + printed + "\")");
  }
}
