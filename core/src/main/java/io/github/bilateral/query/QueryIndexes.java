package io.github.bilateral.query;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.Assessment;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Figure;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Place;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.Relation;
import io.github.bilateral.model.Report;
import java.lang.ref.WeakReference;
import java.util.function.Supplier;

/**
 * The indexes of one report, each built on first use. They hold the report's facts but only a weak
 * reference to the report itself, so that a cache of them keyed weakly by the report lets the report
 * go: a query, which holds its report, is what keeps it alive while the indexes are used.
 */
final class QueryIndexes {
  private final WeakReference<Report> of;
  final Supplier<Bases> bases;
  final Supplier<KindIndex<Actor>> actors;
  final Supplier<KindIndex<Loan>> loans;
  final Supplier<KindIndex<Agreement>> agreements;
  final Supplier<KindIndex<Recommendation>> recommendations;
  final Supplier<KindIndex<Event>> events;
  final Supplier<KindIndex<Figure>> figures;
  final Supplier<KindIndex<Citation>> citations;
  final Supplier<KindIndex<Relation>> relations;
  final Supplier<KindIndex<Assessment>> assessments;
  final Supplier<NameIndex<Actor>> actorNames;
  final Supplier<NameIndex<Place>> placeNames;
  final Supplier<ImmutableMap<FactRef, Fact>> byRef;
  final Supplier<ImmutableListMultimap<Integer, Fact>> byFootnote;
  final Supplier<ImmutableListMultimap<ActorId, OfficeHolding>> holdersByOrganisation;
  final Supplier<RelationGraph> graph;
  final Supplier<Timeline> timeline;

  QueryIndexes(Report report) {
    this.of = new WeakReference<>(report);
    this.bases = Suppliers.memoize(() -> Bases.of(report()));
    this.actors = Suppliers.memoize(() -> FilterIndexes.actors(report().actors()));
    this.loans = Suppliers.memoize(() -> FilterIndexes.loans(report().loans()));
    this.agreements = Suppliers.memoize(() -> FilterIndexes.agreements(report().agreements()));
    this.recommendations = Suppliers.memoize(() -> FilterIndexes.recommendations(report().recommendations()));
    this.events = Suppliers.memoize(() -> FilterIndexes.events(report().events()));
    this.figures = Suppliers.memoize(() -> FilterIndexes.figures(report().figures()));
    this.citations = Suppliers.memoize(() -> FilterIndexes.citations(report().citations()));
    this.relations = Suppliers.memoize(() -> FilterIndexes.relations(report().relations()));
    this.assessments = Suppliers.memoize(() -> FilterIndexes.assessments(report().assessments()));
    // An unnamed actor's name is our description, not a printed name: look-ups reach it only by id or alias.
    this.actorNames = Suppliers.memoize(() -> NameIndex.build(report().actors(),
        a -> NameIndex.withId(a.id().value(), a.unnamed() ? a.aliases() : a.names())));
    this.placeNames = Suppliers.memoize(() -> NameIndex.build(report().places(), p -> NameIndex.withId(p.id().value(), p.names())));
    this.byRef = Suppliers.memoize(() -> FactMaps.byRef(ReportQuery.facts(report())));
    this.byFootnote = Suppliers.memoize(() -> FactMaps.byFootnote(ReportQuery.facts(report())));
    this.holdersByOrganisation = Suppliers.memoize(() -> FactMaps.holdersByOrganisation(report()));
    this.graph = Suppliers.memoize(() -> RelationGraph.of(report()));
    this.timeline = Suppliers.memoize(() -> Timeline.of(report()));
  }

  /** The report, which a query that uses these indexes holds. */
  private Report report() {
    Report r = of.get();
    if (r == null) {
      throw new IllegalStateException("the report of these indexes is no longer held");
    }
    return r;
  }
}
