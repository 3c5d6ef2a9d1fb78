package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
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
 * <p>This class is immutable and thread-safe.
 */
public final class ActorPath {

  private final ImmutableList<ActorId> actors;
  private final ImmutableList<Link> links;

  ActorPath(ImmutableList<ActorId> actors, ImmutableList<Link> links) {
    this.actors = actors;
    this.links = links;
  }

  /** {@return the actors along the path, both ends included} */
  public ImmutableList<ActorId> actors() {
    return actors;
  }

  /** {@return the links along the path, in order; one fewer than the actors} */
  public ImmutableList<Link> links() {
    return links;
  }

  /** {@return the number of links} */
  public int length() {
    return links.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActorPath && ((ActorPath) o).links.equals(links) && ((ActorPath) o).actors.equals(actors);
  }

  @Override
  public int hashCode() {
    return actors.hashCode() * 31 + links.hashCode();
  }

  /** Returns text such as {@code usaid -LENDS_TO-> pakistan <-LENDS_TO- china}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(actors.get(0).toString());
    for (int i = 0; i < links.size(); i++) {
      Link l = links.get(i);
      boolean forward = l.from().equals(actors.get(i));
      sb.append(forward ? " -" : " <-").append(l.kind()).append(forward ? "-> " : "- ").append(actors.get(i + 1));
    }
    return sb.toString();
  }

}
