package io.github.bilateral.model;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An amount of money as a source states it: an {@link Estimate} in one currency, such as "around
 * $30 billion" ({@code approximately 30000000000 USD}) or "£580m" ({@code 580000000 GBP}).
 *
 * <p>Where the amount was converted from another currency, {@link #conversion()} keeps the original
 * amount, the rate, its date and the rate's source. Amounts in different currencies are never added
 * together by this library.
 *
 * <pre>{@code
 * Amount a = Amount.of(Estimate.exact(new BigDecimal("3000000000")), Currency.getInstance("USD"));
 * a.point();   // Optional[USD 3000000000]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractAmount implements KeepsUnknownFields {

  /** {@return the number and its hedging, in units of {@link #currency()}} */
  @Value.Parameter
  public abstract Estimate estimate();

  /** {@return the ISO 4217 currency} */
  @Value.Parameter
  public abstract Currency currency();

  /** {@return how this amount was converted from another currency, if it was} */
  public abstract Optional<Conversion> conversion();

  /**
   * Returns the point value as exact money, such as {@code USD 3000000000}.
   *
   * @return the money, or empty for a vague amount such as "billions", which has no point value
   */
  public final Optional<Money> point() {
    return estimate().value().map(v -> Money.of(v, currency()));
  }

  /** {@return the bounds of the amount in units of its currency (see {@link Estimate#range()})} */
  public final Range<BigDecimal> range() {
    return estimate().range();
  }

  @Value.Check
  void check() {
    conversion().ifPresent(c -> {
      if (c.from().currency().equals(currency())) {
        throw new IllegalArgumentException("Invalid Amount.conversion (converted from the same currency "
            + currency().getCurrencyCode() + "): " + c);
      }
      if (c.from().conversion().isPresent()) {
        throw new IllegalArgumentException(
            "Invalid Amount.conversion (the original amount must not itself be converted): " + c);
      }
    });
  }
}
