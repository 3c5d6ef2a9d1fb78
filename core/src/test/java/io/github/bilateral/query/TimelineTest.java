package io.github.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.AgreementId;
import io.github.bilateral.model.AgreementKind;
import io.github.bilateral.model.AgreementStatus;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.EventId;
import io.github.bilateral.model.EventKind;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.LoanKind;
import io.github.bilateral.model.LoanStatus;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Provenance;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.ReportId;
import io.github.bilateral.model.ReportMetadata;
import io.github.bilateral.model.SectionId;
import org.junit.jupiter.api.Test;

/** Which entries of the timeline involve an actor, and the order of entries on one date, on a report built in code. */
class TimelineTest {

  private static final Provenance PROV = Provenance.builder().addSection(SectionId.of("s")).build();
  private static final ActorId LENDER = ActorId.of("lender");
  private static final ActorId BORROWER = ActorId.of("borrower");
  private static final ActorId PARTY = ActorId.of("party");
  private static final ActorId WITNESS = ActorId.of("witness");

  private static final Report REPORT = Report.builder()
      .metadata(ReportMetadata.builder().id(ReportId.of("t")).title("T").addAuthors("A").publisher("P")
          .date(PartialDate.ofYear(2023)).build())
      .addAgreements(Agreement.builder().id(AgreementId.of("deal")).kind(AgreementKind.DEAL)
          .status(AgreementStatus.SIGNED).addParties(PARTY).date(PartialDate.ofMonth(2021, 3)).summary("A deal.")
          .provenance(PROV).build())
      .addLoans(Loan.builder().id(LoanId.of("loan")).kind(LoanKind.BILATERAL_LOAN).addLenders(LENDER)
          .addBorrowers(BORROWER).status(LoanStatus.COMMITTED).date(PartialDate.ofMonth(2021, 3)).summary("A loan.")
          .provenance(PROV).build())
      .addEvents(Event.builder().id(EventId.of("visit")).kind(EventKind.POLITICAL).addActors(WITNESS)
          .date(PartialDate.ofMonth(2021, 3)).summary("A visit.").provenance(PROV).build())
      .addEvents(Event.builder().id(EventId.of("early")).kind(EventKind.POLITICAL).addActors(PARTY)
          .date(PartialDate.ofYear(2020)).summary("Earlier.").provenance(PROV).build())
      .build();

  private final Timeline timeline = ReportQuery.of(REPORT).timeline();

  @Test
  void onOneDateEventsComeBeforeLoansBeforeAgreements() {
    assertThat(timeline.entries()).extracting(e -> e.ref().toString())
        .containsExactly("event:early", "event:visit", "loan:loan", "agreement:deal");
  }

  @Test
  void aLoanInvolvesItsLendersAndBorrowersAnAgreementItsPartiesAnEventItsActors() {
    assertThat(timeline.involving(LENDER).entries()).extracting(e -> e.ref().toString()).containsExactly("loan:loan");
    assertThat(timeline.involving(BORROWER).entries()).extracting(e -> e.ref().toString()).containsExactly("loan:loan");
    assertThat(timeline.involving(PARTY).entries()).extracting(e -> e.ref().toString())
        .containsExactly("event:early", "agreement:deal");
    assertThat(timeline.involving(WITNESS).entries()).extracting(e -> e.ref().toString()).containsExactly("event:visit");
    assertThat(timeline.involving(ActorId.of("nobody")).entries()).isEmpty();
  }

  @Test
  void aTimelinePrintsItsSizeAndSpan() {
    assertThat(timeline).hasToString("Timeline[4 entries, 2020 to 2021-03]");
    assertThat(timeline.involving(ActorId.of("nobody"))).hasToString("Timeline[0 entries]");
  }

  @Test
  void everyEntrysSummaryIsItsFactsOwn() {
    Timeline timeline = ReportQuery.of(io.github.bilateral.io.Reports.usPakistan2023()).timeline();
    java.util.Set<io.github.bilateral.model.FactKind> kinds = new java.util.HashSet<>();
    for (TimelineEntry e : timeline.entries()) {
      assertThat(e.summary()).isEqualTo(((io.github.bilateral.model.Summarised) e.fact()).summary()).isNotBlank();
      kinds.add(e.ref().kind());
    }
    assertThat(kinds).contains(io.github.bilateral.model.FactKind.EVENT, io.github.bilateral.model.FactKind.LOAN,
        io.github.bilateral.model.FactKind.AGREEMENT);
  }
}
