package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Sets;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.LoanKind;
import io.github.bilateral.model.LoanStatus;
import java.util.ArrayList;
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
 * printed amount cannot be added. Money only proposed, under negotiation or suspended is added up
 * apart, in {@link #notCommitted()}, so that {@link #totals()} holds committed, disbursed and
 * outstanding money only; a loan covers another only within one of the two, so money committed out
 * of a pledge only proposed is in {@link #totals()} and the pledge in {@link #notCommitted()}.
 * Amounts are added in the currency the report prints; this class does not convert.
 *
 * <pre>{@code
 * MoneyTotals t = q.loans().lender(ActorId.of("china")).borrower(ActorId.of("pakistan")).totals();
 * t.totals();     // [GBP 580000000, USD ~32000000000 [29000000000..35000000000]]
 * t.excluded();   // loans without an amount, and the July 2023 rollover in the power debt, with reasons
 * t.notCommitted();   // money proposed, under negotiation or suspended, kept apart
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
    /** It is part of a loan (a debt stock, an aid total) counted in the same one of the two totals. */
    PART_OF_COUNTED_STOCK,
    /** Under {@link Counting#NEW_MONEY}: it renews, defers or accumulates money lent before. */
    NOT_NEW_MONEY
  }

  /**
   * A loan left out of a total, with the reason and, where there is one, the loan that covers it;
   * equal to another exclusion of the same loan, for the same reason, covered by the same loan.
   *
   * @param loan the loan left out
   * @param reason why
   * @param coveredBy the loan counted in the same one of the two totals ({@link MoneyTotals#totals()} or
   *     {@link MoneyTotals#notCommitted()}) whose money includes this one's, for the two covering reasons
   */
  public record Exclusion(Loan loan, Reason reason, Optional<LoanId> coveredBy) {

    /** Returns text such as {@code china-rollover-2023-07: EXTENDS_COUNTED_LOAN (china-loan-2022)}. */
    @Override
    public String toString() {
      return loan.id() + ": " + reason + coveredBy.map(c -> " (" + c + ")").orElse("");
    }
  }

  /**
   * The statuses of money not (or no longer) committed: only proposed, still under negotiation, or
   * suspended. Its totals are kept apart from the committed, disbursed and outstanding money.
   */
  static final ImmutableSet<LoanStatus> NOT_COMMITTED =
      Sets.immutableEnumSet(LoanStatus.PROPOSED, LoanStatus.UNDER_NEGOTIATION, LoanStatus.SUSPENDED);

  private final Counting counting;
  private final ImmutableSortedMap<String, MoneyTotal> byCurrency;
  private final ImmutableSortedMap<String, MoneyTotal> notCommittedByCurrency;
  private final ImmutableList<Loan> counted;
  private final ImmutableList<Loan> notCommitted;
  private final ImmutableList<Exclusion> excluded;

  /** Adds up {@code counted}, committed money apart from money not committed, and keeps {@code excluded}. */
  private MoneyTotals(Counting counting, List<Loan> counted, List<Exclusion> excluded) {
    Map<String, MoneyTotal> committed = new TreeMap<>();
    Map<String, MoneyTotal> uncommitted = new TreeMap<>();
    ImmutableList.Builder<Loan> committedLoans = ImmutableList.builder();
    ImmutableList.Builder<Loan> uncommittedLoans = ImmutableList.builder();
    for (Loan loan : counted) {
      boolean firm = firm(loan);
      (firm ? committedLoans : uncommittedLoans).add(loan);
      Currency c = loan.amount().orElseThrow().currency();
      (firm ? committed : uncommitted).merge(c.getCurrencyCode(), MoneyTotal.zero(c).plus(loan),
          (a, b) -> a.plus(loan));
    }
    this.counting = counting;
    this.byCurrency = ImmutableSortedMap.copyOf(committed);
    this.notCommittedByCurrency = ImmutableSortedMap.copyOf(uncommitted);
    this.counted = committedLoans.build();
    this.notCommitted = uncommittedLoans.build();
    this.excluded = ImmutableList.copyOf(excluded);
  }

  /**
   * Returns the totals of {@code loans} counted as {@code counting} says. Links to loans outside
   * {@code loans} are ignored: within one selection, each sum is counted once. Money
   * {@linkplain #notCommitted() not committed} is added up apart.
   *
   * @param loans the loans to add up, not null
   * @param counting which loans count, not null
   * @return the totals, not null
   */
  public static MoneyTotals of(List<Loan> loans, Counting counting) {
    return grouped(loans, counting, l -> List.of(Boolean.TRUE)).getOrDefault(Boolean.TRUE,
        new MoneyTotals(counting, List.of(), List.of()));
  }

  /**
   * Returns the totals of {@code loans} in groups, keys in their natural order: which loans count is
   * decided once over all of {@code loans}, then each loan goes to the groups {@code keys} gives. So a
   * rollover whose loan is counted in another group is left out of its own group, with the reason,
   * and no amount is counted in two groups unless {@code keys} puts one loan in two groups (a loan
   * with two lenders, grouped by lender).
   */
  static <K extends Comparable<? super K>> ImmutableSortedMap<K, MoneyTotals> grouped(List<Loan> loans,
      Counting counting, java.util.function.Function<Loan, ? extends Iterable<K>> keys) {
    Map<LoanId, Loan> selected = new HashMap<>();
    for (Loan loan : loans) {
      selected.putIfAbsent(loan.id(), loan);
    }
    Map<LoanId, Boolean> countedMemo = new HashMap<>();
    Map<K, List<Loan>> counted = new TreeMap<>();
    Map<K, List<Exclusion>> excluded = new TreeMap<>();
    Set<LoanId> seen = new HashSet<>();
    for (Loan loan : loans) {
      if (!seen.add(loan.id())) {
        continue;
      }
      Optional<Exclusion> why = exclusion(loan, selected, counting, countedMemo);
      for (K key : keys.apply(loan)) {
        counted.computeIfAbsent(key, k -> new ArrayList<>());
        excluded.computeIfAbsent(key, k -> new ArrayList<>());
        if (why.isPresent()) {
          excluded.get(key).add(why.get());
        } else {
          counted.get(key).add(loan);
        }
      }
    }
    ImmutableSortedMap.Builder<K, MoneyTotals> out = ImmutableSortedMap.naturalOrder();
    counted.forEach((k, v) -> out.put(k, new MoneyTotals(counting, v, excluded.get(k))));
    return out.buildOrThrow();
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
    // Decided once per loan and remembered, so that loans covering each other in a cycle (which the
    // validator rejects, but a list built in code may hold) keep one of them counted.
    if (isCounted(loan, selected, counting, memo, visiting)) {
      return Optional.empty();
    }
    Optional<Loan> cover = countedCover(loan, firm(loan), selected, counting, memo, visiting);
    if (cover.isPresent()) {
      boolean viaExtension = extendsChainReaches(loan, cover.get().id(), selected);
      return Optional.of(new Exclusion(loan,
          viaExtension ? Reason.EXTENDS_COUNTED_LOAN : Reason.PART_OF_COUNTED_STOCK, Optional.of(cover.get().id())));
    }
    return Optional.empty();
  }

  /** Whether {@code loan} is added up in {@link #totals()} rather than in {@link #notCommitted()}. */
  private static boolean firm(Loan loan) {
    return !NOT_COMMITTED.contains(loan.status());
  }

  private static boolean isNewMoney(Loan loan) {
    return loan.extendsLoan().isEmpty() && loan.kind() != LoanKind.ROLLOVER
        && loan.kind() != LoanKind.DEFERRED_PAYMENT && loan.kind() != LoanKind.DEBT_STOCK;
  }

  /**
   * Returns the nearest selected loan up the extends/partOf links that is itself counted in the total
   * that {@code firm} names ({@link #totals()} or {@link #notCommitted()}).
   */
  private static Optional<Loan> countedCover(Loan loan, boolean firm, Map<LoanId, Loan> selected, Counting counting,
      Map<LoanId, Boolean> memo, Set<LoanId> visiting) {
    for (Optional<LoanId> link : List.of(loan.extendsLoan(), loan.partOf())) {
      if (link.isEmpty() || !selected.containsKey(link.get()) || !visiting.add(link.get())) {
        continue;
      }
      Loan up = selected.get(link.get());
      // Only a loan in the same of the two totals covers this one: money committed from a pledge only
      // proposed counts in totals(), and the pledge in notCommitted().
      if (firm(up) == firm && isCounted(up, selected, counting, memo, visiting)) {
        return Optional.of(up);
      }
      Optional<Loan> higher = countedCover(up, firm, selected, counting, memo, visiting);
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
        && countedCover(loan, firm(loan), selected, counting, memo, new HashSet<>(visiting)).isEmpty();
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

  /**
   * Returns one total per currency of the money committed, disbursed or outstanding (every status
   * but those of {@link #notCommitted()}).
   *
   * @return the totals in the order of the currency codes, not null
   */
  public ImmutableList<MoneyTotal> totals() {
    return byCurrency.values().asList();
  }

  /**
   * Returns one total per currency of the money only proposed, under negotiation or suspended: money
   * the report mentions that is not (or no longer) committed, kept apart from {@link #totals()}. The
   * format has no cancelled status; money the report calls cancelled would be suspended.
   *
   * @return the totals in the order of the currency codes, not null
   */
  public ImmutableList<MoneyTotal> notCommitted() {
    return notCommittedByCurrency.values().asList();
  }

  /**
   * Returns the loans added up in {@link #notCommitted()}.
   *
   * @return the loans in the order given, not null
   */
  public ImmutableList<Loan> notCommittedLoans() {
    return notCommitted;
  }

  /**
   * Returns the total in one currency.
   *
   * @param currency the currency; not null
   * @return the total in it, or empty if no counted loan is in it
   */
  public Optional<MoneyTotal> in(Currency currency) {
    return Optional.ofNullable(byCurrency.get(currency.getCurrencyCode()));
  }

  /** {@return the currencies of the counted loans, in code order} */
  public ImmutableList<Currency> currencies() {
    return byCurrency.values().stream().map(MoneyTotal::currency).collect(ImmutableList.toImmutableList());
  }

  /** {@return the loans counted in {@link #totals()}, in the order given} */
  public ImmutableList<Loan> counted() {
    return counted;
  }

  /** {@return the loans left out, in the order given, each with its reason} */
  public ImmutableList<Exclusion> excluded() {
    return excluded;
  }

  /** {@return whether no loan was counted, committed or not} */
  public boolean isEmpty() {
    return counted.isEmpty() && notCommitted.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MoneyTotals && ((MoneyTotals) o).counting == counting
        && ((MoneyTotals) o).byCurrency.equals(byCurrency)
        && ((MoneyTotals) o).notCommittedByCurrency.equals(notCommittedByCurrency)
        && ((MoneyTotals) o).excluded.equals(excluded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(counting, byCurrency, notCommittedByCurrency, excluded);
  }

  /**
   * Returns the per-currency totals joined with "; ", such as {@code GBP 580000000; USD 2400000000},
   * or {@code none}; then, if there is any, the money not committed, such as
   * {@code USD 3000000000; not committed: USD 6500000000}.
   */
  @Override
  public String toString() {
    String committed = join(byCurrency);
    return notCommittedByCurrency.isEmpty() ? committed : committed + "; not committed: " + join(notCommittedByCurrency);
  }

  private static String join(Map<String, MoneyTotal> totals) {
    return totals.isEmpty() ? "none" : totals.values().stream().map(MoneyTotal::toString).collect(Collectors.joining("; "));
  }

  static final Comparator<Currency> BY_CODE = Comparator.comparing(Currency::getCurrencyCode);
}
