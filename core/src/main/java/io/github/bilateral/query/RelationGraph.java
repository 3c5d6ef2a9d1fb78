package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.graph.ImmutableNetwork;
import com.google.common.graph.NetworkBuilder;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.AgreementStatus;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.Relation;
import io.github.bilateral.model.Report;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actors of a report and the typed links between them, as a Guava
 * {@link com.google.common.graph.Network}: directed, with parallel links (China both lends to and
 * is allied with Pakistan), each link carrying the fact it comes from and that fact's provenance.
 *
 * <p>Every link comes from one fact, and every relational fact gives its links: each relation, each
 * lender and borrower of a loan, each pair of parties to an agreement that exists (not one the
 * report calls absent or not materialised), each person's office in an organisation; see
 * {@link LinkKind}. Every actor is a node, linked or not. Paths follow links in
 * either direction.
 *
 * <pre>{@code
 * RelationGraph g = q.graph();
 * g.neighbours(ActorId.of("imf"));                          // who the IMF is linked to
 * g.shortestRoutes(ActorId.of("usaid"), ActorId.of("china"));   // each chain of actors once
 * g.subgraph(LinkKind.LENDS_TO).network().edges();          // the money only
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RelationGraph {

  private final ImmutableNetwork<ActorId, Link> network;

  private RelationGraph(ImmutableNetwork<ActorId, Link> network) {
    this.network = network;
  }

  static RelationGraph of(Report report) {
    ImmutableNetwork.Builder<ActorId, Link> b = NetworkBuilder.directed()
        .allowsParallelEdges(true)
        .allowsSelfLoops(true)
        .immutable();
    for (Actor actor : report.actors()) {
      b.addNode(actor.id());
    }
    for (Link link : links(report)) {
      b.addEdge(link.from(), link.to(), link);
    }
    return new RelationGraph(b.build());
  }

  /** Returns every link the facts of {@code report} imply, in the order of the facts. */
  static ImmutableList<Link> links(Report report) {
    ImmutableList.Builder<Link> out = ImmutableList.builder();
    Set<Link> seen = new LinkedHashSet<>();
    for (Relation r : report.relations()) {
      seen.add(new Link(r.from(), r.to(), LinkKind.of(r.kind()), r.ref(), r.provenance()));
    }
    for (Loan loan : report.loans()) {
      for (ActorId lender : loan.lenders()) {
        for (ActorId borrower : loan.borrowers()) {
          seen.add(new Link(lender, borrower, LinkKind.LENDS_TO, loan.ref(), loan.provenance()));
        }
      }
    }
    for (Agreement a : report.agreements()) {
      if (!exists(a)) {
        continue;
      }
      for (int i = 0; i < a.parties().size(); i++) {
        for (int j = i + 1; j < a.parties().size(); j++) {
          seen.add(new Link(a.parties().get(i), a.parties().get(j), LinkKind.PARTY_WITH, a.ref(), a.provenance()));
        }
      }
    }
    for (Actor actor : report.actors()) {
      for (Office office : actor.offices()) {
        office.organisation().ifPresent(org ->
            seen.add(new Link(actor.id(), org, LinkKind.HOLDS_OFFICE_IN, actor.ref(), actor.provenance())));
      }
    }
    return out.addAll(seen).build();
  }

  /**
   * Returns whether an agreement ties its parties: one the report says is absent ("no water-sharing
   * treaty") or did not materialise is no link between them.
   */
  static boolean exists(Agreement a) {
    return a.status() != AgreementStatus.ABSENT && a.status() != AgreementStatus.NOT_MATERIALISED;
  }

  /** {@return the graph as a Guava network, to use with Guava's graph utilities} */
  public ImmutableNetwork<ActorId, Link> network() {
    return network;
  }

  /** {@return the actors, in the report's order} */
  public ImmutableSet<ActorId> actors() {
    return ImmutableSet.copyOf(network.nodes());
  }

  /** {@return every link, in the order of the facts they come from} */
  public ImmutableSet<Link> links() {
    return ImmutableSet.copyOf(network.edges());
  }

  /**
   * {@return the actors linked to {@code actor} in either direction}
   *
   * @param actor an actor of this graph, not null
   * @throws IllegalArgumentException if the actor is not in this graph
   */
  public ImmutableSet<ActorId> neighbours(ActorId actor) {
    return ImmutableSet.copyOf(network.adjacentNodes(require(actor)));
  }

  /**
   * {@return the links that start or end at {@code actor}}
   *
   * @param actor an actor of this graph, not null
   * @throws IllegalArgumentException if the actor is not in this graph
   */
  public ImmutableSet<Link> links(ActorId actor) {
    return ImmutableSet.copyOf(network.incidentEdges(require(actor)));
  }

  /**
   * {@return the links between {@code a} and {@code b}, in either direction}
   *
   * @param a one actor of this graph, not null
   * @param b the other actor, not null
   * @throws IllegalArgumentException if an actor is not in this graph
   */
  public ImmutableSet<Link> linksBetween(ActorId a, ActorId b) {
    return ImmutableSet.<Link>builder()
        .addAll(network.edgesConnecting(require(a), require(b)))
        .addAll(network.edgesConnecting(b, a))
        .build();
  }

  /**
   * {@return every shortest path from {@code from} to {@code to}, following links in either
   * direction; empty if they are not connected} Paths through parallel links are distinct paths.
   * Ordered by their text.
   *
   * @param from the actor the paths start at, not null
   * @param to the actor the paths end at, not null
   * @throws IllegalArgumentException if an actor is not in this graph
   */
  public ImmutableList<ActorPath> shortestPaths(ActorId from, ActorId to) {
    Map<ActorId, Integer> distance = distancesTo(from, to);
    if (!distance.containsKey(from)) {
      return ImmutableList.of();
    }
    List<ActorPath> out = new ArrayList<>();
    walk(from, to, distance.get(from), distance, new ArrayList<>(List.of(from)), new ArrayList<>(), out);
    return sorted(out);
  }

  /**
   * Returns every shortest route from {@code from} to {@code to}: each distinct chain of actors once,
   * with all the links of each step, following links in either direction; empty if they are not
   * connected. Where {@link #shortestPaths} gives one path per choice of parallel links (their number
   * is the product of the links at each step), this gives one route per chain of actors. Ordered by
   * the actors' ids along the route.
   *
   * @param from the actor to start at, not null
   * @param to the actor to reach, not null
   * @return the routes, not null
   * @throws IllegalArgumentException if an actor is not in this graph
   */
  public ImmutableList<ActorRoute> shortestRoutes(ActorId from, ActorId to) {
    Map<ActorId, Integer> distance = distancesTo(from, to);
    if (!distance.containsKey(from)) {
      return ImmutableList.of();
    }
    List<ActorRoute> out = new ArrayList<>();
    route(from, to, distance, new ArrayList<>(List.of(from)), out);
    return out.stream()
        .sorted(Comparator.comparing(r -> r.actors().toString()))
        .collect(ImmutableList.toImmutableList());
  }

  private void route(ActorId at, ActorId to, Map<ActorId, Integer> distance, List<ActorId> actors,
      List<ActorRoute> out) {
    if (at.equals(to)) {
      ImmutableList.Builder<ImmutableSet<Link>> steps = ImmutableList.builder();
      for (int i = 0; i + 1 < actors.size(); i++) {
        steps.add(linksBetween(actors.get(i), actors.get(i + 1)));
      }
      out.add(new ActorRoute(ImmutableList.copyOf(actors), steps.build()));
      return;
    }
    for (ActorId next : network.adjacentNodes(at)) {
      if (Integer.valueOf(distance.get(at) - 1).equals(distance.get(next))) {
        actors.add(next);
        route(next, to, distance, actors, out);
        actors.remove(actors.size() - 1);
      }
    }
  }

  /** Returns the number of links from each actor connected to {@code to}, found breadth first. */
  private Map<ActorId, Integer> distancesTo(ActorId from, ActorId to) {
    require(from);
    require(to);
    Map<ActorId, Integer> distance = new HashMap<>();
    Deque<ActorId> queue = new ArrayDeque<>();
    distance.put(to, 0);
    queue.add(to);
    while (!queue.isEmpty()) {
      ActorId n = queue.poll();
      for (ActorId m : network.adjacentNodes(n)) {
        if (!distance.containsKey(m)) {
          distance.put(m, distance.get(n) + 1);
          queue.add(m);
        }
      }
    }
    return distance;
  }

  /**
   * {@return every path from {@code from} to {@code to} of at most {@code maxLinks} links that
   * visits no actor twice, following links in either direction; shortest first, then by text} The
   * number of paths grows fast with {@code maxLinks}; 2 or 3 is usually enough.
   *
   * @param from the actor the paths start at, not null
   * @param to the actor the paths end at, not null
   * @param maxLinks the most links a path may have, from 1
   * @throws IllegalArgumentException if an actor is not in this graph or {@code maxLinks} is
   *     negative
   */
  public ImmutableList<ActorPath> paths(ActorId from, ActorId to, int maxLinks) {
    require(from);
    require(to);
    if (maxLinks < 0) {
      throw new IllegalArgumentException("maxLinks must not be negative: " + maxLinks);
    }
    List<ActorPath> out = new ArrayList<>();
    walk(from, to, maxLinks, null, new ArrayList<>(List.of(from)), new ArrayList<>(), out);
    return sorted(out);
  }

  private void walk(ActorId at, ActorId to, int budget, Map<ActorId, Integer> distance,
      List<ActorId> actors, List<Link> links, List<ActorPath> out) {
    if (at.equals(to) && !links.isEmpty() || at.equals(to) && actors.size() == 1) {
      out.add(new ActorPath(ImmutableList.copyOf(actors), ImmutableList.copyOf(links)));
      return;
    }
    if (budget == 0) {
      return;
    }
    for (Link link : network.incidentEdges(at)) {
      ActorId next = link.other(at);
      if (actors.contains(next)) {
        continue;
      }
      if (distance != null && !Integer.valueOf(budget - 1).equals(distance.get(next))) {
        continue;
      }
      actors.add(next);
      links.add(link);
      walk(next, to, budget - 1, distance, actors, links, out);
      actors.remove(actors.size() - 1);
      links.remove(links.size() - 1);
    }
  }

  private static ImmutableList<ActorPath> sorted(List<ActorPath> paths) {
    return paths.stream()
        .sorted(Comparator.comparingInt(ActorPath::length).thenComparing(ActorPath::toString))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the graph of the same actors with only the links of the given kinds}
   *
   * @param first a kind of link to keep, not null
   * @param rest more kinds of link to keep, not null
   */
  public RelationGraph subgraph(LinkKind first, LinkKind... rest) {
    EnumSet<LinkKind> kinds = EnumSet.of(first);
    kinds.addAll(Arrays.asList(rest));
    return subgraph(kinds);
  }

  /**
   * {@return the graph of the same actors with only the links of the given kinds}
   *
   * @param kinds the kinds of link to keep, not null
   */
  public RelationGraph subgraph(Set<LinkKind> kinds) {
    ImmutableNetwork.Builder<ActorId, Link> b = NetworkBuilder.from(network).immutable();
    network.nodes().forEach(b::addNode);
    for (Link link : network.edges()) {
      if (kinds.contains(link.kind())) {
        b.addEdge(link.from(), link.to(), link);
      }
    }
    return new RelationGraph(b.build());
  }

  private ActorId require(ActorId actor) {
    if (!network.nodes().contains(actor)) {
      throw new IllegalArgumentException("Actor '" + actor + "' is not in this graph; its nodes are the report's actors");
    }
    return actor;
  }

  @Override
  public String toString() {
    return "RelationGraph[" + network.nodes().size() + " actors, " + network.edges().size() + " links]";
  }
}
