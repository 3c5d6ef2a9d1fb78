package io.github.bilateral.model;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A quantity that is not money, as a source states it: an {@link Estimate} with a unit, such as
 * "at least 3 million" Afghans ({@code at least 3000000 people}) or "around 10%" ({@code
 * approximately 10 percent}).
 *
 * <pre>{@code
 * Quantity q = Quantity.of(Estimate.of(Estimate.Qualifier.AT_LEAST, new BigDecimal("3000000")), "people");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractQuantity implements KeepsUnknownFields {

  private static final Pattern UNIT = Pattern.compile("[a-z][a-z0-9 -]*");

  /** {@return the number and its hedging} */
  @Value.Parameter
  public abstract Estimate estimate();

  /** {@return the unit in lowercase words, such as {@code people}, {@code percent} or {@code kilometres}} */
  @Value.Parameter
  public abstract String unit();

  @Value.Check
  void check() {
    if (!UNIT.matcher(unit()).matches()) {
      throw new IllegalArgumentException(
          "Invalid Quantity.unit (lowercase words such as \"people\" expected): \"" + unit() + "\"");
    }
  }
}
