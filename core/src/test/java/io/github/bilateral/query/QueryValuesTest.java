package io.github.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Report;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The answers of the query package are values: two queries of the same report give equal answers, and
 * answers to different questions differ. Each answer is computed twice, by two independent queries, so
 * that equality is never identity.
 */
class QueryValuesTest {

  private static final Report REPORT = Reports.usPakistan2023();
  private static final Currency USD = Currency.getInstance("USD");
  private static final ActorId CHINA = ActorId.of("china");
  private static final ActorId PAKISTAN = ActorId.of("pakistan");
  private static final ActorId IMF = ActorId.of("imf");

  private final ReportQuery one = ReportQuery.of(REPORT);
  private final ReportQuery two = ReportQuery.of(REPORT);

  @Test
  void evidenceIsEqualForTheSameFact() {
    FactRef rec = FactRef.parse("recommendation:rec-04");
    FactRef loan = REPORT.loans().get(0).ref();
    new EqualsTester()
        .addEqualityGroup(one.evidence(rec), two.evidence(rec))
        .addEqualityGroup(one.evidence(loan), two.evidence(loan))
        .testEquals();
    assertThat(one.evidence(rec).toString()).startsWith("Evidence[recommendation:rec-04: footnotes [");
  }

  @Test
  void nameMatchesAreEqualByFactNameQualityAndDistance() {
    new EqualsTester()
        .addEqualityGroup(one.searchActors("Kakr").get(0), two.searchActors("Kakr").get(0))
        .addEqualityGroup(one.searchActors("Kakar").get(0), two.searchActors("Kakar").get(0))
        .addEqualityGroup(one.searchActors("Pakistan").get(0))
        .testEquals();
    assertThat(one.searchActors("Kakr").get(0).toString()).startsWith("SIMILAR(1) 'Kakar': Actor{");
    assertThat(one.searchActors("Pakistan").get(0).toString()).startsWith("EXACT 'Pakistan': Actor{");
  }

  @Test
  void totalsAreEqualByTheirMoneyAndLoans() {
    List<Loan> all = one.loans().list();
    List<Loan> chinese = one.loans().lender(CHINA).list();
    MoneyTotals allTotals = MoneyTotals.of(all, Counting.EACH_SUM_ONCE);
    new EqualsTester()
        .addEqualityGroup(allTotals, MoneyTotals.of(all, Counting.EACH_SUM_ONCE))
        .addEqualityGroup(MoneyTotals.of(all, Counting.NEW_MONEY))
        .addEqualityGroup(MoneyTotals.of(chinese, Counting.EACH_SUM_ONCE))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(allTotals.in(USD).orElseThrow(), MoneyTotals.of(all, Counting.EACH_SUM_ONCE).in(USD).orElseThrow())
        .addEqualityGroup(MoneyTotals.of(chinese, Counting.EACH_SUM_ONCE).in(USD).orElseThrow())
        .testEquals();
    assertThat(allTotals.excluded()).isNotEmpty();
    new EqualsTester()
        .addEqualityGroup(allTotals.excluded().get(0), MoneyTotals.of(all, Counting.EACH_SUM_ONCE).excluded().get(0))
        .addEqualityGroup(allTotals.excluded().get(1))
        .testEquals();
    assertThat(allTotals.isEmpty()).isFalse();
    assertThat(MoneyTotals.of(List.of(), Counting.EACH_SUM_ONCE).isEmpty()).isTrue();
  }

  @Test
  void linksPathsAndRoutesAreEqualByTheirActorsAndLinks() {
    RelationGraph a = one.graph();
    RelationGraph b = two.graph();
    List<Link> links = a.links().asList();
    new EqualsTester()
        .addEqualityGroup(links.get(0), b.links().asList().get(0))
        .addEqualityGroup(links.get(1), b.links().asList().get(1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(a.shortestPaths(CHINA, PAKISTAN).get(0), b.shortestPaths(CHINA, PAKISTAN).get(0))
        .addEqualityGroup(a.shortestPaths(IMF, PAKISTAN).get(0), b.shortestPaths(IMF, PAKISTAN).get(0))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(a.shortestRoutes(CHINA, PAKISTAN).get(0), b.shortestRoutes(CHINA, PAKISTAN).get(0))
        .addEqualityGroup(a.shortestRoutes(IMF, PAKISTAN).get(0), b.shortestRoutes(IMF, PAKISTAN).get(0))
        .testEquals();
    Link first = links.get(0);
    assertThat(first.toString()).isEqualTo(first.from() + " " + first.kind() + " " + first.to() + " (" + first.source() + ")");
    assertThat(a.toString()).isEqualTo("RelationGraph[" + a.actors().size() + " actors, " + links.size() + " links]");
  }

  @Test
  void snapshotEntriesTimelineEntriesAndOfficeHoldingsAreValues() {
    LocalDate day = LocalDate.of(2023, 9, 1);
    List<Snapshot.Entry<Loan>> loans = one.asOf(day).outstandingLoans();
    new EqualsTester()
        .addEqualityGroup(loans.get(0), two.asOf(day).outstandingLoans().get(0))
        .addEqualityGroup(loans.get(1), two.asOf(day).outstandingLoans().get(1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(one.timeline().entries().get(0), two.timeline().entries().get(0))
        .addEqualityGroup(one.timeline().entries().get(1), two.timeline().entries().get(1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(one.asOf(day).officeHolders().get(0).value(), two.asOf(day).officeHolders().get(0).value())
        .addEqualityGroup(one.asOf(day).officeHolders().get(1).value())
        .testEquals();
  }

  @Test
  void sourcedValuesAreEqualByFactFieldAndSourcing() {
    List<SourcedValue> values = one.bases().values();
    List<SourcedValue> again = two.bases().values();
    new EqualsTester()
        .addEqualityGroup(values.get(0), again.get(0))
        .addEqualityGroup(values.get(1), again.get(1))
        .testEquals();
    assertThat(values.get(0).toString()).startsWith(values.get(0).fact() + "." + values.get(0).field() + ": ");
  }

  @Test
  void supportingCitationsAreThoseTheFactDoesNotCiteItself() {
    one.facts().forEach(f -> {
      Evidence e = one.evidence(f.ref());
      assertThat(e.supportingCitations()).as(f.ref().toString()).noneMatch(e.citations()::contains);
    });
  }

  @Test
  void actorsAreFoundByCountry() {
    REPORT.actors().stream().filter(a -> a.country().isPresent()).forEach(a ->
        assertThat(one.actors().country(a.country().get()).list()).as(a.id().value()).contains(a));
  }

  @Test
  void queriesAndFiltersPrintWhatTheyHold() {
    assertThat(one.toString()).contains(REPORT.metadata().id().value());
    assertThat(one.loans().isEmpty()).isFalse();
    assertThat(one.loans().lender(ActorId.of("nobody")).isEmpty()).isTrue();
    assertThat(one.loans().stream()).containsExactlyElementsOf(one.loans().list());
  }
}
