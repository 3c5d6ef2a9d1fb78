package io.github.bilateral.query;

import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Sourcing;

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
 * <p>This record is immutable and thread-safe; it is equal to another with the same fact, field and
 * sourcing.
 *
 * @param fact the fact that holds the value
 * @param field the field's name in the fact's shape, such as {@code "amount"}
 * @param sourcing how the value is sourced
 */
public record SourcedValue(FactRef fact, String field, Sourcing sourcing) {

  /** Returns the value as text, such as {@code loan:china-rollover-2023-07.amount: footnote}. */
  @Override
  public String toString() {
    return fact + "." + field + ": " + sourcing.basis().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
