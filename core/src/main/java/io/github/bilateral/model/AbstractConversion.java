package io.github.bilateral.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * How an {@link Amount} was converted from another currency: the original amount, the rate (units
 * of the new currency per unit of the original), the rate's date and its source, such as
 * {@code from GBP 580000000 at 1.2 on 2023-02-23 (source "Bank of England")}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * BigDecimal usdPerGbp = new BigDecimal("1.2");   // an illustration: take the rate from a source you name
 * BigDecimal pounds = new BigDecimal("580000000");
 * Conversion fromPounds = Conversion.builder()
 *     .from(Amount.of(Estimate.exact(pounds), Currency.getInstance("GBP")))
 *     .rate(usdPerGbp).date(LocalDate.of(2023, 2, 23)).source("the source you name")
 *     .build();
 * Amount dollars = Amount.of(Estimate.exact(pounds.multiply(usdPerGbp)), Currency.getInstance("USD"))
 *     .withConversion(fromPounds);
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractConversion implements KeepsUnknownFields {

  /** {@return the amount before conversion} */
  // The attribute is the fact's own word for its start; with it, the builder has no from(instance)
  // initializer (use copyOf(instance) and the with... copies instead), which is what Immutables warns about.
  @SuppressWarnings("immutables:from")
  public abstract Amount from();

  /** {@return units of the new currency per unit of the original; positive, without trailing zeros} */
  public abstract BigDecimal rate();

  /** {@return the day the rate applies to} */
  public abstract LocalDate date();

  /** {@return where the rate comes from} */
  public abstract String source();

  /**
   * Checks the rate and the source, and keeps the rate without trailing zeros (1.20 becomes 1.2).
   *
   * @return this conversion, or a copy whose rate has no trailing zeros
   */
  @Value.Check
  AbstractConversion normalise() {
    if (rate().signum() <= 0) {
      throw new IllegalArgumentException(
          "Invalid Conversion.rate (must be positive): " + rate().toPlainString());
    }
    if (Checks.blank(source())) {
      throw new IllegalArgumentException("Invalid Conversion.source (must not be blank): \"" + source() + "\"");
    }
    BigDecimal normal = Estimate.normalise(rate());
    return normal.equals(rate()) ? this : Conversion.copyOf(this).withRate(normal);
  }
}
