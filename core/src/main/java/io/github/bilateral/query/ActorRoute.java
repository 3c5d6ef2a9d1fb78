package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.bilateral.model.ActorId;
import java.util.stream.Collectors;

/**
 * A chain of actors from one actor to another in the {@link RelationGraph}, with every link that
 * joins each actor to the next: one route stands for all the {@link ActorPath}s through the same
 * actors, whichever parallel links they take.
 *
 * <pre>{@code
 * ActorRoute r = q.graph().shortestRoutes(ActorId.of("usaid"), ActorId.of("china")).get(0);
 * r.actors();          // [usaid, pakistan, china]
 * r.steps().get(0);    // every link between usaid and pakistan, each with the fact behind it
 * }</pre>
 *
 * <p>This record is immutable and thread-safe; it is equal to another through the same actors with
 * the same links at each step.
 *
 * @param actors the actors along the route, both ends included
 * @param steps for each step, the links between its two actors in either direction: one non-empty
 *     set per step, one fewer than the actors
 */
public record ActorRoute(ImmutableList<ActorId> actors, ImmutableList<ImmutableSet<Link>> steps) {

  /**
   * Makes a route.
   *
   * @param actors the actors along the route, both ends included, not null
   * @param steps for each step, the links between its two actors, not null
   * @throws IllegalArgumentException unless each step has links and each of them joins an actor to the
   *     next one
   */
  public ActorRoute {
    Link.checkSteps(actors, steps);
  }

  /**
   * Returns the number of steps.
   *
   * @return the number of links an {@link ActorPath} along this route has
   */
  public int length() {
    return steps.size();
  }

  /**
   * Returns text such as {@code usaid -[LENDS_TO loan:usaid-aid]- pakistan -[ENGAGES_WITH
   * relation:china-engages-pakistan]- china}: each step's links, by kind and the fact behind it.
   */
  @Override
  public String toString() {
    return Link.chain(actors,
        i -> " -[" + steps.get(i).stream().map(l -> l.kind() + " " + l.source()).collect(Collectors.joining(", ")) + "]- ");
  }
}
