package io.github.bilateral.compare;

import io.github.bilateral.model.FactKind;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fact of one report that an {@link Alignment} paired with none of the other's: its kind, id,
 * position in its list, and its canonical JSON.
 *
 * <pre>{@code
 * for (UnpairedFact f : ReportDiff.between(old, changed).added()) {
 *   System.out.println(f.kind().word() + " " + f.id());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnpairedFact {

  private final FactKind kind;
  private final String id;
  private final int index;
  private final Node node;

  UnpairedFact(FactKind kind, String id, int index, Node node) {
    this.kind = kind;
    this.id = id;
    this.index = index;
    this.node = node;
  }

  /** {@return the fact's kind; not null} */
  public FactKind kind() {
    return kind;
  }

  /** {@return the fact's id, such as {@code imf}, or for a citation its footnote number; not null} */
  public String id() {
    return id;
  }

  /** {@return the fact's position in its list, from 0} */
  public int index() {
    return index;
  }

  /** {@return the fact's canonical JSON, compact; not null} */
  public String json() {
    return node.toJson();
  }

  Node node() {
    return node;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof UnpairedFact)) {
      return false;
    }
    UnpairedFact f = (UnpairedFact) o;
    return kind == f.kind && id.equals(f.id) && index == f.index && node.equals(f.node);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id, index, node);
  }

  /** {@return {@code loan imf-sba-2023}} */
  @Override
  public String toString() {
    return kind.word() + " " + id;
  }
}
