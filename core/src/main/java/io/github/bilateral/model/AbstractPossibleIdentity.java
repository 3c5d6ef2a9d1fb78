package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named actor that an {@linkplain Actor#unnamed() unnamed} actor may be, with the basis of that
 * guess: never a merge of the two. The report may speak of "the U.S. ambassador" where the dates
 * suggest one named person; the possible identity records that suggestion, not a fact.
 *
 * <pre>{@code
 * PossibleIdentity p = PossibleIdentity.builder()
 *     .actor(ActorId.of("donald-blome"))
 *     .basis(Basis.OUTSIDE_KNOWLEDGE)
 *     .note("He was the U.S. ambassador in Pakistan at the report's date; the report names no one.")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractPossibleIdentity implements KeepsUnknownFields {

  /** {@return the named actor this one may be} */
  public abstract ActorId actor();

  /** {@return how the possible identity is sourced} */
  public abstract Basis basis();

  /** {@return the footnotes that support it, ascending, each at least 1} */
  public abstract ImmutableList<Integer> footnotes();

  /** {@return why, in our words; required for {@link Basis#INFERRED} and {@link Basis#OUTSIDE_KNOWLEDGE}} */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    AbstractSourcing.check("PossibleIdentity '" + actor() + "'", basis(), footnotes(), note());
  }
}
