package io.github.bilateral.query;

import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.PartialDate;
import java.util.Objects;

/**
 * One dated fact on a {@link Timeline}: an event, or a loan or agreement with a date.
 *
 * <pre>{@code
 * for (TimelineEntry e : q.timeline().entries()) {
 *   System.out.println(e.date() + " " + e.fact().ref() + " " + e.summary());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimelineEntry {

  private final PartialDate date;
  private final Fact fact;

  TimelineEntry(PartialDate date, Fact fact) {
    this.date = date;
    this.fact = fact;
  }

  /** {@return the date, as precise as the report gives it} */
  public PartialDate date() {
    return date;
  }

  /** {@return the fact: an {@link Event}, a {@link Loan} or an {@link Agreement}} */
  public Fact fact() {
    return fact;
  }

  /** {@return a reference to the fact} */
  public FactRef ref() {
    return fact.ref();
  }

  /** {@return the fact's summary, in our words} */
  public String summary() {
    if (fact instanceof Event) {
      return ((Event) fact).summary();
    }
    if (fact instanceof Loan) {
      return ((Loan) fact).summary();
    }
    return ((Agreement) fact).summary();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimelineEntry && ((TimelineEntry) o).date.equals(date) && ((TimelineEntry) o).fact.equals(fact);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, fact);
  }

  /** Returns text such as {@code 2023-07-27 loan:china-rollover-2023-07}. */
  @Override
  public String toString() {
    return date + " " + fact.ref();
  }
}
