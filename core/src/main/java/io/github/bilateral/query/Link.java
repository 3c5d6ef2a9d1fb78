package io.github.bilateral.query;

import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Provenance;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * An edge of the {@link RelationGraph}: a typed, directed tie between two actors, with the fact it
 * comes from and where the report states that fact.
 *
 * <pre>{@code
 * for (Link link : q.graph().links(ActorId.of("imf"))) {
 *   System.out.println(link);   // ..., imf LENDS_TO pakistan (loan:imf-sba-2023), ...
 * }
 * }</pre>
 *
 * <p>Two links are equal when they join the same actors, in the same direction, with the same kind,
 * from the same fact: the provenance, which follows from the fact, is not compared. This record is
 * immutable and thread-safe.
 *
 * @param from the actor the link starts at
 * @param to the actor the link ends at
 * @param kind the kind of tie
 * @param source the fact the link comes from: a relation, loan, agreement, or (for an office) the person
 * @param provenance where the report states the source fact
 */
public record Link(ActorId from, ActorId to, LinkKind kind, FactRef source, Provenance provenance) {

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

  /**
   * Checks that {@code steps} lead along {@code actors}: one step fewer than the actors, each with
   * links, each link joining the step's two actors in either direction.
   */
  static void checkSteps(List<ActorId> actors, List<? extends Set<Link>> steps) {
    if (actors.size() != steps.size() + 1) {
      throw new IllegalArgumentException("A chain of " + actors.size() + " actors " + actors + " takes "
          + (actors.size() - 1) + " steps, not " + steps.size());
    }
    for (int i = 0; i < steps.size(); i++) {
      ActorId a = actors.get(i);
      ActorId b = actors.get(i + 1);
      if (steps.get(i).isEmpty()) {
        throw new IllegalArgumentException("Step " + (i + 1) + " from " + a + " to " + b + " has no link");
      }
      for (Link l : steps.get(i)) {
        if (!(l.from.equals(a) && l.to.equals(b) || l.from.equals(b) && l.to.equals(a))) {
          throw new IllegalArgumentException("Link " + l + " does not join " + a + " and " + b + " of step " + (i + 1));
        }
      }
    }
  }

  /**
   * Returns a chain as text: the actors in order, each pair of neighbours joined by what {@code step}
   * gives for the step between them (counted from 0).
   */
  static String chain(List<ActorId> actors, IntFunction<String> step) {
    StringBuilder sb = new StringBuilder(actors.get(0).toString());
    for (int i = 0; i + 1 < actors.size(); i++) {
      sb.append(step.apply(i)).append(actors.get(i + 1));
    }
    return sb.toString();
  }

  /** {@return whether {@code o} is a link between the same actors, of the same kind, from the same fact} */
  @Override
  public boolean equals(Object o) {
    return o instanceof Link l && from.equals(l.from) && to.equals(l.to) && kind == l.kind && source.equals(l.source);
  }

  /** {@return a hash of the ends, the kind and the source, as {@link #equals(Object)} compares them} */
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
