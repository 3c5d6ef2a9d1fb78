package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.AgreementStatus;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanStatus;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.StatusEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The state of things on one day, as far as the report's dates and statuses tell: which loans were
 * outstanding, which agreements in force, who held which office.
 *
 * <p>Dates in the report are partial ({@code 2023-07}, {@code mid 2023-08}) and statuses describe
 * the report's own date ({@code 2023-12}), so each fact gets one of three {@linkplain Answer
 * answers}, or none when the data says it did not hold that day: it {@linkplain Answer#CERTAINLY
 * certainly} held, {@linkplain Answer#POSSIBLY possibly} held, or the data cannot tell
 * ({@linkplain Answer#UNKNOWN unknown}).
 *
 * <ul>
 *   <li><b>Started:</b> certain when the last day the fact's date stands for is on or before the
 *       day; possible when only its first day is; not yet before that.
 *   <li><b>Not yet ended:</b> a loan with a term ends that long after it starts (certainly not yet if
 *       the day is before the earliest end), or sooner if it was repaid or completed (see below); an office ends on its {@code to} date. A fact whose end
 *       is not known is certain only up to the last date the report supports and possible after it:
 *       for loans and agreements that is the report's date, since their status holds then; money
 *       {@link LoanStatus#REPAID repaid} or {@link LoanStatus#COMPLETED completed}, and agreements
 *       {@linkplain AgreementStatus#LAPSED lapsed}, {@linkplain AgreementStatus#SUSPENDED
 *       suspended} or {@linkplain AgreementStatus#CONCLUDED concluded}, ended at some unknown time
 *       before it, so they are at most possible and do not hold after it. An office without an end
 *       has no status: it is certain only within its {@code from} date, and possible after, even
 *       after the report's date.
 *   <li><b>Undated:</b> a loan or agreement without a date whose status holds at the report's date
 *       is possible on the days of that date and unknown on other days (ended ones are unknown up to
 *       the report's date); an office without a {@code from} date is unknown while it may have held.
 *   <li><b>History:</b> a loan or agreement with a {@code history} takes its status on the day from
 *       it: an entry's status holds certainly from the last day of its date until the day before
 *       the next entry's first day, and possibly on the days the two dates leave open; the last
 *       entry's status is certain only up to the report's date and possible after it. Before the
 *       first entry the history says nothing (unknown). The fact holds when that status does:
 *       money not proposed, under negotiation, repaid or completed; an agreement signed or in force.
 *       A loan's date and term still bound it as above.
 *   <li>Money only {@linkplain LoanStatus#PROPOSED proposed} or
 *       {@linkplain LoanStatus#UNDER_NEGOTIATION under negotiation}, and agreements proposed, under
 *       negotiation, awaiting approval, not materialised or absent, are never outstanding or in force.
 * </ul>
 *
 * <pre>{@code
 * Snapshot s = q.asOf(LocalDate.of(2023, 9, 1));
 * s.officeHolders();        // who certainly or possibly held which office on 1 September 2023
 * s.outstandingLoans();     // the IMF stand-by arrangement among them, certainly
 * s.unknownOffices();       // offices the data gives no dates for
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Snapshot {

  /** What the data says about whether a fact held on the snapshot's day. */
  public enum Answer {
    /** The data gives no way to tell: the fact is undated, or its dates leave the day open. */
    UNKNOWN,
    /** It may have held: the day is inside a partial date, or past what the report supports. */
    POSSIBLY,
    /** Its dates and status show that it held. */
    CERTAINLY
  }

  /**
   * A fact that held, may have held, or may or may not have held on the snapshot's day; equal to
   * another entry with the same fact and answer.
   *
   * @param <T> the kind of fact
   * @param value the fact
   * @param answer what the data says about the fact on the day
   */
  public record Entry<T>(T value, Answer answer) {

    /**
     * Returns whether it certainly held on the day.
     *
     * @return whether {@link #answer()} is {@link Answer#CERTAINLY}
     */
    public boolean certain() {
      return answer == Answer.CERTAINLY;
    }

    /** Returns text such as {@code certainly Loan{...}}, {@code possibly ...} or {@code unknown ...}. */
    @Override
    public String toString() {
      return answer.name().toLowerCase(java.util.Locale.ROOT) + " " + value;
    }
  }

  /** Whether something holds on a day: not, unknown, possibly, or certainly; the weaker of two wins. */
  private enum Holds {
    NO, UNKNOWN, POSSIBLY, CERTAINLY;

    static Holds both(Holds a, Holds b) {
      return a.ordinal() < b.ordinal() ? a : b;
    }

    Answer answer() {
      return Answer.valueOf(name());
    }
  }

  /** The report's date: the days its statuses describe. */
  private record ReportDate(LocalDate start, LocalDate end) {
    boolean contains(LocalDate day) {
      return !day.isBefore(start) && !day.isAfter(end);
    }
  }

  private final LocalDate day;
  private final ImmutableList<Entry<Loan>> loans;
  private final ImmutableList<Entry<Agreement>> agreements;
  private final ImmutableList<Entry<OfficeHolding>> offices;

  private Snapshot(LocalDate day, ImmutableList<Entry<Loan>> loans, ImmutableList<Entry<Agreement>> agreements,
      ImmutableList<Entry<OfficeHolding>> offices) {
    this.day = day;
    this.loans = loans;
    this.agreements = agreements;
    this.offices = offices;
  }

  static Snapshot of(Report report, LocalDate day) {
    ReportDate at = new ReportDate(report.metadata().date().start(), report.metadata().date().end());
    ImmutableList.Builder<Entry<Loan>> loans = ImmutableList.builder();
    for (Loan loan : report.loans()) {
      add(loans, loan, loanHolds(loan, day, at));
    }
    ImmutableList.Builder<Entry<Agreement>> agreements = ImmutableList.builder();
    for (Agreement a : report.agreements()) {
      add(agreements, a, agreementHolds(a, day, at));
    }
    ImmutableList.Builder<Entry<OfficeHolding>> offices = ImmutableList.builder();
    for (Actor actor : report.actors()) {
      for (Office office : actor.offices()) {
        add(offices, new OfficeHolding(actor.id(), office), officeHolds(office, day, at));
      }
    }
    return new Snapshot(day, loans.build(), agreements.build(), offices.build());
  }

  private static <T> void add(ImmutableList.Builder<Entry<T>> out, T fact, Holds h) {
    if (h != Holds.NO) {
      out.add(new Entry<>(fact, h.answer()));
    }
  }

  private static Holds started(PartialDate date, LocalDate day) {
    if (!date.end().isAfter(day)) {
      return Holds.CERTAINLY;
    }
    return date.start().isAfter(day) ? Holds.NO : Holds.POSSIBLY;
  }

  /** Until its end: a status that still holds at the report's date, or one that ended before it. */
  private static Holds byStatus(boolean ended, LocalDate day, ReportDate at) {
    if (ended) {
      return day.isAfter(at.end()) ? Holds.NO : Holds.POSSIBLY;
    }
    return day.isAfter(at.end()) ? Holds.POSSIBLY : Holds.CERTAINLY;
  }

  /** A fact without a date: possible on the report's date if its status holds then, else unknown. */
  private static Holds undated(boolean ended, LocalDate day, ReportDate at) {
    if (ended) {
      return day.isAfter(at.end()) ? Holds.NO : Holds.UNKNOWN;
    }
    return at.contains(day) ? Holds.POSSIBLY : Holds.UNKNOWN;
  }

  private static boolean outstanding(LoanStatus s) {
    return s != LoanStatus.PROPOSED && s != LoanStatus.UNDER_NEGOTIATION && s != LoanStatus.REPAID
        && s != LoanStatus.COMPLETED;
  }

  private static boolean inForce(AgreementStatus s) {
    return s == AgreementStatus.SIGNED || s == AgreementStatus.IN_FORCE;
  }

  /** The status on the day, from a history (see the class documentation): the strongest answer any entry gives. */
  private static <S extends Enum<S>> Holds byHistory(List<StatusEntry<S>> history, Predicate<S> holding,
      LocalDate day, ReportDate at) {
    if (history.get(0).date().start().isAfter(day)) {
      return Holds.UNKNOWN;
    }
    Holds best = Holds.NO;
    for (int i = 0; i < history.size() && !history.get(i).date().start().isAfter(day); i++) {
      Optional<PartialDate> next = i + 1 < history.size() ? Optional.of(history.get(i + 1).date()) : Optional.empty();
      if (next.isPresent() && !next.get().end().isAfter(day)) {
        continue; // certainly replaced by the next entry
      }
      boolean certain = !history.get(i).date().end().isAfter(day)
          && (next.isPresent() ? next.get().start().isAfter(day) : !day.isAfter(at.end()));
      if (holding.test(history.get(i).status())) {
        best = certain ? Holds.CERTAINLY : best == Holds.CERTAINLY ? best : Holds.POSSIBLY;
      }
    }
    return best;
  }

  static Holds loanHolds(Loan loan, LocalDate day, ReportDate at) {
    if (!loan.history().isEmpty()) {
      Holds status = byHistory(loan.history(), Snapshot::outstanding, day, at);
      if (loan.date().isEmpty()) {
        return status;
      }
      Holds started = started(loan.date().get(), day);
      return Holds.both(started, loan.term().isPresent() ? Holds.both(status, termNotEnded(loan, day)) : status);
    }
    if (loan.status() == LoanStatus.PROPOSED || loan.status() == LoanStatus.UNDER_NEGOTIATION) {
      return Holds.NO;
    }
    boolean ended = loan.status() == LoanStatus.REPAID || loan.status() == LoanStatus.COMPLETED;
    if (loan.date().isEmpty()) {
      return undated(ended, day, at);
    }
    Holds started = started(loan.date().get(), day);
    // Money repaid or completed may have ended before its term ran out: at most possible, and not after the report.
    Holds notEnded = loan.term().isEmpty() ? byStatus(ended, day, at)
        : ended ? Holds.both(termNotEnded(loan, day), byStatus(true, day, at)) : termNotEnded(loan, day);
    return Holds.both(started, notEnded);
  }

  /** A dated loan with a term ends that long after it starts. */
  private static Holds termNotEnded(Loan loan, LocalDate day) {
    LocalDate earliestEnd = loan.date().get().start().plus(loan.term().get());
    LocalDate latestEnd = loan.date().get().end().plus(loan.term().get());
    return day.isBefore(earliestEnd) ? Holds.CERTAINLY : day.isBefore(latestEnd) ? Holds.POSSIBLY : Holds.NO;
  }

  static Holds agreementHolds(Agreement a, LocalDate day, ReportDate at) {
    if (!a.history().isEmpty()) {
      Holds status = byHistory(a.history(), Snapshot::inForce, day, at);
      return a.date().isEmpty() ? status : Holds.both(started(a.date().get(), day), status);
    }
    boolean ended;
    switch (a.status()) {
      case SIGNED:
      case IN_FORCE:
        ended = false;
        break;
      case LAPSED:
      case SUSPENDED:
      case CONCLUDED:
        ended = true;
        break;
      default:
        return Holds.NO;
    }
    return a.date().isEmpty() ? undated(ended, day, at)
        : Holds.both(started(a.date().get(), day), byStatus(ended, day, at));
  }

  static Holds officeHolds(Office office, LocalDate day, ReportDate at) {
    Holds notEnded;
    if (office.to().isPresent()) {
      PartialDate to = office.to().get();
      notEnded = day.isBefore(to.start()) ? Holds.CERTAINLY : day.isAfter(to.end()) ? Holds.NO : Holds.POSSIBLY;
    } else if (office.from().isPresent() && !day.isAfter(office.from().get().end())) {
      notEnded = Holds.CERTAINLY;
    } else {
      // No end, and no status to say it still held: the report supports no later day.
      notEnded = Holds.POSSIBLY;
    }
    if (office.from().isEmpty()) {
      return Holds.both(Holds.UNKNOWN, notEnded);
    }
    return Holds.both(started(office.from().get(), day), notEnded);
  }

  /** {@return the day} */
  public LocalDate day() {
    return day;
  }

  /**
   * Returns the loans and other money outstanding, certainly or possibly.
   *
   * @return the entries in the report's order, not null
   */
  public ImmutableList<Entry<Loan>> outstandingLoans() {
    return known(loans, true);
  }

  /**
   * Returns the agreements in force, certainly or possibly.
   *
   * @return the entries in the report's order, not null
   */
  public ImmutableList<Entry<Agreement>> agreementsInForce() {
    return known(agreements, true);
  }

  /**
   * Returns the offices held, certainly or possibly.
   *
   * @return the entries in the report's order of actors, not null
   */
  public ImmutableList<Entry<OfficeHolding>> officeHolders() {
    return known(offices, true);
  }

  /**
   * Returns the loans and other money of which the data cannot tell whether they were outstanding.
   *
   * @return the entries, each {@link Answer#UNKNOWN}, in the report's order, not null
   */
  public ImmutableList<Entry<Loan>> unknownLoans() {
    return known(loans, false);
  }

  /**
   * Returns the agreements of which the data cannot tell whether they were in force.
   *
   * @return the entries, each {@link Answer#UNKNOWN}, in the report's order, not null
   */
  public ImmutableList<Entry<Agreement>> unknownAgreements() {
    return known(agreements, false);
  }

  /**
   * Returns the offices of which the data cannot tell whether they were held.
   *
   * @return the entries, each {@link Answer#UNKNOWN}, in the report's order of actors, not null
   */
  public ImmutableList<Entry<OfficeHolding>> unknownOffices() {
    return known(offices, false);
  }

  private static <T> ImmutableList<Entry<T>> known(ImmutableList<Entry<T>> entries, boolean known) {
    return entries.stream().filter(e -> (e.answer() != Answer.UNKNOWN) == known)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "Snapshot[" + day + ": " + outstandingLoans().size() + " loans, " + agreementsInForce().size()
        + " agreements, " + officeHolders().size() + " offices]";
  }
}
