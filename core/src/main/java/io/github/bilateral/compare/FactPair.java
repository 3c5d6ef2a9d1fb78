package io.github.bilateral.compare;

import io.github.bilateral.model.FactKind;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Two facts of one kind that an {@link Alignment} paired: the fact's id and position in the first
 * report, the same in the second, how they were paired and the content score.
 *
 * <pre>{@code
 * FactPair p = Alignment.of(old, changed).pairs().get(0);
 * p.kind();      // LOAN
 * p.pairing();   // ID
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FactPair {

  private final FactKind kind;
  private final String oldId;
  private final String newId;
  private final int oldIndex;
  private final int newIndex;
  private final Pairing pairing;
  private final double score;

  FactPair(FactKind kind, String oldId, int oldIndex, String newId, int newIndex, Pairing pairing, double score) {
    this.kind = kind;
    this.oldId = oldId;
    this.newId = newId;
    this.oldIndex = oldIndex;
    this.newIndex = newIndex;
    this.pairing = pairing;
    this.score = score;
  }

  /** {@return the kind of both facts; not null} */
  public FactKind kind() {
    return kind;
  }

  /** {@return the fact's id in the first report, such as {@code imf} or, for a citation, {@code 52}; not null} */
  public String oldId() {
    return oldId;
  }

  /** {@return the fact's id in the second report; not null} */
  public String newId() {
    return newId;
  }

  /** {@return the fact's position in its list in the first report, from 0} */
  public int oldIndex() {
    return oldIndex;
  }

  /** {@return the fact's position in its list in the second report, from 0} */
  public int newIndex() {
    return newIndex;
  }

  /** {@return how the facts were paired; not null} */
  public Pairing pairing() {
    return pairing;
  }

  /**
   * Returns the content score of the pair, from 0 to 1 (see {@link Alignment}); 1 for a pair made by
   * id, whose content is not scored.
   *
   * @return the score
   */
  public double score() {
    return score;
  }

  /** {@return the pair the other way round} */
  FactPair inverse() {
    return new FactPair(kind, newId, newIndex, oldId, oldIndex, pairing, score);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof FactPair)) {
      return false;
    }
    FactPair p = (FactPair) o;
    return kind == p.kind && oldId.equals(p.oldId) && newId.equals(p.newId) && oldIndex == p.oldIndex
        && newIndex == p.newIndex && pairing == p.pairing && score == p.score;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, oldId, newId, oldIndex, newIndex, pairing, score);
  }

  /** {@return {@code loan imf-sba-2023 (id)} or {@code actor imf -> imf-2 (content 0.92)}} */
  @Override
  public String toString() {
    return kind.word() + " " + (oldId.equals(newId) ? oldId : oldId + " -> " + newId) + " ("
        + (pairing == Pairing.ID ? "id" : "content " + String.format(Locale.ROOT, "%.2f", score)) + ")";
  }
}
