package io.github.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Amount;
import io.github.bilateral.model.Estimate;
import io.github.bilateral.model.Estimate.Qualifier;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.LoanKind;
import io.github.bilateral.model.LoanStatus;
import io.github.bilateral.model.Provenance;
import io.github.bilateral.model.SectionId;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoneyTotalsTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");

  private static Loan loan(String id, LoanKind kind, Optional<Amount> amount) {
    return Loan.builder().id(LoanId.of(id)).kind(kind).addLender(ActorId.of("lender"))
        .addBorrower(ActorId.of("borrower")).amount(amount).status(LoanStatus.COMMITTED).summary("s")
        .provenance(Provenance.builder().addSection(SectionId.of("s")).build()).build();
  }

  private static Optional<Amount> usd(Qualifier q, String value) {
    return Optional.of(Amount.of(Estimate.of(q, new BigDecimal(value)), USD));
  }

  @Test
  void aroundThirtyPlusExactlyThreeIsAroundThirtyThreeWithTheBoundsAdded() {
    MoneyTotals t = MoneyTotals.of(List.of(
        loan("a", LoanKind.DEBT_STOCK, usd(Qualifier.APPROXIMATELY, "30")),
        loan("b", LoanKind.BILATERAL_LOAN, usd(Qualifier.EXACT, "3"))), Counting.EACH_SUM_ONCE);
    assertThat(t.toString()).isEqualTo("USD ~33 [30..36]");
    assertThat(t.in(USD).orElseThrow().isExact()).isFalse();
  }

  @Test
  void openAndUnboundedEndsStayOpen() {
    MoneyTotals t = MoneyTotals.of(List.of(
        loan("a", LoanKind.GRANT, usd(Qualifier.MORE_THAN, "5")),
        loan("b", LoanKind.GRANT, usd(Qualifier.LESS_THAN, "2"))), Counting.EACH_SUM_ONCE);
    assertThat(t.toString()).isEqualTo("USD ~7 (5..+\u221e)");
    MoneyTotals bounded = MoneyTotals.of(List.of(
        loan("a", LoanKind.GRANT, usd(Qualifier.NEARLY, "10")),
        loan("b", LoanKind.GRANT, usd(Qualifier.LESS_THAN, "2"))), Counting.EACH_SUM_ONCE);
    assertThat(bounded.toString()).isEqualTo("USD ~12 [9..12)");
  }

  @Test
  void currenciesAreNeverAdded() {
    MoneyTotals t = MoneyTotals.of(List.of(
        loan("a", LoanKind.GRANT, usd(Qualifier.EXACT, "5")),
        loan("b", LoanKind.GRANT, Optional.of(Amount.of(Estimate.exact(BigDecimal.ONE), EUR)))), Counting.EACH_SUM_ONCE);
    assertThat(t.currencies()).containsExactly(EUR, USD);
    assertThat(t.toString()).isEqualTo("EUR 1; USD 5");
    assertThatThrownBy(() -> t.in(USD).orElseThrow().plus(loan("c", LoanKind.GRANT,
        Optional.of(Amount.of(Estimate.exact(BigDecimal.ONE), EUR)))))
        .hasMessage("Cannot add EUR of loan 'c' to a total in USD; totals never mix currencies");
  }

  @Test
  void aRolloverOfACountedLoanIsNotCountedAgain() {
    Loan original = loan("original", LoanKind.BILATERAL_LOAN, usd(Qualifier.EXACT, "2"));
    Loan rollover = loan("rollover", LoanKind.ROLLOVER, usd(Qualifier.EXACT, "2")).withExtendsLoan(LoanId.of("original"));
    Loan again = loan("again", LoanKind.ROLLOVER, usd(Qualifier.EXACT, "2")).withExtendsLoan(LoanId.of("rollover"));
    MoneyTotals t = MoneyTotals.of(List.of(original, rollover, again), Counting.EACH_SUM_ONCE);
    assertThat(t.toString()).isEqualTo("USD 2");
    assertThat(t.excluded()).extracting(Object::toString)
        .containsExactly("rollover: EXTENDS_COUNTED_LOAN (original)", "again: EXTENDS_COUNTED_LOAN (original)");
    // Without the original in the selection, the first rollover is the only record of the money
    MoneyTotals alone = MoneyTotals.of(List.of(rollover, again), Counting.EACH_SUM_ONCE);
    assertThat(alone.counted()).containsExactly(rollover);
    // And new money counts neither rollover
    assertThat(MoneyTotals.of(List.of(rollover, again), Counting.NEW_MONEY).isEmpty()).isTrue();
  }

  @Test
  void theOrderOfTheLoansDoesNotChangeWhatIsCounted() {
    Loan original = loan("original", LoanKind.BILATERAL_LOAN, usd(Qualifier.EXACT, "2"));
    Loan rollover = loan("rollover", LoanKind.ROLLOVER, usd(Qualifier.EXACT, "2")).withExtendsLoan(LoanId.of("original"));
    Loan again = loan("again", LoanKind.ROLLOVER, usd(Qualifier.EXACT, "2")).withExtendsLoan(LoanId.of("rollover"));
    MoneyTotals t = MoneyTotals.of(List.of(again, rollover, original), Counting.EACH_SUM_ONCE);
    assertThat(t.toString()).isEqualTo("USD 2");
    assertThat(t.counted()).containsExactly(original);
    assertThat(t.excluded()).extracting(Object::toString)
        .containsExactly("again: EXTENDS_COUNTED_LOAN (original)", "rollover: EXTENDS_COUNTED_LOAN (original)");
  }

  @Test
  void aLoanInsideACountedDebtStockIsNotCountedAgain() {
    Loan stock = loan("stock", LoanKind.DEBT_STOCK, usd(Qualifier.APPROXIMATELY, "30"));
    Loan part = loan("part", LoanKind.BILATERAL_LOAN, usd(Qualifier.EXACT, "4")).withPartOf(LoanId.of("stock"));
    assertThat(MoneyTotals.of(List.of(stock, part), Counting.EACH_SUM_ONCE).toString()).isEqualTo("USD ~30 [27..33]");
    assertThat(MoneyTotals.of(List.of(stock, part), Counting.EACH_SUM_ONCE).excluded()).extracting(Object::toString)
        .containsExactly("part: PART_OF_COUNTED_STOCK (stock)");
    // A stock without an amount covers nothing; new money counts the part, not the stock
    Loan blankStock = loan("stock", LoanKind.DEBT_STOCK, Optional.empty());
    assertThat(MoneyTotals.of(List.of(blankStock, part), Counting.EACH_SUM_ONCE).counted()).containsExactly(part);
    assertThat(MoneyTotals.of(List.of(stock, part), Counting.NEW_MONEY).counted()).containsExactly(part);
  }

  @Test
  void loansWithoutAnAmountAreListedNotCounted() {
    MoneyTotals t = MoneyTotals.of(List.of(loan("x", LoanKind.GRANT, Optional.empty())), Counting.EACH_SUM_ONCE);
    assertThat(t.isEmpty()).isTrue();
    assertThat(t.toString()).isEqualTo("none");
    assertThat(t.excluded()).extracting(e -> e.reason()).containsExactly(MoneyTotals.Reason.NO_AMOUNT);
  }

  @Test
  void moneyNotYetCommittedIsKeptApartAndShown() {
    Loan firm = loan("firm", LoanKind.GRANT, usd(Qualifier.EXACT, "3"));
    Loan talks = loan("talks", LoanKind.INVESTMENT, usd(Qualifier.EXACT, "14"))
        .withStatus(LoanStatus.UNDER_NEGOTIATION);
    Loan halted = loan("halted", LoanKind.EXTENDED_FUND_FACILITY, usd(Qualifier.EXACT, "6"))
        .withStatus(LoanStatus.SUSPENDED);
    MoneyTotals t = MoneyTotals.of(List.of(firm, talks, halted), Counting.EACH_SUM_ONCE);
    assertThat(t.totals()).extracting(Object::toString).containsExactly("USD 3");
    assertThat(t.counted()).containsExactly(firm);
    assertThat(t.notCommitted()).extracting(Object::toString).containsExactly("USD 20");
    assertThat(t.notCommittedLoans()).containsExactly(talks, halted);
    assertThat(t.toString()).isEqualTo("USD 3; not committed: USD 20");
    assertThat(MoneyTotals.of(List.of(talks), Counting.EACH_SUM_ONCE).toString()).isEqualTo("none; not committed: USD 14");
  }

  @Test
  void moneyCommittedOutOfAPledgeOnlyProposedCountsInTheTotals() {
    Loan pledge = loan("pledge", LoanKind.AID_PLEDGE, usd(Qualifier.EXACT, "5")).withStatus(LoanStatus.PROPOSED);
    Loan tranche = loan("tranche", LoanKind.GRANT, usd(Qualifier.EXACT, "1")).withStatus(LoanStatus.DISBURSING)
        .withPartOf(LoanId.of("pledge"));
    Loan more = loan("more", LoanKind.GRANT, usd(Qualifier.EXACT, "2")).withStatus(LoanStatus.PROPOSED)
        .withPartOf(LoanId.of("pledge"));
    MoneyTotals t = MoneyTotals.of(List.of(pledge, tranche, more), Counting.EACH_SUM_ONCE);
    assertThat(t.toString()).isEqualTo("USD 1; not committed: USD 5");
    assertThat(t.counted()).containsExactly(tranche);
    assertThat(t.notCommittedLoans()).containsExactly(pledge);
    // A proposed part of a proposed pledge is covered by it, as before.
    assertThat(t.excluded()).extracting(Object::toString).containsExactly("more: PART_OF_COUNTED_STOCK (pledge)");
  }

  @Test
  void aPartOfCycleLosesNoMoney() {
    Loan a = loan("a", LoanKind.DEBT_STOCK, usd(Qualifier.EXACT, "5")).withPartOf(LoanId.of("b"));
    Loan b = loan("b", LoanKind.DEBT_STOCK, usd(Qualifier.EXACT, "7")).withPartOf(LoanId.of("a"));
    MoneyTotals t = MoneyTotals.of(List.of(a, b), Counting.EACH_SUM_ONCE);
    assertThat(t.counted()).isNotEmpty();
  }

  @Test
  void groupsNeverCountARolloverWhoseLoanIsInAnotherGroup() {
    Loan original = loan("original", LoanKind.BILATERAL_LOAN, usd(Qualifier.EXACT, "2"));
    Loan rollover = loan("rollover", LoanKind.ROLLOVER, usd(Qualifier.EXACT, "2")).withExtendsLoan(LoanId.of("original"));
    ImmutableSortedMap<LoanKind, MoneyTotals> byKind =
        MoneyTotals.grouped(List.of(original, rollover), Counting.EACH_SUM_ONCE, l -> List.of(l.kind()));
    assertThat(byKind.get(LoanKind.BILATERAL_LOAN).toString()).isEqualTo("USD 2");
    assertThat(byKind.get(LoanKind.ROLLOVER).toString()).isEqualTo("none");
    assertThat(byKind.get(LoanKind.ROLLOVER).excluded()).extracting(Object::toString)
        .containsExactly("rollover: EXTENDS_COUNTED_LOAN (original)");
    assertThat(MoneyTotals.grouped(List.of(original, rollover), Counting.NEW_MONEY, l -> List.of(l.kind()))
        .get(LoanKind.ROLLOVER).excluded()).extracting(MoneyTotals.Exclusion::reason)
        .containsExactly(MoneyTotals.Reason.NOT_NEW_MONEY);
  }
}
