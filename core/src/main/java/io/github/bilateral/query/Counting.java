package io.github.bilateral.query;

/**
 * How {@link MoneyTotals} counts loans that describe money another loan already describes.
 *
 * <p>Two links in the data say that one loan's money is another's: a rollover {@code extends} the
 * loan it renews (the same principal, lent again), and a loan that is {@code partOf} another is
 * already inside that loan's amount (a debt stock, an aid total that includes a pledge). Under both policies a loan is left out when a loan it
 * extends, or a loan it is part of (directly or through further links), is itself counted in the
 * same selection and in the same one of the two totals ({@link MoneyTotals#totals()} or {@link
 * MoneyTotals#notCommitted()}); so no money is counted twice within a total. If the covering loan is not selected,
 * or has no amount, the covered loan is counted, because it is then the only record of its money.
 *
 * <pre>{@code
 * LoanFilter china = q.loans().lender(ActorId.of("china"));
 * china.totals(Counting.EACH_SUM_ONCE).totals();   // [GBP 580000000, USD ~32000000000 [29000000000..35000000000]]
 * china.totals(Counting.NEW_MONEY).totals();       // [GBP 580000000]: the rollover and the power debt are money lent before
 * }</pre>
 */
public enum Counting {
  /**
   * Every distinct sum of money once: rollovers, deferrals and debt stocks count, unless they are
   * covered by a counted loan as above. This answers "how much money is involved".
   */
  EACH_SUM_ONCE,
  /**
   * Only new money: besides the rule above, rollovers and other extensions of a loan, deferred
   * payments and debt stocks are left out, since they renew, postpone or accumulate money lent
   * before (the loans inside a stock then count on their own). This answers "how much fresh money
   * was committed".
   */
  NEW_MONEY
}
