package io.github.bilateral.query;

import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Sourcing;
import java.util.Objects;

/**
 * One value of one fact with its sourcing: the fact, the field's name in the fact's shape (such as
 * {@code "date"}) and how the value is sourced, its own entry in the fact's provenance or else the
 * fact's (see {@link io.github.bilateral.model.Provenance#basisOf(String)}).
 *
 * <pre>{@code
 * for (SourcedValue v : q.bases().values(Basis.OUTSIDE_KNOWLEDGE)) {
 *   System.out.println(v.fact() + "." + v.field() + ": " + v.sourcing().note().orElse(""));
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SourcedValue {

  private final FactRef fact;
  private final String field;
  private final Sourcing sourcing;

  SourcedValue(FactRef fact, String field, Sourcing sourcing) {
    this.fact = fact;
    this.field = field;
    this.sourcing = sourcing;
  }

  /** {@return the fact that holds the value} */
  public FactRef fact() {
    return fact;
  }

  /** {@return the field's name in the fact's shape, such as {@code "amount"}} */
  public String field() {
    return field;
  }

  /** {@return how the value is sourced} */
  public Sourcing sourcing() {
    return sourcing;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourcedValue && ((SourcedValue) o).fact.equals(fact) && ((SourcedValue) o).field.equals(field)
        && ((SourcedValue) o).sourcing.equals(sourcing);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fact, field, sourcing);
  }

  /** Returns the value as text, such as {@code loan:china-rollover-2023-07.amount: footnote}. */
  @Override
  public String toString() {
    return fact + "." + field + ": " + sourcing.basis().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
