package io.github.bilateral.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An exact amount of money in one currency, such as {@code USD 3000000000}.
 *
 * <p>The amount is a {@link BigDecimal} in units of the currency (never a {@code double}, never
 * scaled to millions) and may be negative only as the result of {@link #minus(Money)}. Money in two
 * currencies is never added: {@link #plus(Money)} refuses. For an amount as a source states it, with
 * its hedging, see {@link Amount}.
 *
 * <pre>{@code
 * Money m = Money.of(new BigDecimal("3000000000"), Currency.getInstance("USD"));
 * m.plus(Money.of(new BigDecimal("2000000000"), m.currency()));   // USD 5000000000
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * {@return {@code amount} units of {@code currency}}
   *
   * @param amount the amount in units, not null
   * @param currency the currency, not null
   */
  public static Money of(BigDecimal amount, Currency currency) {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
    BigDecimal stripped = amount.stripTrailingZeros();
    return new Money(stripped.scale() < 0 ? stripped.setScale(0) : stripped, currency);
  }

  /** The amount of {@link #parse}: digits, an optional fraction, a minus sign only for a difference. */
  private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /**
   * Parses the form printed by {@link #toString()}, such as {@code "USD 3000000000"}.
   *
   * @param text the text, an ISO 4217 code, a space and a plain number: digits with an optional
   *     fraction after a point, a minus sign before them for a difference ({@link #minus}); no plus
   *     sign and no exponent; not null
   * @return the money
   * @throws IllegalArgumentException if the text is malformed or the currency code unknown
   */
  public static Money parse(CharSequence text) {
    String s = text.toString();
    int space = s.indexOf(' ');
    if (space != 3) {
      throw new IllegalArgumentException(
          "Invalid Money (expected a currency code, a space and an amount, such as \"USD 3000000000\"): \""
              + s + "\"");
    }
    Currency currency;
    try {
      currency = Currency.getInstance(s.substring(0, 3));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid Money (unknown ISO 4217 currency code \""
          + s.substring(0, 3) + "\"): \"" + s + "\"", e);
    }
    String amount = s.substring(4);
    BigDecimal value;
    try {
      value = new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Invalid Money (malformed amount): \"" + s + "\"", e);
    }
    if (!PLAIN_NUMBER.matcher(amount).matches()) {
      throw new IllegalArgumentException("Invalid Money (a plain number such as 3000000000 or 6.5 expected,"
          + " without a plus sign or an exponent): \"" + s + "\"");
    }
    return of(value, currency);
  }

  /** {@return the amount in units of the currency} */
  public BigDecimal amount() {
    return amount;
  }

  /** {@return the currency} */
  public Currency currency() {
    return currency;
  }

  /**
   * {@return the sum of this and {@code other}} This instance is unaffected.
   *
   * @param other the money to add, in the same currency, not null
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money plus(Money other) {
    checkSameCurrency(other, "add");
    return of(amount.add(other.amount), currency);
  }

  /**
   * {@return this minus {@code other}} This instance is unaffected.
   *
   * @param other the money to take away, in the same currency, not null
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money minus(Money other) {
    checkSameCurrency(other, "subtract");
    return of(amount.subtract(other.amount), currency);
  }

  private void checkSameCurrency(Money other, String verb) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("Cannot " + verb + " " + other + " and " + this
          + ": the currencies differ; convert one first");
    }
  }

  /**
   * Orders by currency code, then by amount.
   */
  @Override
  public int compareTo(Money other) {
    int byCurrency = currency.getCurrencyCode().compareTo(other.currency.getCurrencyCode());
    return byCurrency != 0 ? byCurrency : amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money && ((Money) o).amount.equals(amount) && ((Money) o).currency.equals(currency);
  }

  @Override
  public int hashCode() {
    return amount.hashCode() * 31 + currency.hashCode();
  }

  /** Returns the text that {@link #parse(CharSequence)} reads, such as {@code "USD 3000000000"}. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}
