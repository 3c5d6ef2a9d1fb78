package io.github.bilateral.query;

import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Provenance;
import java.util.Objects;

/**
 * An edge of the {@link RelationGraph}: a typed, directed tie between two actors, with the fact it
 * comes from and where the report states that fact.
 *
 * <pre>{@code
 * for (Link link : q.graph().links(ActorId.of("imf"))) {
 *   System.out.println(link);   // imf LENDS_TO pakistan (loan:imf-sba-2023)
 * }
 * }</pre>
 *
 * <p>Two links are equal when they join the same actors, in the same direction, with the same kind,
 * from the same fact. This class is immutable and thread-safe.
 */
public final class Link {

  private final ActorId from;
  private final ActorId to;
  private final LinkKind kind;
  private final FactRef source;
  private final Provenance provenance;

  Link(ActorId from, ActorId to, LinkKind kind, FactRef source, Provenance provenance) {
    this.from = from;
    this.to = to;
    this.kind = kind;
    this.source = source;
    this.provenance = provenance;
  }

  /** {@return the actor the link starts at} */
  public ActorId from() {
    return from;
  }

  /** {@return the actor the link ends at} */
  public ActorId to() {
    return to;
  }

  /** {@return the kind of tie} */
  public LinkKind kind() {
    return kind;
  }

  /** {@return the fact the link comes from: a relation, loan, agreement, or (for an office) the person} */
  public FactRef source() {
    return source;
  }

  /** {@return where the report states the source fact} */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * {@return the actor at the other end from {@code actor}}
   *
   * @param actor one end of this link, not null
   */
  public ActorId other(ActorId actor) {
    if (actor.equals(from)) {
      return to;
    }
    if (actor.equals(to)) {
      return from;
    }
    throw new IllegalArgumentException("Actor '" + actor + "' is not an end of " + this);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Link)) {
      return false;
    }
    Link l = (Link) o;
    return from.equals(l.from) && to.equals(l.to) && kind == l.kind && source.equals(l.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, kind, source);
  }

  /** Returns text such as {@code imf LENDS_TO pakistan (loan:imf-sba-2023)}. */
  @Override
  public String toString() {
    return from + " " + kind + " " + to + " (" + source + ")";
  }
}
