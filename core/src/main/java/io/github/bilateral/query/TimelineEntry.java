package io.github.bilateral.query;

import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Summarised;

/**
 * One dated fact on a {@link Timeline}: an event, or a loan or agreement with a date.
 *
 * <pre>{@code
 * for (TimelineEntry e : q.timeline().entries()) {
 *   System.out.println(e.date() + " " + e.fact().ref() + " " + e.summary());
 * }
 * }</pre>
 *
 * <p>This record is immutable and thread-safe; it is equal to another with the same date and fact.
 *
 * @param date the date, as precise as the report gives it
 * @param fact the fact: an {@link Event}, a {@link Loan} or an {@link Agreement}
 */
public record TimelineEntry(PartialDate date, Fact fact) {

  /**
   * Makes an entry.
   *
   * @param date the date, as precise as the report gives it, not null
   * @param fact an {@link Event}, a {@link Loan} or an {@link Agreement}, not null
   * @throws IllegalArgumentException if the fact is of another kind, which has no date on a timeline
   */
  public TimelineEntry {
    if (!(fact instanceof Event || fact instanceof Loan || fact instanceof Agreement)) {
      throw new IllegalArgumentException("A timeline entry is an event, a loan or an agreement, not " + fact.ref());
    }
  }

  /** {@return a reference to the fact} */
  public FactRef ref() {
    return fact.ref();
  }

  /** {@return the fact's summary, in our words} */
  public String summary() {
    return ((Summarised) fact).summary();
  }

  /** Returns text such as {@code 2023-07-27 loan:china-rollover-2023-07}. */
  @Override
  public String toString() {
    return date + " " + fact.ref();
  }
}
