package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.LoanKind;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The totals of a selection of loans and other money: one {@link MoneyTotal} per currency (never a
 * sum across currencies), the loans counted, and every loan left out with the reason.
 *
 * <p>Which loans count is set by {@link Counting}; in short, money that another selected loan
 * already counts (a rollover of it, or a part of its debt stock) is left out, and money without a
 * printed amount cannot be added. Amounts are added in the currency the report prints; this class
 * does not convert.
 *
 * <pre>{@code
 * MoneyTotals t = q.loans().lender(ActorId.of("china")).borrower(ActorId.of("pakistan")).totals();
 * t.totals();     // [GBP 580000000, USD ~34400000000 [31400000000..37400000000]]
 * t.excluded();   // the loans without an amount, each with its reason
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MoneyTotals {

  /** Why a loan was left out of a total. */
  public enum Reason {
    /** The report prints no amount for it. */
    NO_AMOUNT,
    /** It extends (rolls over) a loan counted in the same total. */
    EXTENDS_COUNTED_LOAN,
    /** It is part of a debt stock counted in the same total. */
    PART_OF_COUNTED_STOCK,
    /** Under {@link Counting#NEW_MONEY}: it renews, defers or accumulates money lent before. */
    NOT_NEW_MONEY
  }

  /** A loan left out of a total, with the reason and, where there is one, the loan that covers it. */
  public static final class Exclusion {
    private final Loan loan;
    private final Reason reason;
    private final Optional<LoanId> coveredBy;

    Exclusion(Loan loan, Reason reason, Optional<LoanId> coveredBy) {
      this.loan = loan;
      this.reason = reason;
      this.coveredBy = coveredBy;
    }

    /** {@return the loan left out} */
    public Loan loan() {
      return loan;
    }

    /** {@return why} */
    public Reason reason() {
      return reason;
    }

    /** {@return the counted loan whose money includes this one's, for the two covering reasons} */
    public Optional<LoanId> coveredBy() {
      return coveredBy;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Exclusion && ((Exclusion) o).loan.equals(loan) && ((Exclusion) o).reason == reason
          && ((Exclusion) o).coveredBy.equals(coveredBy);
    }

    @Override
    public int hashCode() {
      return Objects.hash(loan, reason, coveredBy);
    }

    /** Returns text such as {@code china-rollover-2023-07: EXTENDS_COUNTED_LOAN (china-loan-2022)}. */
    @Override
    public String toString() {
      return loan.id() + ": " + reason + coveredBy.map(c -> " (" + c + ")").orElse("");
    }
  }

  private final Counting counting;
  private final ImmutableSortedMap<String, MoneyTotal> byCurrency;
  private final ImmutableList<Loan> counted;
  private final ImmutableList<Exclusion> excluded;

  private MoneyTotals(Counting counting, ImmutableSortedMap<String, MoneyTotal> byCurrency,
      ImmutableList<Loan> counted, ImmutableList<Exclusion> excluded) {
    this.counting = counting;
    this.byCurrency = byCurrency;
    this.counted = counted;
    this.excluded = excluded;
  }

  /**
   * {@return the totals of {@code loans} counted as {@code counting} says} Links to loans outside
   * {@code loans} are ignored: within one selection, each sum is counted once.
   *
   * @param loans the loans to add up, not null
   * @param counting which money to leave out so that nothing is counted twice, not null
   */
  public static MoneyTotals of(List<Loan> loans, Counting counting) {
    Map<LoanId, Loan> selected = new HashMap<>();
    for (Loan loan : loans) {
      selected.putIfAbsent(loan.id(), loan);
    }
    Map<LoanId, Boolean> countedMemo = new HashMap<>();
    ImmutableList.Builder<Loan> counted = ImmutableList.builder();
    ImmutableList.Builder<Exclusion> excluded = ImmutableList.builder();
    Map<String, MoneyTotal> totals = new TreeMap<>();
    Set<LoanId> seen = new HashSet<>();
    for (Loan loan : loans) {
      if (!seen.add(loan.id())) {
        continue;
      }
      Optional<Exclusion> why = exclusion(loan, selected, counting, countedMemo);
      if (why.isPresent()) {
        excluded.add(why.get());
      } else {
        counted.add(loan);
        Currency c = loan.amount().orElseThrow().currency();
        totals.put(c.getCurrencyCode(), totals.getOrDefault(c.getCurrencyCode(), MoneyTotal.zero(c)).plus(loan));
      }
    }
    return new MoneyTotals(counting, ImmutableSortedMap.copyOf(totals), counted.build(), excluded.build());
  }

  private static Optional<Exclusion> exclusion(Loan loan, Map<LoanId, Loan> selected, Counting counting,
      Map<LoanId, Boolean> memo) {
    if (loan.amount().isEmpty()) {
      return Optional.of(new Exclusion(loan, Reason.NO_AMOUNT, Optional.empty()));
    }
    if (counting == Counting.NEW_MONEY && !isNewMoney(loan)) {
      return Optional.of(new Exclusion(loan, Reason.NOT_NEW_MONEY, Optional.empty()));
    }
    Set<LoanId> visiting = new HashSet<>();
    visiting.add(loan.id());
    Optional<Loan> cover = countedCover(loan, selected, counting, memo, visiting);
    if (cover.isPresent()) {
      boolean viaExtension = extendsChainReaches(loan, cover.get().id(), selected);
      return Optional.of(new Exclusion(loan,
          viaExtension ? Reason.EXTENDS_COUNTED_LOAN : Reason.PART_OF_COUNTED_STOCK, Optional.of(cover.get().id())));
    }
    return Optional.empty();
  }

  private static boolean isNewMoney(Loan loan) {
    return loan.extendsLoan().isEmpty() && loan.kind() != LoanKind.ROLLOVER
        && loan.kind() != LoanKind.DEFERRED_PAYMENT && loan.kind() != LoanKind.DEBT_STOCK;
  }

  /** Returns the nearest selected loan up the extends/partOf links that is itself counted. */
  private static Optional<Loan> countedCover(Loan loan, Map<LoanId, Loan> selected, Counting counting,
      Map<LoanId, Boolean> memo, Set<LoanId> visiting) {
    for (Optional<LoanId> link : List.of(loan.extendsLoan(), loan.partOf())) {
      if (link.isEmpty() || !selected.containsKey(link.get()) || !visiting.add(link.get())) {
        continue;
      }
      Loan up = selected.get(link.get());
      if (isCounted(up, selected, counting, memo, visiting)) {
        return Optional.of(up);
      }
      Optional<Loan> higher = countedCover(up, selected, counting, memo, visiting);
      if (higher.isPresent()) {
        return higher;
      }
    }
    return Optional.empty();
  }

  private static boolean isCounted(Loan loan, Map<LoanId, Loan> selected, Counting counting,
      Map<LoanId, Boolean> memo, Set<LoanId> visiting) {
    Boolean known = memo.get(loan.id());
    if (known != null) {
      return known;
    }
    boolean counted = loan.amount().isPresent()
        && (counting != Counting.NEW_MONEY || isNewMoney(loan))
        && countedCover(loan, selected, counting, memo, new HashSet<>(visiting)).isEmpty();
    memo.put(loan.id(), counted);
    return counted;
  }

  private static boolean extendsChainReaches(Loan loan, LoanId target, Map<LoanId, Loan> selected) {
    Set<LoanId> seen = new HashSet<>();
    Optional<LoanId> next = loan.extendsLoan();
    while (next.isPresent() && seen.add(next.get())) {
      if (next.get().equals(target)) {
        return true;
      }
      Loan up = selected.get(next.get());
      next = up == null ? Optional.empty() : up.extendsLoan();
    }
    return false;
  }

  /** {@return how the loans were counted} */
  public Counting counting() {
    return counting;
  }

  /** {@return one total per currency, in the order of the currency codes} */
  public ImmutableList<MoneyTotal> totals() {
    return byCurrency.values().asList();
  }

  /**
   * {@return the total in {@code currency}, if any counted loan is in it}
   *
   * @param currency the currency, not null
   */
  public Optional<MoneyTotal> in(Currency currency) {
    return Optional.ofNullable(byCurrency.get(currency.getCurrencyCode()));
  }

  /** {@return the currencies of the counted loans, in code order} */
  public ImmutableList<Currency> currencies() {
    return byCurrency.values().stream().map(MoneyTotal::currency).collect(ImmutableList.toImmutableList());
  }

  /** {@return the loans counted, in the order given} */
  public ImmutableList<Loan> counted() {
    return counted;
  }

  /** {@return the loans left out, in the order given, each with its reason} */
  public ImmutableList<Exclusion> excluded() {
    return excluded;
  }

  /** {@return whether no loan was counted} */
  public boolean isEmpty() {
    return counted.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MoneyTotals && ((MoneyTotals) o).counting == counting
        && ((MoneyTotals) o).byCurrency.equals(byCurrency) && ((MoneyTotals) o).excluded.equals(excluded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(counting, byCurrency, excluded);
  }

  /** Returns the per-currency totals joined with "; ", such as {@code GBP 580000000; USD 2400000000}, or {@code none}. */
  @Override
  public String toString() {
    return byCurrency.isEmpty() ? "none"
        : byCurrency.values().stream().map(MoneyTotal::toString).collect(Collectors.joining("; "));
  }

  static final Comparator<Currency> BY_CODE = Comparator.comparing(Currency::getCurrencyCode);
}
