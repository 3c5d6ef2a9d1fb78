package io.github.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.io.Reports;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.ConcernsActors;
import io.github.bilateral.model.ConcernsPlaces;
import io.github.bilateral.model.Place;
import io.github.bilateral.model.Relation;
import io.github.bilateral.model.Report;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The criteria that several filters share, asked through their shared types the way generic code
 * asks them, against a plain walk of the bundled report's lists.
 */
class SharedCriteriaTest {

  private final Report report = Reports.usPakistan2023();
  // A query of its own, not the shared one: its indexes are built by these tests, which is what
  // they check.
  private final ReportQuery q = ReportQuery.of(report);

  /** Narrows any filter over facts that concern places, without knowing its kind. */
  private static <S extends FactFilter<?> & ByPlace<S>> S at(S filter, Place place) {
    return filter.place(place.id());
  }

  private static <T extends ConcernsPlaces> List<T> walk(List<T> facts, Place place) {
    return facts.stream().filter(f -> f.places().contains(place.id())).collect(Collectors.toList());
  }

  @Test
  void everyPlaceSelectsWhatAWalkOfEachKindSelects() {
    int matched = 0;
    for (Place place : report.places()) {
      assertThat(at(q.loans(), place).list()).isEqualTo(walk(report.loans(), place));
      assertThat(at(q.events(), place).list()).isEqualTo(walk(report.events(), place));
      assertThat(at(q.figures(), place).list()).isEqualTo(walk(report.figures(), place));
      assertThat(at(q.agreements(), place).list()).isEqualTo(walk(report.agreements(), place));
      matched += at(q.loans(), place).count();
    }
    assertThat(matched).as("some money in the report is about a place").isPositive();
  }

  @Test
  void everyActorSelectsTheFactsThatInvolveIt() {
    Function<Relation, List<ActorId>> ends = r -> List.of(r.from(), r.to());
    for (var actor : report.actors()) {
      ActorId id = actor.id();
      assertThat(q.events().actor(id).list()).isEqualTo(involving(report.events(), id));
      assertThat(q.figures().actor(id).list()).isEqualTo(involving(report.figures(), id));
      assertThat(q.relations().actor(id).list())
          .isEqualTo(report.relations().stream().filter(r -> ends.apply(r).contains(id)).collect(Collectors.toList()));
    }
  }

  private static <T extends ConcernsActors> List<T> involving(List<T> facts, ActorId actor) {
    return facts.stream().filter(f -> f.actors().contains(actor)).collect(Collectors.toList());
  }

  @Test
  void kindAndStatusNarrowEachFilterAsAWalkDoes() {
    for (var kind : io.github.bilateral.model.LoanKind.values()) {
      assertThat(q.loans().kind(kind).list())
          .isEqualTo(report.loans().stream().filter(l -> l.kind() == kind).collect(Collectors.toList()));
    }
    for (var status : io.github.bilateral.model.AgreementStatus.values()) {
      assertThat(q.agreements().status(status).list())
          .isEqualTo(report.agreements().stream().filter(a -> a.status() == status).collect(Collectors.toList()));
    }
    for (var status : io.github.bilateral.model.RecommendationStatus.values()) {
      assertThat(q.recommendations().status(status).list())
          .isEqualTo(report.recommendations().stream().filter(r -> r.status() == status).collect(Collectors.toList()));
    }
  }

  @Test
  void everyPrintedAuthorAndOutletFindsItsCitationsFolded() {
    int authors = 0;
    for (var citation : report.citations()) {
      for (String author : citation.authors()) {
        authors++;
        assertThat(q.citations().author(author).list()).contains(citation)
            .allSatisfy(c -> assertThat(c.authors().stream().map(Names::fold)).contains(Names.fold(author)));
        assertThat(q.citations().author(author.toUpperCase(java.util.Locale.ROOT)).list())
            .isEqualTo(q.citations().author(author).list());
      }
      citation.outlet().ifPresent(outlet -> assertThat(q.citations().outlet(outlet).list()).contains(citation)
          .allSatisfy(c -> assertThat(c.outlet().map(Names::fold)).contains(Names.fold(outlet))));
    }
    assertThat(authors).as("the report's footnotes name authors").isPositive();
  }

  @Test
  void aSharedCriterionShowsInTheFilterText() {
    assertThat(q.loans().place(report.places().get(0).id()).kind(io.github.bilateral.model.LoanKind.ROLLOVER))
        .hasToString("LoanFilter[place=" + report.places().get(0).id() + ", kind=ROLLOVER]");
  }
}
