package io.github.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.ActorKind;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.AgreementId;
import io.github.bilateral.model.AgreementKind;
import io.github.bilateral.model.AgreementStatus;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.LoanKind;
import io.github.bilateral.model.LoanStatus;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Provenance;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.ReportId;
import io.github.bilateral.model.ReportMetadata;
import io.github.bilateral.model.SectionId;
import io.github.bilateral.model.StatusEntry;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule of {@link Snapshot}, one fact at a time, on a report dated {@code 2023-12}: the answer a loan,
 * an agreement or an office gets on a day, written {@code none} when the fact is in neither list.
 *
 * <p>A history is written {@code date status; date status}; an empty cell is an absent value.
 */
class SnapshotTest {

  private static final Provenance PROV = Provenance.builder().addSection(SectionId.of("economy")).build();
  private static final ActorId HOLDER = ActorId.of("holder");

  @ParameterizedTest(name = "{0} {1} {2} {3}, on {4}: {5}")
  @CsvSource(delimiter = '|', textBlock = """
      # status          | date       | term | history                          | day        | answer
      proposed          | 2020-03-10 |      |                                  | 2021-01-01 | none
      under_negotiation | 2020-03-10 |      |                                  | 2021-01-01 | none
      committed         | 2020-03-10 |      |                                  | 2020-03-09 | none
      committed         | 2020-03-10 |      |                                  | 2020-03-10 | certainly
      committed         | 2020-03-10 |      |                                  | 2023-12-31 | certainly
      committed         | 2020-03-10 |      |                                  | 2024-01-01 | possibly
      committed         | 2020-03    |      |                                  | 2020-02-29 | none
      committed         | 2020-03    |      |                                  | 2020-03-01 | possibly
      committed         | 2020-03    |      |                                  | 2020-03-30 | possibly
      committed         | 2020-03    |      |                                  | 2020-03-31 | certainly
      disbursing        | 2020-03-10 |      |                                  | 2022-01-01 | certainly
      suspended         | 2020-03-10 |      |                                  | 2022-01-01 | certainly
      rolled_over       | 2020-03-10 |      |                                  | 2022-01-01 | certainly
      deferred          | 2020-03-10 |      |                                  | 2022-01-01 | certainly
      approved          | 2020-03-10 |      |                                  | 2022-01-01 | certainly
      repaid            | 2020-03-10 |      |                                  | 2020-03-09 | none
      repaid            | 2020-03-10 |      |                                  | 2020-03-10 | possibly
      repaid            | 2020-03-10 |      |                                  | 2023-12-31 | possibly
      repaid            | 2020-03-10 |      |                                  | 2024-01-01 | none
      completed         | 2020-03-10 |      |                                  | 2023-12-01 | possibly
      completed         | 2020-03-10 |      |                                  | 2024-01-01 | none
      committed         | 2020-03-10 | P1Y  |                                  | 2021-03-09 | certainly
      committed         | 2020-03-10 | P1Y  |                                  | 2021-03-10 | none
      committed         | 2020-03    | P1Y  |                                  | 2021-02-28 | certainly
      committed         | 2020-03    | P1Y  |                                  | 2021-03-01 | possibly
      committed         | 2020-03    | P1Y  |                                  | 2021-03-30 | possibly
      committed         | 2020-03    | P1Y  |                                  | 2021-03-31 | none
      repaid            | 2020-03-10 | P10Y |                                  | 2020-03-10 | possibly
      repaid            | 2020-03-10 | P10Y |                                  | 2023-12-31 | possibly
      repaid            | 2020-03-10 | P10Y |                                  | 2025-01-01 | none
      completed         | 2020-03-10 | P1Y  |                                  | 2021-03-10 | none
      committed         | 2020-03-10 | P10Y |                                  | 2025-01-01 | certainly
      committed         |            |      |                                  | 2023-11-30 | unknown
      committed         |            |      |                                  | 2023-12-01 | possibly
      committed         |            |      |                                  | 2023-12-31 | possibly
      committed         |            |      |                                  | 2024-01-01 | unknown
      repaid            |            |      |                                  | 2023-12-31 | unknown
      repaid            |            |      |                                  | 2024-01-01 | none
      proposed          |            |      |                                  | 2023-12-15 | none
      repaid            |            |      | 2019 committed; 2022-06 repaid   | 2018-12-31 | unknown
      repaid            |            |      | 2019 committed; 2022-06 repaid   | 2019-01-01 | possibly
      repaid            |            |      | 2019 committed; 2022-06 repaid   | 2019-12-31 | certainly
      repaid            |            |      | 2019 committed; 2022-06 repaid   | 2022-05-31 | certainly
      repaid            |            |      | 2019 committed; 2022-06 repaid   | 2022-06-01 | possibly
      repaid            |            |      | 2019 committed; 2022-06 repaid   | 2022-06-30 | none
      repaid            |            |      | 2019 committed; 2022-06 repaid   | 2025-01-01 | none
      committed         |            |      | 2019 proposed; 2020 committed    | 2019-06-01 | none
      committed         |            |      | 2019 proposed; 2020 committed    | 2020-06-01 | possibly
      committed         |            |      | 2019 proposed; 2020 committed    | 2023-12-31 | certainly
      committed         |            |      | 2019 proposed; 2020 committed    | 2024-01-01 | possibly
      disbursing        |            |      | 2019 committed; 2020 disbursing  | 2020-06-01 | possibly
      disbursing        |            |      | 2019 committed; 2020 disbursing  | 2021-01-01 | certainly
      committed         | 2020-03    |      | 2020-03-10 committed             | 2020-03-20 | possibly
      committed         | 2020-03    |      | 2020-03-10 committed             | 2020-04-01 | certainly
      committed         | 2020-03-10 | P1Y  | 2020-03-10 committed             | 2021-03-09 | certainly
      committed         | 2020-03-10 | P1Y  | 2020-03-10 committed             | 2021-03-10 | none
      """)
  void aLoanIsOutstandingByItsDateTermStatusAndHistory(String status, String date, String term, String history,
      String day, String answer) {
    Loan.Builder b = Loan.builder().id(LoanId.of("loan")).kind(LoanKind.BILATERAL_LOAN).addLender(ActorId.of("lender"))
        .addBorrower(ActorId.of("borrower")).status(LoanStatus.valueOf(status.toUpperCase(Locale.ROOT)))
        .summary("A loan.").provenance(PROV);
    if (date != null) {
      b.date(PartialDate.parse(date));
    }
    if (term != null) {
      b.term(Period.parse(term));
    }
    b.history(history(history, LoanStatus::valueOf));
    Report r = report().withLoans(b.build());
    Snapshot s = ReportQuery.of(r).asOf(LocalDate.parse(day));
    assertThat(answer(s.outstandingLoans(), s.unknownLoans())).isEqualTo(answer);
  }

  @ParameterizedTest(name = "{0} {1} {2}, on {3}: {4}")
  @CsvSource(delimiter = '|', textBlock = """
      # status          | date       | history                          | day        | answer
      signed            | 2020-03-10 |                                  | 2020-03-09 | none
      signed            | 2020-03-10 |                                  | 2020-03-10 | certainly
      in_force          | 2020-03-10 |                                  | 2023-12-31 | certainly
      in_force          | 2020-03-10 |                                  | 2024-01-01 | possibly
      in_force          | 2020-03    |                                  | 2020-03-15 | possibly
      lapsed            | 2020-03-10 |                                  | 2021-01-01 | possibly
      suspended         | 2020-03-10 |                                  | 2023-12-31 | possibly
      concluded         | 2020-03-10 |                                  | 2024-01-01 | none
      proposed          | 2020-03-10 |                                  | 2021-01-01 | none
      under_negotiation | 2020-03-10 |                                  | 2021-01-01 | none
      awaiting_approval | 2020-03-10 |                                  | 2021-01-01 | none
      not_materialised  | 2020-03-10 |                                  | 2021-01-01 | none
      absent            | 2020-03-10 |                                  | 2021-01-01 | none
      in_force          |            |                                  | 2023-12-15 | possibly
      in_force          |            |                                  | 2023-11-30 | unknown
      in_force          |            |                                  | 2024-01-01 | unknown
      lapsed            |            |                                  | 2023-12-15 | unknown
      lapsed            |            |                                  | 2024-01-01 | none
      absent            |            |                                  | 2023-12-15 | none
      in_force          |            | 2020 proposed; 2021-03-01 in_force | 2020-06-01 | none
      in_force          |            | 2020 proposed; 2021-03-01 in_force | 2019-06-01 | unknown
      in_force          |            | 2020 proposed; 2021-03-01 in_force | 2022-01-01 | certainly
      in_force          |            | 2020 proposed; 2021-03-01 in_force | 2024-06-01 | possibly
      lapsed            |            | 2020 signed; 2021 lapsed         | 2020-12-31 | certainly
      lapsed            |            | 2020 signed; 2021 lapsed         | 2021-01-01 | possibly
      lapsed            |            | 2020 signed; 2021 lapsed         | 2022-01-01 | none
      in_force          | 2021-03    | 2021-03-01 in_force              | 2021-03-15 | possibly
      in_force          | 2021-03    | 2021-03-01 in_force              | 2021-04-01 | certainly
      in_force          | 2021-03    | 2021-03-01 in_force              | 2021-02-01 | none
      """)
  void anAgreementIsInForceByItsDateStatusAndHistory(String status, String date, String history, String day,
      String answer) {
    Agreement.Builder b = Agreement.builder().id(AgreementId.of("deal")).kind(AgreementKind.DEAL)
        .status(AgreementStatus.valueOf(status.toUpperCase(Locale.ROOT))).summary("A deal.").provenance(PROV);
    if (date != null) {
      b.date(PartialDate.parse(date));
    }
    b.history(history(history, AgreementStatus::valueOf));
    Report r = report().withAgreements(b.build());
    Snapshot s = ReportQuery.of(r).asOf(LocalDate.parse(day));
    assertThat(answer(s.agreementsInForce(), s.unknownAgreements())).isEqualTo(answer);
  }

  @ParameterizedTest(name = "from {0} to {1}, on {2}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # from     | to         | day        | answer
      2020-03-10 | 2022-06    | 2020-03-09 | none
      2020-03-10 | 2022-06    | 2020-03-10 | certainly
      2020-03-10 | 2022-06    | 2022-05-31 | certainly
      2020-03-10 | 2022-06    | 2022-06-01 | possibly
      2020-03-10 | 2022-06    | 2022-06-30 | possibly
      2020-03-10 | 2022-06    | 2022-07-01 | none
      2020-03    | 2022-06    | 2020-03-15 | possibly
      2020-03    |            | 2020-03-15 | possibly
      2020-03    |            | 2020-03-31 | certainly
      2020-03    |            | 2020-04-01 | possibly
      2020-03    |            | 2030-01-01 | possibly
      2020-03    |            | 2020-02-29 | none
      |            | 2020-01-01 | unknown
      |            | 2030-01-01 | unknown
      | 2022-06    | 2022-05-31 | unknown
      | 2022-06    | 2022-06-15 | unknown
      | 2022-06    | 2022-07-01 | none
      """)
  void anOfficeIsHeldFromItsFromDateToItsToDate(String from, String to, String day, String answer) {
    Office.Builder o = Office.builder().title("Minister");
    if (from != null) {
      o.from(PartialDate.parse(from));
    }
    if (to != null) {
      o.to(PartialDate.parse(to));
    }
    Actor holder = Actor.builder().id(HOLDER).kind(ActorKind.PERSON).name("A Holder").addOffices(o.build())
        .provenance(PROV).build();
    Snapshot s = ReportQuery.of(report().withActors(holder)).asOf(LocalDate.parse(day));
    assertThat(answer(s.officeHolders(), s.unknownOffices())).isEqualTo(answer);
  }

  @Test
  void everyOfficeOfEveryActorIsAnsweredWithItsHolder() {
    Actor a = Actor.builder().id(HOLDER).kind(ActorKind.PERSON).name("A Holder").provenance(PROV)
        .addOffices(Office.builder().title("Minister").from(PartialDate.ofYear(2019)).build())
        .addOffices(Office.builder().title("Envoy").build()).build();
    Snapshot s = ReportQuery.of(report().withActors(a)).asOf(LocalDate.of(2020, 1, 1));
    assertThat(s.officeHolders()).extracting(e -> e.value().holder() + " " + e.value().office().title())
        .containsExactly("holder Minister");
    assertThat(s.unknownOffices()).extracting(e -> e.value().office().title()).containsExactly("Envoy");
  }

  @Test
  void entriesAreEqualByFactAndAnswerAndPrintTheAnswerFirst() {
    Loan loan = Loan.builder().id(LoanId.of("loan")).kind(LoanKind.BILATERAL_LOAN).addLender(ActorId.of("lender"))
        .addBorrower(ActorId.of("borrower")).status(LoanStatus.COMMITTED).date(PartialDate.ofYear(2020))
        .summary("A loan.").provenance(PROV).build();
    Report r = report().withLoans(loan);
    Snapshot.Entry<Loan> certain = ReportQuery.of(r).asOf(LocalDate.of(2021, 1, 1)).outstandingLoans().get(0);
    Snapshot.Entry<Loan> again = ReportQuery.of(r).asOf(LocalDate.of(2022, 1, 1)).outstandingLoans().get(0);
    Snapshot.Entry<Loan> possible = ReportQuery.of(r).asOf(LocalDate.of(2020, 6, 1)).outstandingLoans().get(0);
    assertThat(certain).isEqualTo(again).hasSameHashCodeAs(again).isNotEqualTo(possible).isNotEqualTo(loan);
    assertThat(certain.certain()).isTrue();
    assertThat(possible.certain()).isFalse();
    assertThat(certain.value()).isEqualTo(loan);
    assertThat(certain.toString()).startsWith("certainly Loan{");
    assertThat(possible.toString()).startsWith("possibly Loan{");
    Snapshot s = ReportQuery.of(r).asOf(LocalDate.of(2021, 1, 1));
    assertThat(s.day()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(s).hasToString("Snapshot[2021-01-01: 1 loans, 0 agreements, 0 offices]");
  }

  /** A report dated {@code 2023-12} with no loans, agreements or actors of its own. */
  private static Report report() {
    return Report.builder().metadata(ReportMetadata.builder()
        .id(ReportId.of("r")).title("A report").addAuthors("An Author").publisher("A publisher").date(PartialDate.ofMonth(2023, 12)).build()).build();
  }

  private static <S extends Enum<S>> List<StatusEntry<S>> history(String text, Function<String, S> status) {
    List<StatusEntry<S>> entries = new ArrayList<>();
    if (text == null) {
      return entries;
    }
    for (String entry : text.split(";")) {
      String[] parts = entry.trim().split(" ");
      entries.add(StatusEntry.<S>builder().date(PartialDate.parse(parts[0]))
          .status(status.apply(parts[1].toUpperCase(Locale.ROOT))).build());
    }
    return entries;
  }

  private static <T> String answer(List<Snapshot.Entry<T>> known, List<Snapshot.Entry<T>> unknown) {
    List<Snapshot.Entry<T>> all = new ArrayList<>(known);
    all.addAll(unknown);
    assertThat(all).hasSizeLessThanOrEqualTo(1);
    assertThat(unknown).allMatch(e -> e.answer() == Snapshot.Answer.UNKNOWN);
    return all.isEmpty() ? "none" : all.get(0).answer().name().toLowerCase(Locale.ROOT);
  }
}
