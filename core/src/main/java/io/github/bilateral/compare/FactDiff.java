package io.github.bilateral.compare;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.FactKind;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What differs between two paired facts: the pair, the changes of substance (every field but the
 * provenance) and, apart, the changes of provenance (the sections, footnotes, page and basis that
 * say where the report states the fact).
 *
 * <pre>{@code
 * for (FactDiff d : ReportDiff.between(old, changed).changed()) {
 *   System.out.println(d.pair() + ": " + d.changes());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FactDiff {

  private final FactPair pair;
  private final ImmutableList<FieldChange> all;

  FactDiff(FactPair pair, ImmutableList<FieldChange> all) {
    this.pair = pair;
    this.all = all;
  }

  /** {@return the two facts compared; not null} */
  public FactPair pair() {
    return pair;
  }

  /** {@return the kind of the two facts; not null} */
  public FactKind kind() {
    return pair.kind();
  }

  /** {@return the changes of substance, in the order of the fields in the canonical form; not null} */
  public ImmutableList<FieldChange> changes() {
    return all.stream().filter(c -> !c.isProvenance()).collect(ImmutableList.toImmutableList());
  }

  /** {@return the changes in the provenance; not null} */
  public ImmutableList<FieldChange> provenanceChanges() {
    return all.stream().filter(FieldChange::isProvenance).collect(ImmutableList.toImmutableList());
  }

  /** {@return every change, substance and provenance, in the order of the fields; not null} */
  public ImmutableList<FieldChange> allChanges() {
    return all;
  }

  /** {@return whether the two facts have the same canonical JSON} */
  public boolean isEmpty() {
    return all.isEmpty();
  }

  FactDiff inverse() {
    return new FactDiff(pair.inverse(), all.stream().map(FieldChange::inverse).collect(ImmutableList.toImmutableList()));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FactDiff && pair.equals(((FactDiff) o).pair) && all.equals(((FactDiff) o).all);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pair, all);
  }

  /** {@return the pair, then each change on a line of its own} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(pair.toString());
    for (FieldChange c : all) {
      b.append("\n  ").append(c);
    }
    return b.toString();
  }
}
