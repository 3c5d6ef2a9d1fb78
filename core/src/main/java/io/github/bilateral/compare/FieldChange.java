package io.github.bilateral.compare;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One value that differs between two paired facts (or two reports' metadata): its path in the
 * fact's canonical JSON, such as {@code amount.value} or {@code lenders[0]}, and the value before and
 * after as compact JSON text, such as {@code 3000000000} or {@code "rolled-over"}. A value that is
 * absent on one side (the canonical form leaves out empty lists, absent values and defaults) is
 * empty there. Lists of the same length are compared element by element; a list whose length
 * changed is one change of the whole list.
 *
 * <pre>{@code
 * FieldChange c = diff.changed().get(0).changes().get(0);
 * c.path();       // "amount.value"
 * c.oldValue();   // Optional[3000000000]
 * c.newValue();   // Optional[3100000000]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FieldChange {

  private final ImmutableList<Object> segments;
  private final @Nullable Node oldNode;
  private final @Nullable Node newNode;

  FieldChange(ImmutableList<Object> segments, @Nullable Node oldNode, @Nullable Node newNode) {
    this.segments = segments;
    this.oldNode = oldNode;
    this.newNode = newNode;
  }

  /** {@return the path, field names joined by dots and list positions in brackets: {@code offices[1].title}; not null} */
  public String path() {
    StringBuilder b = new StringBuilder();
    for (Object s : segments) {
      if (s instanceof Integer) {
        b.append('[').append(s).append(']');
      } else {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(s);
      }
    }
    return b.toString();
  }

  /** {@return the path as an RFC 6901 JSON Pointer from the fact, such as {@code /amount/value}; not null} */
  public String pointer() {
    StringBuilder b = new StringBuilder();
    for (Object s : segments) {
      b.append('/').append(s.toString().replace("~", "~0").replace("/", "~1"));
    }
    return b.toString();
  }

  /** {@return the top-level field the change is in, such as {@code amount}; not null} */
  public String field() {
    return segments.isEmpty() ? "" : segments.get(0).toString();
  }

  /** {@return whether the change is in the fact's provenance (where and on what basis the report states it)} */
  public boolean isProvenance() {
    return field().equals("provenance");
  }

  /** {@return the value before, as compact JSON text; empty when the first fact does not hold it} */
  public Optional<String> oldValue() {
    return Optional.ofNullable(oldNode).map(Node::toJson);
  }

  /** {@return the value after, as compact JSON text; empty when the second fact does not hold it} */
  public Optional<String> newValue() {
    return Optional.ofNullable(newNode).map(Node::toJson);
  }

  @Nullable Node oldNode() {
    return oldNode;
  }

  @Nullable Node newNode() {
    return newNode;
  }

  /**
   * Returns the change the other way round: the new value becomes the old one.
   *
   * @return the inverse change, not null
   */
  public FieldChange inverse() {
    return new FieldChange(segments, newNode, oldNode);
  }

  ImmutableList<Object> segments() {
    return segments;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof FieldChange)) {
      return false;
    }
    FieldChange c = (FieldChange) o;
    return segments.equals(c.segments) && Objects.equals(oldNode, c.oldNode) && Objects.equals(newNode, c.newNode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(segments, oldNode, newNode);
  }

  /** {@return {@code path: old -> new}, an absent value shown as {@code (absent)}} */
  @Override
  public String toString() {
    return path() + ": " + oldValue().orElse("(absent)") + " -> " + newValue().orElse("(absent)");
  }

  static FieldChange of(ImmutableList<Object> segments, @Nullable Node oldNode, @Nullable Node newNode) {
    requireNonNull(segments, "segments");
    return new FieldChange(segments, oldNode, newNode);
  }
}
