package io.github.bilateral.query;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.bilateral.model.Amount;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The sum of amounts in one currency, with its fuzziness intact: the sum of the point values and the
 * sum of the bounds each amount's hedging implies.
 *
 * <p>"Around $30 billion" ({@code [27..33]} billion) plus "$3 billion" exactly gives a point of 33
 * billion within {@code [30..36]} billion: the bounds are added, never narrowed to a silent exact
 * number. The total is {@linkplain #isExact() exact} only when every amount in it is. Open bounds
 * stay open ("more than" plus anything is still "more than"), and one unbounded amount ("at least")
 * leaves the sum without an upper bound. A total that includes a vague amount ("billions", which has
 * no number) is {@linkplain #isVague() vague}: it has no point value, only the summed bounds.
 *
 * <pre>{@code
 * MoneyTotal usd = q.loans().lender(ActorId.of("china")).totals().in(Currency.getInstance("USD")).orElseThrow();
 * usd.point();    // Optional[USD 32000000000]
 * usd.range();    // [29000000000..35000000000]
 * usd.isExact();  // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MoneyTotal {

  private final Currency currency;
  private final @Nullable BigDecimal point;
  private final Range<BigDecimal> range;
  private final boolean exact;
  private final ImmutableList<Loan> loans;

  private MoneyTotal(Currency currency, @Nullable BigDecimal point, Range<BigDecimal> range, boolean exact,
      ImmutableList<Loan> loans) {
    this.currency = currency;
    this.point = point;
    this.range = range;
    this.exact = exact;
    this.loans = loans;
  }

  /** Returns the total of no money in {@code currency}: exactly zero. */
  static MoneyTotal zero(Currency currency) {
    return new MoneyTotal(currency, BigDecimal.ZERO, Range.singleton(BigDecimal.ZERO), true, ImmutableList.of());
  }

  /**
   * Returns this total plus {@code loan}'s amount.
   *
   * @throws IllegalArgumentException if the loan has no amount or one in another currency
   */
  MoneyTotal plus(Loan loan) {
    Amount amount = loan.amount().orElseThrow(() -> new IllegalArgumentException(
        "Loan '" + loan.id() + "' has no amount to add"));
    if (!amount.currency().equals(currency)) {
      throw new IllegalArgumentException("Cannot add " + amount.currency() + " of loan '" + loan.id()
          + "' to a total in " + currency + "; totals never mix currencies");
    }
    BigDecimal sum = point == null || amount.estimate().isVague() ? null : point.add(amount.estimate().value().get());
    return new MoneyTotal(currency, sum, add(range, amount.range()),
        exact && amount.estimate().isExact(),
        ImmutableList.<Loan>builder().addAll(loans).add(loan).build());
  }

  /** Adds two ranges of non-negative numbers: the lower bounds, and the upper bounds if both have one. */
  static Range<BigDecimal> add(Range<BigDecimal> a, Range<BigDecimal> b) {
    BigDecimal low = a.lowerEndpoint().add(b.lowerEndpoint());
    BoundType lowType = a.lowerBoundType() == BoundType.CLOSED && b.lowerBoundType() == BoundType.CLOSED
        ? BoundType.CLOSED : BoundType.OPEN;
    if (!a.hasUpperBound() || !b.hasUpperBound()) {
      return Range.downTo(low, lowType);
    }
    BigDecimal high = a.upperEndpoint().add(b.upperEndpoint());
    BoundType highType = a.upperBoundType() == BoundType.CLOSED && b.upperBoundType() == BoundType.CLOSED
        ? BoundType.CLOSED : BoundType.OPEN;
    return Range.range(low, lowType, high, highType);
  }

  /** {@return the currency} */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the sum of the amounts' point values, such as {@code USD 33000000000}.
   *
   * @return the sum, or empty when the total is {@linkplain #isVague() vague}
   */
  public Optional<Money> point() {
    return point == null ? Optional.empty() : Optional.of(Money.of(point, currency));
  }

  /**
   * Returns whether an amount in the total is vague ("dozens", "billions"), so that the total has no
   * point value, only bounds.
   *
   * @return true for a vague total
   */
  public boolean isVague() {
    return point == null;
  }

  /** {@return the bounds of the sum, in units of the currency; with no upper bound if an amount has none} */
  public Range<BigDecimal> range() {
    return range;
  }

  /** {@return the lower bound as money} */
  public Money lower() {
    return Money.of(range.lowerEndpoint(), currency);
  }

  /** {@return whether every amount added was exact, so that the range is the single point} */
  public boolean isExact() {
    return exact;
  }

  /** {@return the loans added, in the order they were added} */
  public ImmutableList<Loan> loans() {
    return loans;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MoneyTotal)) {
      return false;
    }
    MoneyTotal t = (MoneyTotal) o;
    return currency.equals(t.currency) && samePoint(point, t.point) && range.equals(t.range)
        && exact == t.exact && loans.equals(t.loans);
  }

  private static boolean samePoint(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, point == null ? null : point.stripTrailingZeros(), range, exact, loans);
  }

  /**
   * Returns the total as text: {@code USD 2400000000} when exact, otherwise the point with a tilde and
   * the bounds, such as {@code USD ~33000000000 [30000000000..36000000000]}; when vague, the word and
   * the bounds, such as {@code USD vague [2000000000..1000000000000)}.
   */
  @Override
  public String toString() {
    if (point == null) {
      return currency.getCurrencyCode() + " vague " + describe(range);
    }
    String p = currency.getCurrencyCode() + " " + (exact ? "" : "~") + point.toPlainString();
    return exact ? p : p + " " + describe(range);
  }

  private static String describe(Range<BigDecimal> r) {
    String low = (r.lowerBoundType() == BoundType.CLOSED ? "[" : "(") + r.lowerEndpoint().toPlainString();
    String high = r.hasUpperBound()
        ? r.upperEndpoint().toPlainString() + (r.upperBoundType() == BoundType.CLOSED ? "]" : ")")
        : "+\u221e)";
    return low + ".." + high;
  }
}
