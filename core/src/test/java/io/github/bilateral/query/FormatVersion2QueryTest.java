package io.github.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.io.ReportReader;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.ActorKind;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.AgreementId;
import io.github.bilateral.model.AgreementKind;
import io.github.bilateral.model.AgreementStatus;
import io.github.bilateral.model.Amount;
import io.github.bilateral.model.Basis;
import io.github.bilateral.model.Estimate;
import io.github.bilateral.model.Estimate.Qualifier;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.EventId;
import io.github.bilateral.model.EventKind;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.LoanKind;
import io.github.bilateral.model.LoanStatus;
import io.github.bilateral.model.NoDate;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.PossibleIdentity;
import io.github.bilateral.model.Provenance;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.SectionId;
import io.github.bilateral.model.Sourcing;
import io.github.bilateral.model.StatusEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The queries over the values that format version 2 adds, on the sample report with such values added in code. */
class FormatVersion2QueryTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Provenance PROV = Provenance.builder().addSection(SectionId.of("economy")).build();
  private static final ActorId ENVOY = ActorId.of("imf-envoy");

  private static Report sample() {
    try (InputStream in = FormatVersion2QueryTest.class.getResourceAsStream("/io/github/bilateral/io/sample-report.json")) {
      return ReportReader.strict().readString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Report SAMPLE = sample();

  /** The sample with an unnamed actor that may be Kakar, an undated event, and the stand-by arrangement linked to the water treaty. */
  private static Report v2() {
    List<Actor> actors = new ArrayList<>(SAMPLE.actors());
    actors.add(Actor.builder().id(ENVOY).kind(ActorKind.PERSON).name("the caretaker prime minister's envoy")
        .unnamed(true).addAlias("Kakar envoy")
        .addPossibleIdentity(PossibleIdentity.builder().actor(ActorId.of("anwar-ul-haq-kakar"))
            .basis(Basis.INFERRED).note("The dates fit.").build())
        .provenance(PROV).build());
    List<Event> events = new ArrayList<>(SAMPLE.events());
    events.add(Event.builder().id(EventId.of("talks")).kind(EventKind.POLITICAL).noDate(NoDate.ONGOING)
        .addActor(ActorId.of("imf")).summary("Talks go on.")
        .provenance(Provenance.builder().from(PROV).basis(Basis.OUTSIDE_KNOWLEDGE).note("Not in the report.").build())
        .build());
    List<Loan> loans = new ArrayList<>();
    for (Loan l : SAMPLE.loans()) {
      loans.add(l.id().value().equals("imf-sba-2023") ? l.withAgreement(AgreementId.of("water-treaty")) : l);
    }
    return Report.copyOf(SAMPLE).withActors(actors).withEvents(events).withLoans(loans);
  }

  @Test
  void aLoanAndItsAgreementAreFoundFromEitherSide() {
    ReportQuery q = ReportQuery.of(v2());
    Loan sba = q.find(LoanId.of("imf-sba-2023")).orElseThrow();
    assertThat(q.agreementOf(sba).orElseThrow().id()).isEqualTo(AgreementId.of("water-treaty"));
    assertThat(q.loansOf(AgreementId.of("water-treaty"))).containsExactly(sba);
    Loan debt = q.find(LoanId.of("china-debt")).orElseThrow();
    assertThat(q.agreementOf(debt)).isEmpty();
  }

  @Test
  void anUnnamedActorIsFoundByIdOrAliasButNeverByItsDescription() {
    ReportQuery q = ReportQuery.of(v2());
    assertThat(q.findActor("the caretaker prime minister's envoy")).isEmpty();
    assertThat(q.searchActors("caretaker prime minister's envoy")).noneMatch(m -> m.value().id().equals(ENVOY));
    assertThat(q.findActor("Kakar envoy")).map(Actor::id).hasValue(ENVOY);
    assertThat(q.findActor("imf-envoy")).map(Actor::id).hasValue(ENVOY);
  }

  @Test
  void profilesListPossibleIdentitiesAndNeverMergeThem() {
    ReportQuery q = ReportQuery.of(v2());
    ActorProfile envoy = q.profile(ENVOY);
    ActorProfile kakar = q.profile(ActorId.of("anwar-ul-haq-kakar"));
    assertThat(envoy.possibleIdentities()).extracting(PossibleIdentity::actor)
        .containsExactly(ActorId.of("anwar-ul-haq-kakar"));
    assertThat(kakar.possiblyIdentifiedIn()).extracting(Actor::id).containsExactly(ENVOY);
    assertThat(kakar.possibleIdentities()).isEmpty();
    assertThat(envoy.events()).isEmpty();
    assertThat(q.graph().toString()).doesNotContain(ENVOY.value());
  }

  @Test
  void anUndatedEventIsOutsideEveryDateRangeButInTheTimelinesUndatedList() {
    ReportQuery q = ReportQuery.of(v2());
    DateRange all = DateRange.parse("1900..2100");
    assertThat(q.events().dated(all).list()).extracting(Event::id).doesNotContain(EventId.of("talks"));
    assertThat(q.events().list()).extracting(Event::id).contains(EventId.of("talks"));
    assertThat(q.timeline().undated()).extracting(Event::id).containsExactly(EventId.of("talks"));
    assertThat(q.timeline().involving(ActorId.of("imf")).undated()).hasSize(1);
    assertThat(q.timeline().involving(ActorId.of("pakistan")).undated()).isEmpty();
    assertThat(q.timeline().dated(all).undated()).isEmpty();
    assertThat(q.timeline().entries()).noneMatch(e -> e.fact().ref().toString().equals("event:talks"));
  }

  @Test
  void basesListFactsAndValuesAndCountThemByKind() {
    ReportQuery q = ReportQuery.of(v2());
    Bases b = q.bases();
    assertThat(b.facts(Basis.OUTSIDE_KNOWLEDGE)).extracting(f -> f.ref().toString()).containsExactly("event:talks");
    assertThat(b.values(Basis.OUTSIDE_KNOWLEDGE)).extracting(Object::toString).containsExactly(
        "event:talks.kind: outside-knowledge", "event:talks.noDate: outside-knowledge",
        "event:talks.actors: outside-knowledge", "event:talks.summary: outside-knowledge");
    assertThat(b.counts().get(FactKind.EVENT).get(Basis.OUTSIDE_KNOWLEDGE)).isEqualTo(4);
    int all = b.totals().values().stream().mapToInt(Integer::intValue).sum();
    assertThat(all).isEqualTo(b.values().size());
    assertThat(b.counts().values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum())
        .isEqualTo(all);
    // A field's own entry counts on its own basis
    Loan sba = q.find(LoanId.of("imf-sba-2023")).orElseThrow();
    Sourcing fn = Sourcing.builder().basis(Basis.FOOTNOTE).addFootnote(1).build();
    Report withField = Report.copyOf(v2()).withLoans(sba.withProvenance(
        Provenance.builder().from(sba.provenance()).putField("agreement", fn).build()));
    assertThat(Bases.of(withField).values(Basis.FOOTNOTE)).extracting(Object::toString)
        .contains("loan:imf-sba-2023.agreement: footnote");
  }

  @Test
  void aTotalWithAVagueAmountHasNoPointButSummedBounds() {
    Loan billions = loan("b", Estimate.vague(Qualifier.BILLIONS, "billions"));
    Loan three = loan("c", Estimate.exact(new BigDecimal("3000000000")));
    MoneyTotal t = MoneyTotals.of(List.of(billions, three), Counting.EACH_SUM_ONCE).in(USD).orElseThrow();
    assertThat(t.isVague()).isTrue();
    assertThat(t.isExact()).isFalse();
    assertThat(t.point()).isEmpty();
    assertThat(t).hasToString("USD vague [5000000000..1003000000000)");
    MoneyTotal exact = MoneyTotals.of(List.of(three), Counting.EACH_SUM_ONCE).in(USD).orElseThrow();
    assertThat(exact.isVague()).isFalse();
    assertThat(exact.point()).isPresent();
  }

  @Test
  void moneyPartOfAnyCountedLoanIsCountedOnceWithTheReason() {
    Loan aid = loan("aid", Estimate.of(Qualifier.APPROXIMATELY, new BigDecimal("200000000")));
    Loan pledge = loan("pledge", Estimate.exact(new BigDecimal("100000000"))).withPartOf(LoanId.of("aid"));
    MoneyTotals t = MoneyTotals.of(List.of(aid, pledge), Counting.EACH_SUM_ONCE);
    assertThat(t.counted()).containsExactly(aid);
    assertThat(t.excluded()).extracting(MoneyTotals.Exclusion::loan).containsExactly(pledge);
    assertThat(t.excluded().get(0).coveredBy()).hasValue(LoanId.of("aid"));
  }

  @Test
  void asOfAnswersFromAHistoryWherePresent() {
    Loan loan = loan("paid", Estimate.exact(BigDecimal.ONE)).withStatus(LoanStatus.REPAID).withHistory(
        StatusEntry.<LoanStatus>builder().date(PartialDate.ofYear(2019)).status(LoanStatus.COMMITTED).build(),
        StatusEntry.<LoanStatus>builder().date(PartialDate.ofMonth(2022, 6)).status(LoanStatus.REPAID).build());
    Agreement deal = Agreement.builder().id(AgreementId.of("deal")).kind(AgreementKind.DEAL)
        .status(AgreementStatus.IN_FORCE).summary("A deal.").provenance(PROV).addHistory(
            StatusEntry.<AgreementStatus>builder().date(PartialDate.ofYear(2020)).status(AgreementStatus.PROPOSED).build(),
            StatusEntry.<AgreementStatus>builder().date(PartialDate.of(2021, 3, 1)).status(AgreementStatus.IN_FORCE).build())
        .build();
    Report r = Report.copyOf(SAMPLE).withLoans(loan).withAgreements(deal);
    assertThat(loanAnswer(r, "2018-06-01")).isEqualTo("unknown");
    assertThat(loanAnswer(r, "2019-06-01")).isEqualTo("possibly");
    assertThat(loanAnswer(r, "2020-06-01")).isEqualTo("certainly");
    assertThat(loanAnswer(r, "2022-06-15")).isEqualTo("possibly");
    assertThat(loanAnswer(r, "2022-08-01")).isEqualTo("none");
    assertThat(agreementAnswer(r, "2020-06-01")).isEqualTo("none");
    assertThat(agreementAnswer(r, "2022-01-01")).isEqualTo("certainly");
    assertThat(agreementAnswer(r, "2024-06-01")).isEqualTo("possibly");
  }

  private static String loanAnswer(Report r, String day) {
    Snapshot s = ReportQuery.of(r).asOf(java.time.LocalDate.parse(day));
    List<Snapshot.Entry<Loan>> all = new ArrayList<>(s.outstandingLoans());
    all.addAll(s.unknownLoans());
    return all.isEmpty() ? "none" : all.get(0).answer().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String agreementAnswer(Report r, String day) {
    Snapshot s = ReportQuery.of(r).asOf(java.time.LocalDate.parse(day));
    List<Snapshot.Entry<Agreement>> all = new ArrayList<>(s.agreementsInForce());
    all.addAll(s.unknownAgreements());
    return all.isEmpty() ? "none" : all.get(0).answer().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static Loan loan(String id, Estimate e) {
    return Loan.builder().id(LoanId.of(id)).kind(LoanKind.AID_PLEDGE).addLender(ActorId.of("l"))
        .addBorrower(ActorId.of("b")).amount(Amount.of(e, USD)).status(LoanStatus.COMMITTED).summary("s")
        .provenance(PROV).build();
  }
}
