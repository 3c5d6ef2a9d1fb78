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
 */
@Value.Immutable
public abstract class AbstractConversion {

  /** The amount before conversion. */
  public abstract Amount from();

  /** Units of the new currency per unit of the original; positive. */
  public abstract BigDecimal rate();

  /** The day the rate applies to. */
  public abstract LocalDate date();

  /** Where the rate comes from. */
  public abstract String source();

  @Value.Check
  protected void check() {
    if (rate().signum() <= 0) {
      throw new IllegalArgumentException(
          "Invalid Conversion.rate (must be positive): " + rate().toPlainString());
    }
    if (source().isBlank()) {
      throw new IllegalArgumentException("Invalid Conversion.source (must not be blank): \"" + source() + "\"");
    }
  }
}
