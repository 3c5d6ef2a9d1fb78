package io.github.bilateral.query;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.PossibleIdentity;
import io.github.bilateral.model.Provenance;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.Sourcing;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The maps {@link ReportQuery} builds over a report's facts: by reference, by footnote, by office. */
final class FactMaps {

  private FactMaps() {}

  /** Returns each fact by its reference; of two facts with one reference, the first. */
  static ImmutableMap<FactRef, Fact> byRef(Stream<Fact> facts) {
    Map<FactRef, Fact> map = new LinkedHashMap<>();
    facts.forEach(f -> map.putIfAbsent(f.ref(), f));
    return ImmutableMap.copyOf(map);
  }

  /** Returns the facts that cite each footnote (see {@link #footnotes}), in the order given. */
  static ImmutableListMultimap<Integer, Fact> byFootnote(Stream<Fact> facts) {
    ImmutableListMultimap.Builder<Integer, Fact> b = ImmutableListMultimap.builder();
    facts.forEach(f -> footnotes(f).forEach(n -> b.put(n, f)));
    return b.build();
  }

  /**
   * Returns every footnote {@code fact} cites, ascending and once each: the footnotes of its
   * provenance, those that give the value of one of its fields ({@link Provenance#fields()}) and, for
   * an actor, those behind its possible identities.
   */
  static ImmutableSortedSet<Integer> footnotes(Fact fact) {
    ImmutableSortedSet.Builder<Integer> b = ImmutableSortedSet.naturalOrder();
    b.addAll(fact.provenance().footnotes());
    for (Sourcing s : fact.provenance().fields().values()) {
      b.addAll(s.footnotes());
    }
    if (fact instanceof Actor actor) {
      for (PossibleIdentity p : actor.possibleIdentities()) {
        b.addAll(p.footnotes());
      }
    }
    return b.build();
  }

  /** Returns the holders of the offices in each organisation, in the report's order of actors. */
  static ImmutableListMultimap<ActorId, OfficeHolding> holdersByOrganisation(Report report) {
    ImmutableListMultimap.Builder<ActorId, OfficeHolding> b = ImmutableListMultimap.builder();
    for (Actor a : report.actors()) {
      for (Office o : a.offices()) {
        o.organisation().ifPresent(org -> b.put(org, new OfficeHolding(a.id(), o)));
      }
    }
    return b.build();
  }
}
