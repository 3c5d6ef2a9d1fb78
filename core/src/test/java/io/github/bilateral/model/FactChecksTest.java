package io.github.bilateral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** The per-fact rules checked when a fact is built, and their messages. */
class FactChecksTest {

  private static final Provenance PROV = Provenance.builder().addSection(SectionId.of("intro")).build();

  private static Loan.Builder loan() {
    return Loan.builder().id(LoanId.of("l")).kind(LoanKind.ROLLOVER)
        .addLender(ActorId.of("china")).addBorrower(ActorId.of("pakistan"))
        .status(LoanStatus.ROLLED_OVER).summary("A rollover.").provenance(PROV);
  }

  @Test
  void aLoanNeedsLendersAndBorrowersAndAPositiveTerm() {
    Loan l = loan().term(Period.ofYears(2)).amount(Amount.of(Estimate.exact(new BigDecimal("2.4e9")),
        Currency.getInstance("USD"))).build();
    assertThat(l.ref()).hasToString("loan:l");
    assertThat(l.withStatus(LoanStatus.REPAID).status()).isEqualTo(LoanStatus.REPAID);
    assertThat(l.status()).isEqualTo(LoanStatus.ROLLED_OVER);
    assertThatThrownBy(() -> loan().lenders(java.util.List.of()).build())
        .hasMessage("Invalid Loan 'l'.lenders (must not be empty): []");
    assertThatThrownBy(() -> loan().term(Period.ZERO).build())
        .hasMessage("Invalid Loan 'l'.term (must be a positive period such as P9M): P0D");
    assertThatThrownBy(() -> loan().extendsLoan(LoanId.of("l")).build())
        .hasMessage("Invalid Loan 'l'.extends (must not extend itself): \"l\"");
    assertThatThrownBy(() -> loan().summary(" ").build())
        .hasMessage("Invalid Loan 'l'.summary (must not be blank): \" \"");
    assertThatThrownBy(() -> loan().addLender(ActorId.of("china")).build())
        .hasMessage("Invalid Loan 'l'.lenders (must not repeat an element): china");
  }

  @Test
  void missingRequiredAttributesAreNamed() {
    assertThatThrownBy(() -> Loan.builder().id(LoanId.of("l")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("kind").hasMessageContaining("status");
  }

  @Test
  @SuppressWarnings("deprecation") // the deprecated location is still mapped from the basis
  void provenanceNeedsASectionAndAscendingFootnotes() {
    assertThatThrownBy(() -> Provenance.builder().build())
        .hasMessage("Invalid Provenance.sections (must not be empty): []");
    assertThatThrownBy(() -> Provenance.builder().addSection(SectionId.of("a")).addFootnote(5).addFootnote(3).build())
        .hasMessage("Invalid Provenance.footnotes (must be ascending without repeats): [5, 3]");
    assertThat(PROV.location()).isEqualTo(SourceLocation.TEXT);
  }

  @Test
  void aFigureHasExactlyOneOfQuantityAndAmount() {
    Figure.Builder f = Figure.builder().id(FigureId.of("f")).measure(Measure.of("m")).summary("s").provenance(PROV);
    assertThatThrownBy(f::build).hasMessage("Invalid Figure 'f' (exactly one of quantity and amount must be present): \"neither\"");
    Figure ok = f.quantity(Quantity.of(Estimate.exact(BigDecimal.TEN), "percent")).build();
    assertThat(ok.estimate().value()).hasValue(BigDecimal.TEN);
    assertThatThrownBy(() -> Quantity.of(Estimate.exact(BigDecimal.ONE), "People"))
        .hasMessage("Invalid Quantity.unit (lowercase words such as \"people\" expected): \"People\"");
  }

  @Test
  void officesBelongToPersonsAndEndAfterTheyStart() {
    Office pm = Office.builder().title("Prime Minister").from(PartialDate.ofYear(2018)).to(PartialDate.ofMonth(2022, 4)).build();
    assertThat(pm.mayBeHeldOn(LocalDate.of(2020, 6, 1))).isTrue();
    assertThat(pm.mayBeHeldOn(LocalDate.of(2022, 5, 1))).isFalse();
    assertThatThrownBy(() -> Office.builder().title("x").from(PartialDate.ofYear(2020)).to(PartialDate.ofYear(2019)).build())
        .hasMessage("Invalid Office.to (must not end before it starts, from 2020): 2019");
    assertThatThrownBy(() -> Actor.builder().id(ActorId.of("imf")).kind(ActorKind.INTERNATIONAL_ORGANISATION)
            .name("IMF").addOffice(pm).provenance(PROV).build())
        .hasMessage("Invalid Actor 'imf'.offices (only a person holds offices; kind is INTERNATIONAL_ORGANISATION): \"Prime Minister\"");
    assertThatThrownBy(() -> Actor.builder().id(ActorId.of("p")).kind(ActorKind.STATE).name("Pakistan")
            .country("PAK").provenance(PROV).build())
        .hasMessage("Invalid Actor 'p'.country (an ISO 3166-1 alpha-2 code such as \"PK\" expected): \"PAK\"");
  }

  @Test
  void aRecommendationsStatusIsItsLatestHistoryEntry() {
    Recommendation r = Recommendation.builder().id(RecommendationId.of("rec-01")).number(1).summary("s")
        .addAddressee(ActorId.of("usaid")).addTheme(Theme.of("climate"))
        .addHistory(StatusChange.builder().date(PartialDate.ofMonth(2023, 12)).status(RecommendationStatus.OPEN).build())
        .addHistory(StatusChange.builder().date(PartialDate.ofYear(2025)).status(RecommendationStatus.CLOSED_IMPLEMENTED).build())
        .provenance(PROV).build();
    assertThat(r.status()).isEqualTo(RecommendationStatus.CLOSED_IMPLEMENTED);
    assertThatThrownBy(() -> Recommendation.copyOf(r).withHistory(r.history().reverse()))
        .hasMessage("Invalid Recommendation 'rec-01'.history[1].date (must not be before the previous entry's 2025): 2023-12");
  }

  @Test
  void citationsPointOnlyBackwards() {
    assertThatThrownBy(() -> Citation.builder().footnote(3).ibid(3).provenance(PROV).build())
        .hasMessage("Invalid Citation 3.ibid (must name an earlier footnote): 3");
    assertThatThrownBy(() -> Citation.builder().footnote(3).url("www.example.org").provenance(PROV).build())
        .hasMessageContaining("an http or https URL");
  }
}
