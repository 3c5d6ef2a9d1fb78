package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanKind;
import io.github.bilateral.model.LoanStatus;
import java.util.Currency;

/**
 * Selects loans and other money (IMF programmes, rollovers, debt stocks, deferrals, aid, grants,
 * investment) and adds up their amounts. Results are in the report's order of loans.
 *
 * <pre>{@code
 * LoanFilter china = q.loans().lender(ActorId.of("china")).borrower(ActorId.of("pakistan"));
 * china.list();       // China's loans and other money to Pakistan
 * china.totals();     // GBP 580000000; USD ~32000000000 [29000000000..35000000000]
 * q.loans().dated(DateRange.parse("2023")).totalsByLender();
 * }</pre>
 *
 * <p>The date that {@link #dated(DateRange)} matches is the day the money was agreed, rolled over
 * or pledged; money without a date never matches.
 *
 * <p>This class is immutable and thread-safe; each method returns a new, narrower filter.
 */
public final class LoanFilter extends DatedFilter<Loan, LoanFilter>
    implements ByKind<LoanFilter, LoanKind>, ByStatus<LoanFilter, LoanStatus>, ByPlace<LoanFilter> {

  LoanFilter(KindIndex<Loan> index, ImmutableList<Criterion> criteria) {
    super(index, criteria, LoanFilter::new);
  }

  /**
   * Keeps the money {@code lender} gives (alone or with others).
   *
   * @param lender the lender's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public LoanFilter lender(ActorId lender) {
    return narrow(this, "lender", lender);
  }

  /**
   * Keeps the money {@code borrower} receives (alone or with others).
   *
   * @param borrower the borrower's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public LoanFilter borrower(ActorId borrower) {
    return narrow(this, "borrower", borrower);
  }

  /**
   * Keeps the money whose amount is printed in {@code currency}; money without an amount is dropped.
   *
   * @param currency the currency to keep, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public LoanFilter currency(Currency currency) {
    return narrow(this, "currency", currency);
  }

  /** {@return the total of the selected money, counted as {@link Counting#EACH_SUM_ONCE}} */
  public MoneyTotals totals() {
    return totals(Counting.EACH_SUM_ONCE);
  }

  /**
   * {@return the total of the selected money, counted as {@code counting} says}
   *
   * @param counting which money to leave out so that nothing is counted twice, not null
   */
  public MoneyTotals totals(Counting counting) {
    return MoneyTotals.of(list(), counting);
  }

  /**
   * Returns the totals per lender, lenders in id order, counted as {@link Counting#EACH_SUM_ONCE}.
   * A loan with several lenders counts in each of their groups, so the groups overlap: do not add
   * them up.
   *
   * @return the totals of each lender's money, by lender id
   */
  public ImmutableSortedMap<ActorId, MoneyTotals> totalsByLender() {
    return totalsByLender(Counting.EACH_SUM_ONCE);
  }

  /**
   * Returns the totals per lender, counted as {@code counting} says; which loans count is decided
   * over the whole selection. A loan with several lenders counts in each of their groups.
   *
   * @param counting which money to leave out so that nothing is counted twice, not null
   * @return the totals of each lender's money, by lender id
   */
  public ImmutableSortedMap<ActorId, MoneyTotals> totalsByLender(Counting counting) {
    return MoneyTotals.grouped(list(), counting, Loan::lenders);
  }

  /** {@return the totals per borrower, borrowers in id order; as with lenders, groups may overlap} */
  public ImmutableSortedMap<ActorId, MoneyTotals> totalsByBorrower() {
    return totalsByBorrower(Counting.EACH_SUM_ONCE);
  }

  /**
   * Returns the totals per borrower, counted as {@code counting} says; as with lenders, groups may
   * overlap.
   *
   * @param counting which money to leave out so that nothing is counted twice, not null
   * @return the totals of each borrower's money, by borrower id
   */
  public ImmutableSortedMap<ActorId, MoneyTotals> totalsByBorrower(Counting counting) {
    return MoneyTotals.grouped(list(), counting, Loan::borrowers);
  }

  /**
   * {@return the totals per kind, in the order of {@link LoanKind}, counted as {@link
   * Counting#EACH_SUM_ONCE}}
   */
  public ImmutableSortedMap<LoanKind, MoneyTotals> totalsByKind() {
    return totalsByKind(Counting.EACH_SUM_ONCE);
  }

  /**
   * Returns the totals per kind, counted as {@code counting} says. Which loans count is decided over
   * the whole selection, so a rollover of a loan counted under another kind is left out of its own
   * kind's total (and listed there with the reason): the groups never count one amount twice.
   *
   * @param counting which money to leave out so that nothing is counted twice, not null
   * @return the totals of each kind's money, in the order of {@link LoanKind}
   */
  public ImmutableSortedMap<LoanKind, MoneyTotals> totalsByKind(Counting counting) {
    return MoneyTotals.grouped(list(), counting, l -> ImmutableList.of(l.kind()));
  }

  /**
   * {@return the totals per year of the loans' dates, counted as {@link Counting#EACH_SUM_ONCE};
   * undated money is in no group}
   */
  public ImmutableSortedMap<Integer, MoneyTotals> totalsByYear() {
    return totalsByYear(Counting.EACH_SUM_ONCE);
  }

  /**
   * Returns the totals per year of the loans' dates, counted as {@code counting} says over the whole
   * selection, as {@link #totalsByKind(Counting)} does; undated money is in no group.
   *
   * @param counting which money to leave out so that nothing is counted twice, not null
   * @return the totals of each year's money, years in order
   */
  public ImmutableSortedMap<Integer, MoneyTotals> totalsByYear(Counting counting) {
    return MoneyTotals.grouped(list(), counting,
        l -> l.date().map(d -> ImmutableList.of(d.year())).orElse(ImmutableList.of()));
  }
}
