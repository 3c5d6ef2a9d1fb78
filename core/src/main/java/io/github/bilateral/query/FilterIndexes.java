package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.Assessment;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.Figure;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.Relation;

/**
 * What each filter's facts are indexed by: one place for the attribute names that the filters'
 * criteria look up ({@code "kind"}, {@code "place"}, ...), so that the criteria that several
 * filters share ({@link ByKind}, {@link ByStatus}, {@link ByPlace}, {@link ByActor}) find the same
 * attribute under the same name in every kind's index.
 */
final class FilterIndexes {

  private FilterIndexes() {}

  static KindIndex<Actor> actors(ImmutableList<Actor> actors) {
    return KindIndex.of(actors)
        .byOne("kind", Actor::kind)
        .byOptional("country", a -> a.country())
        .by("officeIn", a -> a.offices().stream()
            .flatMap(o -> o.organisation().stream())
            .collect(ImmutableList.toImmutableList()))
        .build();
  }

  static KindIndex<Agreement> agreements(ImmutableList<Agreement> agreements) {
    return KindIndex.of(agreements)
        .by("party", Agreement::parties)
        .byOne("kind", Agreement::kind)
        .byOne("status", Agreement::status)
        .by("place", Agreement::places)
        .dated(Agreement::date)
        .build();
  }

  static KindIndex<Event> events(ImmutableList<Event> events) {
    return KindIndex.of(events)
        .by("actor", Event::actors)
        .by("place", Event::places)
        .byOne("kind", Event::kind)
        .by("related", Event::related)
        .dated(Event::date)
        .build();
  }

  /** Assessments have no filter of their own; an actor's profile finds the ones that concern it. */
  static KindIndex<Assessment> assessments(ImmutableList<Assessment> assessments) {
    return KindIndex.of(assessments)
        .by("actor", Assessment::actors)
        .build();
  }

  static KindIndex<Figure> figures(ImmutableList<Figure> figures) {
    return KindIndex.of(figures)
        .byOne("measure", Figure::measure)
        .by("actor", Figure::actors)
        .by("place", Figure::places)
        .dated(Figure::date)
        .build();
  }

  static KindIndex<Loan> loans(ImmutableList<Loan> loans) {
    return KindIndex.of(loans)
        .by("lender", Loan::lenders)
        .by("borrower", Loan::borrowers)
        .byOne("kind", Loan::kind)
        .byOne("status", Loan::status)
        .byOptional("currency", l -> l.amount().map(a -> a.currency()))
        .by("place", Loan::places)
        .dated(Loan::date)
        .build();
  }

  static KindIndex<Recommendation> recommendations(ImmutableList<Recommendation> recommendations) {
    return KindIndex.of(recommendations)
        .by("addressee", Recommendation::addressees)
        .by("subject", Recommendation::subjects)
        .by("theme", Recommendation::themes)
        .by("instrument", Recommendation::instruments)
        .by("evidence", Recommendation::evidence)
        .byOne("status", Recommendation::status)
        .build();
  }

  static KindIndex<Relation> relations(ImmutableList<Relation> relations) {
    return KindIndex.of(relations)
        .byOne("from", Relation::from)
        .byOne("to", Relation::to)
        .by("actor", r -> ImmutableList.of(r.from(), r.to()))
        .byOne("kind", Relation::kind)
        .dated(Relation::date)
        .build();
  }

  static KindIndex<Citation> citations(ImmutableList<Citation> citations) {
    return KindIndex.of(citations)
        .byOptional("outlet", c -> c.outlet().map(Names::fold))
        .by("author", c -> c.authors().stream().map(Names::fold).collect(ImmutableList.toImmutableList()))
        .byOptional("year", c -> c.date().map(d -> d.year()))
        .byOne("footnote", Citation::footnote)
        .dated(Citation::date)
        .build();
  }
}
