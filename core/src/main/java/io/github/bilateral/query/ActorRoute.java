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
 * <p>This class is immutable and thread-safe.
 */
public final class ActorRoute {

  private final ImmutableList<ActorId> actors;
  private final ImmutableList<ImmutableSet<Link>> steps;

  ActorRoute(ImmutableList<ActorId> actors, ImmutableList<ImmutableSet<Link>> steps) {
    this.actors = actors;
    this.steps = steps;
  }

  /**
   * Returns the actors along the route.
   *
   * @return the actors, both ends included, not null
   */
  public ImmutableList<ActorId> actors() {
    return actors;
  }

  /**
   * Returns, for each step, the links between its two actors in either direction.
   *
   * @return one non-empty set per step, one fewer than the actors, not null
   */
  public ImmutableList<ImmutableSet<Link>> steps() {
    return steps;
  }

  /**
   * Returns the number of steps.
   *
   * @return the number of links an {@link ActorPath} along this route has
   */
  public int length() {
    return steps.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActorRoute && ((ActorRoute) o).actors.equals(actors) && ((ActorRoute) o).steps.equals(steps);
  }

  @Override
  public int hashCode() {
    return actors.hashCode() * 31 + steps.hashCode();
  }

  /**
   * Returns text such as {@code usaid -[LENDS_TO loan:usaid-aid]- pakistan -[ENGAGES_WITH
   * relation:china-engages-pakistan]- china}: each step's links, by kind and the fact behind it.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(actors.get(0).toString());
    for (int i = 0; i < steps.size(); i++) {
      sb.append(" -[")
          .append(steps.get(i).stream().map(l -> l.kind() + " " + l.source()).collect(Collectors.joining(", ")))
          .append("]- ")
          .append(actors.get(i + 1));
    }
    return sb.toString();
  }
}
