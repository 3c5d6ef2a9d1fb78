package io.github.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.AgreementStatus;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.Erratum;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.EventId;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Identifier;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanKind;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.RecommendationId;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.SectionId;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The report's questions, asked of the bundled dataset the way a user would ask them. */
class ReportQueryTest {

  private final Report report = Reports.usPakistan2023();
  private final ReportQuery q = ReportQuery.shared(report);

  private static final ActorId CHINA = ActorId.of("china");
  private static final ActorId PAKISTAN = ActorId.of("pakistan");
  private static final Currency USD = Currency.getInstance("USD");

  private static List<String> ids(List<? extends Fact> facts) {
    return facts.stream().map(f -> f.ref().id()).collect(Collectors.toList());
  }

  @Test
  void theQueryIsBuiltOncePerReport() {
    assertThat(ReportQuery.shared(report)).isSameAs(q);
    assertThat(ReportQuery.of(report)).isNotSameAs(q);
    assertThat(q.prepare()).isSameAs(q);
  }

  @Test
  void theSharedQueryLetsAReportNoLongerUsedBeCollected() throws InterruptedException {
    WeakReference<Report> copy = askedThenDropped();
    for (int i = 0; i < 100 && copy.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(copy.get() == null).as("a report asked through shared() and then dropped is collected").isTrue();
  }

  /** Asks a copy of the report every question through its shared query, and drops it. */
  private static WeakReference<Report> askedThenDropped() {
    Report copy = Report.builder().from(Reports.usPakistan2023()).build();
    ReportQuery shared = ReportQuery.shared(copy).prepare();
    assertThat(shared.profile(CHINA).moneyGiven()).isNotEmpty();
    assertThat(shared.loans().lender(CHINA).list()).isNotEmpty();
    assertThat(ReportQuery.shared(copy)).isSameAs(shared);
    return new WeakReference<>(copy);
  }

  @Test
  void everyFactIsFoundByItsId() {
    assertThat(q.facts()).hasSize(report.factCount() - report.sections().size());
    q.facts().forEach(f -> assertThat(q.find(f.ref())).as(f.ref().toString()).containsSame(f));
    assertThat(q.find(RecommendationId.of("rec-06")).map(Recommendation::number)).hasValue(6);
    assertThat(q.find(EventId.of("khan-arrest-2023-05-09"))).isPresent();
    assertThat(q.find(FactRef.parse("loan:no-such-loan"))).isEmpty();
    assertThatThrownBy(() -> q.find(FactRef.of(SectionId.of("recommendations"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Report.findSection");
  }

  @Test
  void namesAreFoundWhateverTheirCaseAccentsHyphensAndSpacing() {
    for (String name : List.of("Kakar", "anwar ul haq kakar", "ANWAAR-UL-HAQ KAKAR", "Anwar-ul-Haq Kakar",
        "anwar-ul-haq-kakar", "Kakar")) {
      assertThat(q.findActor(name).map(Actor::id)).as(name).hasValue(ActorId.of("anwar-ul-haq-kakar"));
    }
    assertThat(q.findActor("PML-N").map(Actor::id)).hasValue(ActorId.of("pml-n"));
    assertThat(q.findActor("pmln").map(Actor::id)).hasValue(ActorId.of("pml-n"));
    assertThat(q.findActor("pmln").map(Actor::name)).hasValue("Pakistan Muslim League (Nawaz)");
    assertThat(q.findActor("Pakistan Muslim League (Nawaz)").map(Actor::id)).hasValue(ActorId.of("pml-n"));
    assertThat(q.findActor("International Monetary Fund").map(Actor::id)).hasValue(ActorId.of("imf"));
    assertThat(q.findActor("Islamabad").map(Actor::id)).hasValue(PAKISTAN);
    assertThat(q.findPlace("durand line").map(p -> p.id().value())).hasValue("durand-line");
  }

  @Test
  void everyFactIsFoundByItsTypedId() {
    report.actors().forEach(f -> assertThat(q.find(f.id())).containsSame(f));
    report.places().forEach(f -> assertThat(q.find(f.id())).containsSame(f));
    report.loans().forEach(f -> assertThat(q.find(f.id())).containsSame(f));
    report.agreements().forEach(f -> assertThat(q.find(f.id())).containsSame(f));
    report.relations().forEach(f -> assertThat(q.find(f.id())).containsSame(f));
    report.recommendations().forEach(f -> assertThat(q.find(f.id())).containsSame(f));
    report.events().forEach(f -> assertThat(q.find(f.id())).containsSame(f));
    report.figures().forEach(f -> assertThat(q.find(f.id())).containsSame(f));
    report.assessments().forEach(f -> assertThat(q.find(f.id())).containsSame(f));
    report.errata().forEach(f -> assertThat(q.find(f.id())).containsSame(f));
    report.citations().forEach(c -> assertThat(q.citation(c.footnote())).containsSame(c));
    assertThat(q.citation(100_000)).isEmpty();
    assertThat(q.find(ActorId.of("nobody"))).isEmpty();
  }

  @Test
  void aNearMissIsRefusedWithRankedSuggestions() {
    assertThat(q.findActor("Kakr")).isEmpty();
    List<NameMatch<Actor>> matches = q.searchActors("Kakr");
    assertThat(matches.get(0).value().id()).isEqualTo(ActorId.of("anwar-ul-haq-kakar"));
    assertThat(matches.get(0).quality()).isEqualTo(NameMatch.Quality.SIMILAR);
    assertThat(matches.get(0).distance()).isEqualTo(1);
    assertThatThrownBy(() -> q.requireActor("Kakr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No actor named 'Kakr' in report mei-2023-us-pakistan; did you mean "
            + "anwar-ul-haq-kakar (Anwar-ul-Haq Kakar)?");
    assertThatThrownBy(() -> q.requireActor("Pakstan army"))
        .hasMessageContaining("did you mean pakistan-military");
  }

  @Test
  void searchRanksExactBeforeWordsBeforePrefixesBeforeNearMisses() {
    List<NameMatch<Actor>> matches = q.searchActors("Pakistan");
    assertThat(matches.get(0).value().id()).isEqualTo(PAKISTAN);
    assertThat(matches.get(0).quality()).isEqualTo(NameMatch.Quality.EXACT);
    assertThat(matches.stream().map(NameMatch::quality).collect(Collectors.toList()))
        .isSortedAccordingTo(Enum::compareTo);
    assertThat(matches).extracting(NameMatch::quality).contains(NameMatch.Quality.WORDS);
  }

  @Test
  void stopWordsAndShortTokensNeverMatchAlone() {
    for (String text : List.of("the", "to", "he", "k", "1", "of", "and")) {
      assertThat(q.findActor(text)).as(text).isEmpty();
      assertThat(q.searchActors(text)).as(text)
          .noneMatch(m -> m.quality() == NameMatch.Quality.WORDS || m.quality() == NameMatch.Quality.SIMILAR);
    }
  }

  @Test
  void aWordsOnlyHitIsASuggestionNotAMatch() {
    assertThat(q.findPlace("Pakistan")).isEmpty();
    assertThat(q.findPlace("Afghanistan")).isEmpty();
    assertThat(q.findActor("Anwar Kakar")).isEmpty();
    assertThat(q.searchActors("Anwar Kakar").get(0).value().id()).isEqualTo(ActorId.of("anwar-ul-haq-kakar"));
    assertThatThrownBy(() -> q.requireActor("Anwar Kakar"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No actor named 'Anwar Kakar' in report mei-2023-us-pakistan; its words are part of the "
            + "names of anwar-ul-haq-kakar (Anwar-ul-Haq Kakar); use an id or a whole name");
  }

  @Test
  void aNearMissOfAWholeNameRanksAboveANearMissOfOneWord() {
    assertThat(q.searchActors("Pakistann").get(0).value().id()).isEqualTo(PAKISTAN);
    assertThatThrownBy(() -> q.requireActor("Pakistann"))
        .hasMessageContaining("did you mean pakistan (Pakistan)");
  }

  @Test
  void anAmbiguousNameSaysWhichActorsItFits() {
    assertThat(q.findActor("government")).isEmpty();
    assertThatThrownBy(() -> q.requireActor("government"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("No actor named 'government' in report mei-2023-us-pakistan; its words are part "
            + "of the names of ")
        .hasMessageEndingWith("; use an id or a whole name");
  }

  @Test
  void chinasLoansToPakistan() {
    LoanFilter china = q.loans().lender(CHINA).borrower(PAKISTAN);
    assertThat(ids(china.list())).containsExactly(
        "china-assistance-to-pakistan", "china-deferral-2023", "china-gwadar-port-financing",
        "china-loan-2023-02-gbp", "china-ml-1-financing", "china-power-infrastructure-debt",
        "china-rollover-2023-03", "china-rollover-2023-07", "cpec-investments");
    assertThat(ids(china.kind(LoanKind.ROLLOVER).list()))
        .containsExactly("china-rollover-2023-03", "china-rollover-2023-07");
    assertThat(china.toString()).isEqualTo("LoanFilter[lender=china, borrower=pakistan]");
  }

  @Test
  void chinasMoneyIsTotalledPerCurrencyWithItsFuzzinessKept() {
    MoneyTotals totals = q.loans().lender(CHINA).borrower(PAKISTAN).totals();
    // around $30 billion of power debt, plus $2 billion rolled over in March; and £580m apart. The
    // $2.4 billion rolled over in July is part of the power debt (partOf), so it is not counted twice
    MoneyTotal usd = totals.in(USD).orElseThrow();
    assertThat(usd.point().orElseThrow().amount()).isEqualByComparingTo("32000000000");
    assertThat(usd.isExact()).isFalse();
    assertThat(usd.range().lowerEndpoint()).isEqualByComparingTo("29000000000");
    assertThat(usd.range().upperEndpoint()).isEqualByComparingTo("35000000000");
    assertThat(totals.in(Currency.getInstance("GBP")).orElseThrow().point().orElseThrow().amount())
        .isEqualByComparingTo("580000000");
    assertThat(totals.toString())
        .isEqualTo("GBP 580000000; USD ~32000000000 [29000000000..35000000000]");
    assertThat(totals.excluded()).extracting(e -> e.reason())
        .containsOnly(MoneyTotals.Reason.NO_AMOUNT, MoneyTotals.Reason.PART_OF_COUNTED_STOCK);
    assertThat(totals.excluded()).filteredOn(e -> e.reason() == MoneyTotals.Reason.PART_OF_COUNTED_STOCK)
        .extracting(e -> e.loan().id().value()).containsExactly("china-rollover-2023-07");

    // New money only: the rollovers, the deferral and the stock of power debt are not new
    MoneyTotals fresh = q.loans().lender(CHINA).borrower(PAKISTAN).totals(Counting.NEW_MONEY);
    assertThat(fresh.toString()).isEqualTo("GBP 580000000");
    assertThat(fresh.excluded()).filteredOn(e -> e.reason() == MoneyTotals.Reason.NOT_NEW_MONEY)
        .extracting(e -> e.loan().id().value())
        .containsExactly("china-power-infrastructure-debt", "china-rollover-2023-03", "china-rollover-2023-07");
  }

  @Test
  void totalsAreGroupedByLenderKindAndYear() {
    // the earlier $6.5 billion programme (its kind and year unprinted) is suspended: not committed money, kept apart
    assertThat(q.loans().totalsByLender().get(ActorId.of("imf")).toString())
        .isEqualTo("USD 3000000000; not committed: USD 6500000000");
    assertThat(q.loans().totalsByLender(Counting.NEW_MONEY).get(ActorId.of("imf")).toString())
        .isEqualTo("USD 3000000000; not committed: USD 6500000000");
    assertThat(q.loans().lender(CHINA).totals()).hasToString("GBP 580000000; USD ~32000000000 [29000000000..35000000000]");
    assertThat(q.loans().lender(CHINA).totals(Counting.NEW_MONEY)).hasToString("GBP 580000000");
    // the July 2023 rollover is part of the power debt, counted under the debt stocks: its own kind leaves it out
    MoneyTotals rollovers = q.loans().totalsByKind().get(LoanKind.ROLLOVER);
    assertThat(rollovers.toString()).isEqualTo("USD 2000000000");
    assertThat(rollovers.excluded()).extracting(e -> e.loan().id().value() + " " + e.reason())
        .containsExactly("china-rollover-2023-07 PART_OF_COUNTED_STOCK");
    assertThat(q.loans().totalsByYear().keySet()).containsExactly(2023);
    // 2023: the stand-by arrangement and the March rollover; the July rollover sits in the power debt and
    // the January flood pledge in the flood aid (both undated totals, counted once, in no year)
    MoneyTotals in2023 = q.loans().totalsByYear().get(2023);
    assertThat(in2023.toString()).isEqualTo("GBP 580000000; USD 5000000000");
    assertThat(in2023.excluded()).filteredOn(e -> e.reason() == MoneyTotals.Reason.PART_OF_COUNTED_STOCK)
        .extracting(e -> e.loan().id().value())
        .containsExactlyInAnyOrder("china-rollover-2023-07", "us-flood-pledge-2023-01");
  }

  @Test
  void whatUsaidIsAskedToDo() {
    List<Recommendation> recs = q.recommendations().addressee(ActorId.of("usaid")).list();
    assertThat(ids(recs)).containsExactly("rec-06");
    assertThat(q.profile(ActorId.of("usaid")).recommendationsAddressed()).isEqualTo(recs);
  }

  @Test
  void whatHappenedBetweenMayAndAugust2023() {
    DateRange summer = DateRange.parse("2023-05..2023-08");
    List<Event> may = q.events().dated(summer).list();
    List<Event> surely = q.events().dated(summer, DateMatch.WITHIN).list();
    assertThat(ids(may)).contains("khan-arrest-2023-05-09", "may-9-riots-2023-05-09", "khan-bail-2023-05-12");
    assertThat(surely).isSubsetOf(may);
    // the Canada-India spat (ongoing) and Samantha Power's visits (undated) no longer carry a made-up 2023
    assertThat(may).hasSize(42);
    assertThat(ids(may)).doesNotContain("india-canada-diplomatic-spat-2023", "samantha-powers-pakistan-visits-2023");
    assertThat(surely).hasSize(38);
    // an event dated only "2023" may have happened then, but not certainly
    assertThat(may).anyMatch(e -> e.date().equals(Optional.of(PartialDate.ofYear(2023))));
    assertThat(surely).noneMatch(e -> e.date().equals(Optional.of(PartialDate.ofYear(2023))));
    assertThat(surely).allMatch(e -> !e.date().orElseThrow().start().isBefore(LocalDate.of(2023, 5, 1))
        && !e.date().orElseThrow().end().isAfter(LocalDate.of(2023, 8, 31)));

    List<TimelineEntry> timeline = q.timeline().dated(summer, DateMatch.WITHIN).entries();
    assertThat(timeline).extracting(TimelineEntry::date).isSorted();
    assertThat(timeline).extracting(e -> e.ref().toString())
        .contains("event:khan-arrest-2023-05-09", "loan:imf-sba-2023", "loan:china-rollover-2023-07");
  }

  @Test
  void everythingAboutTheImf() {
    ActorProfile imf = q.profile(ActorId.of("imf"));
    assertThat(imf.actor().name()).isEqualTo("IMF");
    assertThat(ids(imf.moneyGiven())).containsExactly("imf-eff-2019", "imf-future-programme", "imf-sba-2023");
    assertThat(imf.moneyReceived()).isEmpty();
    assertThat(imf.events()).isNotEmpty().allMatch(e -> e.actors().contains(ActorId.of("imf")));
    assertThat(imf.relations()).allMatch(r -> r.from().equals(ActorId.of("imf")) || r.to().equals(ActorId.of("imf")));
    assertThat(imf.citations()).extracting(Citation::footnote).isSorted().contains(19);
    // every footnote of every fact in the profile is among its citations
    assertThat(imf.facts().flatMap(f -> f.provenance().footnotes().stream()).distinct())
        .allMatch(n -> imf.citations().stream().anyMatch(c -> c.footnote() == n));
    assertThat(q.recommendations().instrument(FactRef.parse("actor:imf")).list()).extracting(r -> r.number())
        .containsExactly(10);
  }

  @Test
  void anOrganisationsProfileListsWhoHoldsOfficeInIt() {
    ActorProfile caretakers = q.profile(ActorId.of("pakistan-caretaker-government"));
    assertThat(caretakers.officeHolders()).extracting(h -> h.holder().value()).contains("anwar-ul-haq-kakar");
    assertThat(q.actors().officeIn(ActorId.of("pakistan-caretaker-government")).list())
        .extracting(a -> a.id().value()).contains("anwar-ul-haq-kakar");
    assertThatThrownBy(() -> q.profile(ActorId.of("nobody"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No actor 'nobody'");
  }

  @Test
  void theGraphLinksActorsThroughTheirFacts() {
    RelationGraph g = q.graph();
    assertThat(g.actors()).hasSize(report.actors().size());
    assertThat(g.linksBetween(ActorId.of("imf"), PAKISTAN)).extracting(Link::source)
        .contains(FactRef.parse("loan:imf-sba-2023"), FactRef.parse("agreement:imf-sba-2023"));
    assertThat(g.neighbours(ActorId.of("imf"))).contains(PAKISTAN);
    List<ActorPath> paths = g.shortestPaths(ActorId.of("usaid"), CHINA);
    assertThat(paths).hasSize(39).allMatch(p -> p.length() == 2);
    assertThat(paths).extracting(p -> p.actors().get(1)).contains(PAKISTAN, ActorId.of("united-states"));
    assertThat(paths.get(0).toString()).isEqualTo("usaid -LENDS_TO-> pakistan -ENGAGES_WITH-> china");
    assertThat(g.paths(ActorId.of("usaid"), CHINA, 2)).containsAll(paths);
    RelationGraph money = g.subgraph(LinkKind.LENDS_TO);
    assertThat(money.links()).isNotEmpty().allMatch(l -> l.kind() == LinkKind.LENDS_TO);
    assertThat(money.actors()).isEqualTo(g.actors());
    assertThatThrownBy(() -> g.neighbours(ActorId.of("nobody")))
        .hasMessage("Actor 'nobody' is not in this graph; its nodes are the report's actors");
  }

  @Test
  void agreementsThatDoNotExistLinkNoParties() {
    RelationGraph g = q.graph();
    Set<FactRef> unreal = report.agreements().stream()
        .filter(a -> a.status() == AgreementStatus.ABSENT || a.status() == AgreementStatus.NOT_MATERIALISED)
        .map(Agreement::ref).collect(Collectors.toSet());
    assertThat(unreal).isNotEmpty();
    assertThat(g.links()).noneMatch(l -> unreal.contains(l.source()));
  }

  @Test
  void shortestRoutesAreDistinctActorChainsWithTheFactsBehindEachStep() {
    RelationGraph g = q.graph();
    List<ActorRoute> routes = g.shortestRoutes(ActorId.of("usaid"), CHINA);
    assertThat(routes).extracting(ActorRoute::actors).doesNotHaveDuplicates();
    assertThat(routes).extracting(r -> r.actors().get(1)).contains(PAKISTAN, ActorId.of("united-states"));
    long paths = 0;
    for (ActorRoute r : routes) {
      assertThat(r.length()).isEqualTo(2);
      long product = 1;
      for (int i = 0; i < r.length(); i++) {
        assertThat(r.steps().get(i)).isEqualTo(g.linksBetween(r.actors().get(i), r.actors().get(i + 1)));
        product *= r.steps().get(i).size();
      }
      paths += product;
    }
    assertThat(g.shortestPaths(ActorId.of("usaid"), CHINA)).hasSize((int) paths);
    assertThat(routes.get(0).toString()).startsWith("usaid -[").contains("loan:");
    assertThat(g.shortestRoutes(CHINA, CHINA)).singleElement().satisfies(r -> assertThat(r.length()).isZero());
  }

  @Test
  void theTimelineIsInDateOrderAndGroupsByYearAndMonth() {
    Timeline t = q.timeline();
    assertThat(t.entries()).extracting(TimelineEntry::date).isSorted();
    // an event without a date (noDate) has no place on the timeline
    assertThat(t.entries()).hasSize(121).hasSize((int) report.events().stream().filter(e -> e.date().isPresent()).count()
        + (int) report.loans().stream().filter(l -> l.date().isPresent()).count()
        + (int) report.agreements().stream().filter(a -> a.date().isPresent()).count());
    assertThat(t.byYear().firstKey()).isEqualTo(1893);
    // the Gaza war, the Canada-India spat, Samantha Power's visits and the dates of two amendments and of
    // the counterterrorism dialogue, which the report does not give, are no longer placed in 2023
    assertThat(t.byYear().get(2023)).hasSize(85).extracting(TimelineEntry::date).isSorted();
    assertThat(t.byYear().values().stream().mapToInt(List::size).sum()).isEqualTo(t.entries().size());
    assertThat(t.byMonth().values().stream().mapToInt(List::size).sum()).isEqualTo(t.entries().size());
    assertThat(t.byMonth().get(PartialDate.parse("2023-05"))).extracting(e -> e.ref().id())
        .contains("khan-arrest-2023-05-09");
    assertThat(t.involving(ActorId.of("imf")).entries()).isNotEmpty()
        .allMatch(e -> q.timeline().entries().contains(e));
  }

  @Test
  void onTheFirstOfSeptember2023KakarWasCaretakerPrimeMinister() {
    Snapshot s = q.asOf(LocalDate.of(2023, 9, 1));
    // the data gives their starts and no ends, so after their starts they possibly still held them
    assertThat(s.officeHolders()).hasToString("[possibly anwar-ul-haq-kakar: caretaker Prime Minister "
        + "(pakistan-caretaker-government), possibly asim-bajwa: CPEC Authority chairman (cpec-authority)]");
    assertThat(s.officeHolders()).anyMatch(e -> e.answer() == Snapshot.Answer.POSSIBLY
        && e.value().holder().equals(ActorId.of("anwar-ul-haq-kakar"))
        && e.value().office().title().equals("caretaker Prime Minister"));
    assertThat(s.outstandingLoans()).anyMatch(e -> e.certain() && e.value().id().value().equals("imf-sba-2023"));
    // Kakar took office in mid-August 2023: on the 15th he possibly held it, on 1 August not yet
    assertThat(q.asOf(LocalDate.of(2023, 8, 15)).officeHolders())
        .anyMatch(e -> !e.certain() && e.value().holder().value().equals("anwar-ul-haq-kakar"));
    assertThat(q.asOf(LocalDate.of(2023, 8, 1)).officeHolders())
        .noneMatch(e -> e.value().holder().value().equals("anwar-ul-haq-kakar"));
    // Imran Khan was Prime Minister from 2018 to April 2022
    assertThat(q.asOf(LocalDate.of(2020, 6, 1)).officeHolders())
        .anyMatch(e -> e.certain() && e.value().holder().value().equals("imran-khan"));
    assertThat(q.asOf(LocalDate.of(2022, 6, 1)).officeHolders())
        .noneMatch(e -> e.value().holder().value().equals("imran-khan"));
    // the nine-month stand-by arrangement of July 2023 had run out by mid-2024
    assertThat(q.asOf(LocalDate.of(2024, 6, 1)).outstandingLoans())
        .noneMatch(e -> e.value().id().value().equals("imf-sba-2023"));
    List<Agreement> inForce = s.agreementsInForce().stream().map(Snapshot.Entry::value).collect(Collectors.toList());
    assertThat(inForce).allMatch(a -> a.status() != AgreementStatus.PROPOSED && a.date().isPresent());
  }

  @Test
  void anOfficeWithoutAnEndIsCertainOnlyUpToWhatTheReportSupports() {
    // the CPEC Authority chairman's office starts in 2019, the year the body gives for the authority's
    // creation (footnote 58's November 2019 is the date of its article, not of the office); no end
    java.util.function.Function<LocalDate, List<Snapshot.Answer>> bajwa = day -> q.asOf(day).officeHolders()
        .stream().filter(e -> e.value().holder().value().equals("asim-bajwa")).map(Snapshot.Entry::answer)
        .collect(Collectors.toList());
    // certain only on the last day of 2019, the one day both started and not yet ended are sure
    assertThat(bajwa.apply(LocalDate.of(2019, 12, 31))).containsExactly(Snapshot.Answer.CERTAINLY);
    assertThat(bajwa.apply(LocalDate.of(2020, 1, 1))).containsExactly(Snapshot.Answer.POSSIBLY);
    assertThat(bajwa.apply(LocalDate.of(2019, 11, 30))).containsExactly(Snapshot.Answer.POSSIBLY);
    assertThat(bajwa.apply(LocalDate.of(2019, 1, 1))).containsExactly(Snapshot.Answer.POSSIBLY);
    assertThat(bajwa.apply(LocalDate.of(2023, 12, 15))).containsExactly(Snapshot.Answer.POSSIBLY);
    assertThat(bajwa.apply(LocalDate.of(2018, 12, 31))).isEmpty();
  }

  @Test
  void anUndatedFactIsPossibleOnTheReportsDateAndUnknownOnOtherDays() {
    LocalDate inReportMonth = LocalDate.of(2023, 12, 15);
    Snapshot december = q.asOf(inReportMonth);
    assertThat(december.outstandingLoans())
        .anyMatch(e -> e.value().id().value().equals("china-power-infrastructure-debt")
            && e.answer() == Snapshot.Answer.POSSIBLY);
    assertThat(december.agreementsInForce())
        .anyMatch(e -> e.value().id().value().equals("cpec") && e.answer() == Snapshot.Answer.POSSIBLY);
    Snapshot earlier = q.asOf(LocalDate.of(2021, 1, 1));
    assertThat(earlier.outstandingLoans()).noneMatch(e -> e.value().id().value().equals("china-power-infrastructure-debt"));
    assertThat(earlier.unknownLoans()).anyMatch(e -> e.value().id().value().equals("china-power-infrastructure-debt")
        && e.answer() == Snapshot.Answer.UNKNOWN);
    // an office has no status of its own: undated, it is unknown on every day
    assertThat(december.officeHolders()).noneMatch(e -> e.value().holder().value().equals("nawaz-sharif"));
    assertThat(december.unknownOffices()).anyMatch(e -> e.value().holder().value().equals("nawaz-sharif"));
    // money only proposed is never outstanding, nor unknown
    assertThat(december.outstandingLoans()).noneMatch(e -> e.value().id().value().equals("ifc-dfc-de-risking-finance"));
    assertThat(december.unknownLoans()).noneMatch(e -> e.value().id().value().equals("ifc-dfc-de-risking-finance"));
  }

  @Test
  void evidenceLeadsFromARecommendationToItsSourcesAndBack() {
    Evidence e = q.evidence(FactRef.parse("recommendation:rec-04"));
    assertThat(e.supporting()).contains(FactRef.parse("loan:ifc-dfc-de-risking-finance"));
    assertThat(e.sources()).isNotEmpty().extracting(Citation::footnote).isSorted();
    assertThat(e.urls()).containsExactly(
        "https://www.theguardian.com/world/2023/feb/23/pakistan-loan-china-intensifies-debt-burden-fears",
        "https://issi.org.pk/special-economic-zones-for-growth-and-competitiveness-in-pakistans-economy-learning-"
            + "from-global-experiences/");
    for (Citation c : e.sources()) {
      assertThat(c.ibid()).isEmpty();
    }
    // and back: the facts that cite footnote 19 include the stand-by arrangement
    assertThat(q.citing(19)).extracting(f -> f.ref().toString()).containsExactly("actor:imf", "actor:pakistan",
        "loan:imf-sba-2023", "agreement:imf-sba-2023", "event:imf-standby-arrangement-2023-07",
        "relation:imf-creditor-of-pakistan", "relation:pakistan-member-of-imf", "erratum:rollover-order");
    assertThat(q.citing(19)).allMatch(f -> f.provenance().footnotes().contains(19));
    assertThat(q.citations().citedBy(FactRef.parse("loan:imf-sba-2023")).list()).extracting(Citation::footnote)
        .containsExactlyElementsOf(report.findLoan(io.github.bilateral.model.LoanId.of("imf-sba-2023"))
            .orElseThrow().provenance().footnotes());
  }

  @Test
  void aFootnoteThatGivesOnlyOneFieldIsEvidenceToo() {
    // The event's date comes from footnote 12; the event as a whole cites no footnote.
    FactRef ban = FactRef.parse("event:khan-graft-conviction-ban-2023-08");
    Fact event = q.find(ban).orElseThrow();
    assertThat(event.provenance().footnotes()).isEmpty();
    assertThat(event.provenance().fields().get("date").footnotes()).containsExactly(12);
    assertThat(q.evidence(ban).footnotes()).containsExactly(12);
    assertThat(q.evidence(ban).citations()).extracting(Citation::footnote).containsExactly(12);
    assertThat(q.citing(12)).contains(event);
    assertThat(q.citations().citedBy(ban).list()).extracting(Citation::footnote).containsExactly(12);
    // and an actor's possible identity names its footnotes too
    Actor bloom = report.findActor(ActorId.of("bloom")).orElseThrow();
    for (int n : bloom.possibleIdentities().get(0).footnotes()) {
      assertThat(q.citing(n)).contains(bloom);
    }
  }

  @Test
  void evidenceAndCitedByAcceptAReferenceToASection() {
    FactRef section = FactRef.of(report.sections().get(0).id());
    Erratum first = report.errata().get(0);
    Erratum toSection = Erratum.copyOf(first).withRefers(section);
    Event event = report.events().get(0);
    Event relatedToSection = Event.copyOf(event).withRelated(section);
    Report changed = Report.copyOf(report)
        .withErrata(java.util.stream.Stream.concat(java.util.stream.Stream.of(toSection),
            report.errata().stream().skip(1)).collect(Collectors.toList()))
        .withEvents(java.util.stream.Stream.concat(java.util.stream.Stream.of(relatedToSection),
            report.events().stream().skip(1)).collect(Collectors.toList()));
    ReportQuery own = ReportQuery.of(changed);
    Evidence e = own.evidence(toSection.ref());
    assertThat(e.supporting()).containsExactly(section);
    assertThat(e.footnotes()).isEqualTo(first.provenance().footnotes());
    assertThat(own.evidence(relatedToSection.ref()).supporting()).containsExactly(section);
    assertThat(own.citations().citedBy(section).list()).isEmpty();
    assertThat(own.evidence(section).footnotes()).isEmpty();
  }

  @Test
  void ibidCitationsLeadToTheWorkTheyRepeat() {
    Citation ibid = report.citations().stream().filter(c -> c.ibid().isPresent()).findFirst().orElseThrow();
    Fact citingIbid = q.citing(ibid.footnote()).get(0);
    Evidence e = q.evidence(citingIbid.ref());
    assertThat(e.citations()).contains(ibid);
    assertThat(e.sources()).doesNotContain(ibid);
  }

  @Test
  void citationsAreFilteredByOutletFoldedAndByYear() {
    // the report prints both "Al Jazeera" and "Al-Jazeera"
    assertThat(q.citations().outlet("al jazeera").count()).isEqualTo(10);
    assertThat(q.citations().year(2023).list()).allMatch(c -> c.date().orElseThrow().year() == 2023);
    assertThat(q.citations().outlet("Dawn").year(2023).list()).allMatch(c -> c.outlet().orElseThrow().equals("Dawn"));
  }

  @Test
  void filtersAreImmutable() {
    LoanFilter all = q.loans();
    LoanFilter china = all.lender(CHINA);
    assertThat(all.count()).isEqualTo(report.loans().size());
    assertThat(china.count()).isLessThan(all.count());
    assertThat(all.list()).isEqualTo(report.loans());
    assertThat(q.loans().currency(USD).list()).allMatch(l -> l.amount().orElseThrow().currency().equals(USD));
    assertThat(q.loans().first()).contains(report.loans().get(0));
  }

  @Test
  void moneyTotalsNeverNarrowFuzzyAmountsIntoExactOnes() {
    Loan around30 = report.loans().stream().filter(l -> l.id().value().equals("china-power-infrastructure-debt"))
        .findFirst().orElseThrow();
    Loan exactly3 = report.loans().stream().filter(l -> l.id().value().equals("imf-sba-2023")).findFirst()
        .orElseThrow();
    MoneyTotal sum = MoneyTotals.of(List.of(around30, exactly3), Counting.EACH_SUM_ONCE).in(USD).orElseThrow();
    assertThat(sum.point().orElseThrow().amount()).isEqualByComparingTo(new BigDecimal("33000000000"));
    assertThat(sum.isExact()).isFalse();
    assertThat(sum.toString()).isEqualTo("USD ~33000000000 [30000000000..36000000000]");
  }

  @Test
  void identifiersOfEveryKindResolve() {
    Identifier id = io.github.bilateral.model.AgreementId.of("imf-sba-2023");
    assertThat(q.find(FactRef.of(id)).map(Fact::ref).map(FactRef::kind)).hasValue(FactKind.AGREEMENT);
  }
}
