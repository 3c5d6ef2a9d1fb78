package io.github.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The dated criteria of every filter, answered from each kind's date index, against the plain test of
 * one date at a time ({@link DateRange#matches}) over the bundled report's lists; and the unnamed
 * actors of a profile against a walk of the actors.
 */
class DatedCriteriaTest {

  private final Report report = Reports.usPakistan2023();
  // A query of its own: its indexes are built here.
  private final ReportQuery q = ReportQuery.of(report);

  private static List<DateRange> ranges() {
    List<DateRange> ranges = new ArrayList<>();
    for (int year = 1947; year <= 2025; year++) {
      ranges.add(DateRange.parse(Integer.toString(year)));
    }
    for (int month = 1; month <= 12; month++) {
      ranges.add(DateRange.parse(String.format("2023-%02d", month)));
      ranges.add(DateRange.parse(String.format("2023-%02d-15..2023-%02d-15", month, month)));
    }
    for (String text : new String[] {"..2019", "2020..", "2022-06..2023-06", "2023-08-09", ".."}) {
      ranges.add(DateRange.parse(text));
    }
    return ranges;
  }

  private static <T> List<T> walk(List<T> facts, Function<T, Optional<PartialDate>> date, DateRange range,
      DateMatch match) {
    return facts.stream().filter(f -> date.apply(f).map(d -> range.matches(d, match)).orElse(false))
        .collect(Collectors.toList());
  }

  @Test
  void everyRangeSelectsWhatTheDateTestSelects() {
    int matched = 0;
    for (DateRange range : ranges()) {
      for (DateMatch match : DateMatch.values()) {
        assertThat(q.events().dated(range, match).list()).as("events %s %s", match, range)
            .isEqualTo(walk(report.events(), e -> e.date(), range, match));
        assertThat(q.loans().dated(range, match).list()).as("loans %s %s", match, range)
            .isEqualTo(walk(report.loans(), l -> l.date(), range, match));
        assertThat(q.agreements().dated(range, match).list()).as("agreements %s %s", match, range)
            .isEqualTo(walk(report.agreements(), a -> a.date(), range, match));
        assertThat(q.figures().dated(range, match).list()).as("figures %s %s", match, range)
            .isEqualTo(walk(report.figures(), f -> f.date(), range, match));
        assertThat(q.citations().dated(range, match).list()).as("citations %s %s", match, range)
            .isEqualTo(walk(report.citations(), c -> c.date(), range, match));
        matched += q.events().dated(range, match).count();
      }
    }
    assertThat(matched).isPositive();
  }

  @Test
  void aProfileListsTheUnnamedActorsThatMayBeItsActor() {
    int listed = 0;
    for (Actor actor : report.actors()) {
      List<Actor> expected = report.actors().stream()
          .filter(x -> x.possibleIdentities().stream().anyMatch(p -> p.actor().equals(actor.id())))
          .collect(Collectors.toList());
      assertThat(q.profile(actor.id()).possiblyIdentifiedIn()).as(actor.id().value()).isEqualTo(expected);
      listed += expected.size();
    }
    assertThat(listed).as("some unnamed actor in the report may be a named one").isPositive();
  }
}
