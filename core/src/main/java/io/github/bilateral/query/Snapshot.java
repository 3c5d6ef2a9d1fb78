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
import java.time.LocalDate;
import java.util.Objects;

/**
 * The state of things on one day, as far as the report's dates and statuses tell: which loans were
 * outstanding, which agreements in force, who held which office.
 *
 * <p>Dates in the report are partial ({@code 2023-07}, {@code mid 2023-08}) and statuses describe
 * the report's own date ({@code 2023-12}), so each answer is either {@linkplain Entry#certain()
 * certain} or only possible:
 *
 * <ul>
 *   <li><b>Started:</b> certain when the last day the fact's date stands for is on or before the
 *       day; possible when only its first day is. Facts without a date (loans, agreements) or
 *       without a start (offices) are left out: the report does not say when they held.
 *   <li><b>Not yet ended:</b> a loan with a term ends that long after it starts (certainly not yet if
 *       the day is before the earliest end); an office ends on its {@code to} date. Otherwise the
 *       status, which holds at the report's date, decides: money {@link LoanStatus#REPAID repaid} or
 *       {@link LoanStatus#COMPLETED completed}, and agreements {@linkplain AgreementStatus#LAPSED
 *       lapsed}, {@linkplain AgreementStatus#SUSPENDED suspended} or
 *       {@linkplain AgreementStatus#CONCLUDED concluded}, ended at some unknown time before it, so
 *       they are at most possible; anything else still held then, so it is certain up to the last
 *       day of the report's date and possible after.
 *   <li>Money only {@linkplain LoanStatus#PROPOSED proposed} or
 *       {@linkplain LoanStatus#UNDER_NEGOTIATION under negotiation}, and agreements proposed, under
 *       negotiation, awaiting approval, not materialised or absent, are never outstanding or in force.
 * </ul>
 *
 * <pre>{@code
 * Snapshot s = q.asOf(LocalDate.of(2023, 9, 1));
 * s.officeHolders();        // who held which office on 1 September 2023
 * s.outstandingLoans();     // the IMF stand-by arrangement among them
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Snapshot {

  /**
   * A fact that held, or may have held, on the snapshot's day.
   *
   * @param <T> the kind of fact
   */
  public static final class Entry<T> {
    private final T value;
    private final boolean certain;

    Entry(T value, boolean certain) {
      this.value = value;
      this.certain = certain;
    }

    /** {@return the fact} */
    public T value() {
      return value;
    }

    /** {@return whether it certainly held on the day, rather than possibly} */
    public boolean certain() {
      return certain;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry && ((Entry<?>) o).value.equals(value) && ((Entry<?>) o).certain == certain;
    }

    @Override
    public int hashCode() {
      return Objects.hash(value, certain);
    }

    @Override
    public String toString() {
      return (certain ? "certainly " : "possibly ") + value;
    }
  }

  /** Whether something holds on a day: not, possibly, or certainly. */
  private enum Holds {
    NO, POSSIBLY, CERTAINLY;

    static Holds both(Holds a, Holds b) {
      return a.ordinal() < b.ordinal() ? a : b;
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

  static Snapshot of(Report report, LocalDate day, ImmutableList<Loan> startedLoans,
      ImmutableList<Agreement> startedAgreements) {
    LocalDate reportEnd = report.metadata().date().end();
    ImmutableList.Builder<Entry<Loan>> loans = ImmutableList.builder();
    for (Loan loan : startedLoans) {
      Holds h = loanHolds(loan, day, reportEnd);
      if (h != Holds.NO) {
        loans.add(new Entry<>(loan, h == Holds.CERTAINLY));
      }
    }
    ImmutableList.Builder<Entry<Agreement>> agreements = ImmutableList.builder();
    for (Agreement a : startedAgreements) {
      Holds h = agreementHolds(a, day, reportEnd);
      if (h != Holds.NO) {
        agreements.add(new Entry<>(a, h == Holds.CERTAINLY));
      }
    }
    ImmutableList.Builder<Entry<OfficeHolding>> offices = ImmutableList.builder();
    for (Actor actor : report.actors()) {
      for (Office office : actor.offices()) {
        Holds h = officeHolds(office, day, reportEnd);
        if (h != Holds.NO) {
          offices.add(new Entry<>(new OfficeHolding(actor.id(), office), h == Holds.CERTAINLY));
        }
      }
    }
    return new Snapshot(day, loans.build(), agreements.build(), offices.build());
  }

  private static Holds started(PartialDate date, LocalDate day) {
    if (!date.end().isAfter(day)) {
      return Holds.CERTAINLY;
    }
    return date.start().isAfter(day) ? Holds.NO : Holds.POSSIBLY;
  }

  private static Holds byStatus(boolean ended, LocalDate day, LocalDate reportEnd) {
    if (ended) {
      return day.isAfter(reportEnd) ? Holds.NO : Holds.POSSIBLY;
    }
    return day.isAfter(reportEnd) ? Holds.POSSIBLY : Holds.CERTAINLY;
  }

  static Holds loanHolds(Loan loan, LocalDate day, LocalDate reportEnd) {
    if (loan.status() == LoanStatus.PROPOSED || loan.status() == LoanStatus.UNDER_NEGOTIATION
        || loan.date().isEmpty()) {
      return Holds.NO;
    }
    Holds started = started(loan.date().get(), day);
    Holds notEnded;
    if (loan.term().isPresent()) {
      LocalDate earliestEnd = loan.date().get().start().plus(loan.term().get());
      LocalDate latestEnd = loan.date().get().end().plus(loan.term().get());
      notEnded = day.isBefore(earliestEnd) ? Holds.CERTAINLY : day.isBefore(latestEnd) ? Holds.POSSIBLY : Holds.NO;
    } else {
      boolean ended = loan.status() == LoanStatus.REPAID || loan.status() == LoanStatus.COMPLETED;
      notEnded = byStatus(ended, day, reportEnd);
    }
    return Holds.both(started, notEnded);
  }

  static Holds agreementHolds(Agreement a, LocalDate day, LocalDate reportEnd) {
    switch (a.status()) {
      case SIGNED:
      case IN_FORCE:
        return a.date().isEmpty() ? Holds.NO : Holds.both(started(a.date().get(), day), byStatus(false, day, reportEnd));
      case LAPSED:
      case SUSPENDED:
      case CONCLUDED:
        return a.date().isEmpty() ? Holds.NO : Holds.both(started(a.date().get(), day), byStatus(true, day, reportEnd));
      default:
        return Holds.NO;
    }
  }

  static Holds officeHolds(Office office, LocalDate day, LocalDate reportEnd) {
    if (office.from().isEmpty()) {
      return Holds.NO;
    }
    Holds started = started(office.from().get(), day);
    Holds notEnded;
    if (office.to().isPresent()) {
      PartialDate to = office.to().get();
      notEnded = day.isBefore(to.start()) ? Holds.CERTAINLY : day.isAfter(to.end()) ? Holds.NO : Holds.POSSIBLY;
    } else {
      notEnded = byStatus(false, day, reportEnd);
    }
    return Holds.both(started, notEnded);
  }

  /** {@return the day} */
  public LocalDate day() {
    return day;
  }

  /** {@return the loans and other money outstanding, certainly or possibly, in the report's order} */
  public ImmutableList<Entry<Loan>> outstandingLoans() {
    return loans;
  }

  /** {@return the agreements in force, certainly or possibly, in the report's order} */
  public ImmutableList<Entry<Agreement>> agreementsInForce() {
    return agreements;
  }

  /** {@return the offices held, certainly or possibly, in the report's order of actors} */
  public ImmutableList<Entry<OfficeHolding>> officeHolders() {
    return offices;
  }

  @Override
  public String toString() {
    return "Snapshot[" + day + ": " + loans.size() + " loans, " + agreements.size() + " agreements, "
        + offices.size() + " offices]";
  }
}
