package io.github.bilateral.compare;

import io.github.bilateral.model.FactKind;
import java.util.Locale;

/**
 * Two facts of one kind that an {@link Alignment} paired: the fact's id and position in the first
 * report, the same in the second, how they were paired and the content score.
 *
 * <pre>{@code
 * FactPair p = Alignment.of(old, changed).pairs(FactKind.LOAN).get(0);
 * p.kind();      // LOAN
 * p.pairing();   // ID
 * }</pre>
 *
 * <p>This record is immutable and thread-safe; it is equal to another with the same kind, ids,
 * positions, pairing and score.
 *
 * @param kind the kind of both facts; not null
 * @param oldId the fact's id in the first report, such as {@code imf} or, for a citation, {@code 52}; not null
 * @param oldIndex the fact's position in its list in the first report, from 0
 * @param newId the fact's id in the second report; not null
 * @param newIndex the fact's position in its list in the second report, from 0
 * @param pairing how the facts were paired; not null
 * @param score the content score of the pair, from 0 to 1 (see {@link Alignment}); 1 for a pair made by
 *     id, whose content is not scored
 */
public record FactPair(FactKind kind, String oldId, int oldIndex, String newId, int newIndex, Pairing pairing,
    double score) {

  /** {@return the pair the other way round} */
  FactPair inverse() {
    return new FactPair(kind, newId, newIndex, oldId, oldIndex, pairing, score);
  }

  /** {@return {@code loan imf-sba-2023 (id)} or {@code actor imf -> imf-2 (content 0.92)}} */
  @Override
  public String toString() {
    return kind.word() + " " + (oldId.equals(newId) ? oldId : oldId + " -> " + newId) + " ("
        + (pairing == Pairing.ID ? "id" : "content " + String.format(Locale.ROOT, "%.2f", score)) + ")";
  }
}
