package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import io.github.bilateral.model.ActorId;

/**
 * A chain of links from one actor to another in the {@link RelationGraph}, each link followed in
 * either direction.
 *
 * <pre>{@code
 * ActorPath p = q.graph().shortestPaths(ActorId.of("usaid"), ActorId.of("china")).get(0);
 * p.actors();   // [usaid, pakistan, china]
 * p.links();    // the two links, each with its fact
 * }</pre>
 *
 * <p>This record is immutable and thread-safe; it is equal to another through the same actors
 * along the same links.
 *
 * @param actors the actors along the path, both ends included
 * @param links the links along the path, in order; one fewer than the actors
 */
public record ActorPath(ImmutableList<ActorId> actors, ImmutableList<Link> links) {

  /**
   * Makes a path.
   *
   * @param actors the actors along the path, both ends included, not null
   * @param links the links along the path, in order, not null
   * @throws IllegalArgumentException unless each link joins an actor to the next one
   */
  public ActorPath {
    Link.checkSteps(actors, Lists.transform(links, ImmutableSet::of));
  }

  /** {@return the number of links} */
  public int length() {
    return links.size();
  }

  /** Returns text such as {@code usaid -LENDS_TO-> pakistan <-LENDS_TO- china}. */
  @Override
  public String toString() {
    return Link.chain(actors, i -> {
      Link l = links.get(i);
      boolean forward = l.from().equals(actors.get(i));
      return (forward ? " -" : " <-") + l.kind() + (forward ? "-> " : "- ");
    });
  }
}
