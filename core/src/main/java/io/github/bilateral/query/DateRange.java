package io.github.bilateral.query;

import io.github.bilateral.model.PartialDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A closed range of days, possibly open at either end, such as {@code 2023-05-01..2023-08-31} or
 * {@code 2023-01-01..}, used to filter facts by their {@link PartialDate}s.
 *
 * <p>A range made from partial dates runs from the first day of the first to the last day of the
 * second: {@code DateRange.between(PartialDate.parse("2023-05"), PartialDate.parse("2023-08"))} is
 * {@code 2023-05-01..2023-08-31}. How a fact's date must lie against the range is a separate
 * choice, {@link DateMatch}.
 *
 * <pre>{@code
 * DateRange summer = DateRange.parse("2023-05..2023-08");
 * summer.overlaps(PartialDate.parse("2023"));    // true: some day of 2023 is in the range
 * summer.encloses(PartialDate.parse("2023"));    // false: not every day is
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateRange {

  private static final DateRange ALL = new DateRange(null, null);

  private final LocalDate first;
  private final LocalDate last;
  private final boolean openStart;
  private final boolean openEnd;

  private DateRange(LocalDate first, LocalDate last) {
    this.openStart = first == null;
    this.openEnd = last == null;
    this.first = first == null ? LocalDate.MIN : first;
    this.last = last == null ? LocalDate.MAX : last;
  }

  /** {@return the range of every day} */
  public static DateRange all() {
    return ALL;
  }

  /**
   * {@return the days from {@code first} to {@code last}, both included}
   *
   * @param first the first day, not null
   * @param last the last day, not null
   * @throws DateTimeException if {@code last} is before {@code first}
   */
  public static DateRange of(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new DateTimeException("Invalid DateRange: last day " + last + " is before first day " + first);
    }
    return new DateRange(first, last);
  }

  /**
   * {@return the days {@code date} stands for, such as {@code 2023-08-11..2023-08-20} for mid
   * 2023-08}
   *
   * @param date the partial date, not null
   */
  public static DateRange of(PartialDate date) {
    return new DateRange(date.start(), date.end());
  }

  /**
   * {@return the days from the first day of {@code from} to the last day of {@code to}}
   *
   * @param from the partial date the range starts with, not null
   * @param to the partial date the range ends with, not null
   * @throws DateTimeException if {@code to} ends before {@code from} starts
   */
  public static DateRange between(PartialDate from, PartialDate to) {
    return of(from.start(), to.end());
  }

  /**
   * {@return the days from the first day of {@code from} on, without end}
   *
   * @param from the partial date the range starts with, not null
   */
  public static DateRange from(PartialDate from) {
    return new DateRange(from.start(), null);
  }

  /**
   * {@return every day up to the last day of {@code to}}
   *
   * @param to the partial date the range ends with, not null
   */
  public static DateRange until(PartialDate to) {
    return new DateRange(null, to.end());
  }

  /**
   * {@return the range from optional ends: both empty gives {@link #all()}}
   *
   * @param from the partial date the range starts with, or empty for no start; not null
   * @param to the partial date the range ends with, or empty for no end; not null
   * @throws DateTimeException if {@code to} ends before {@code from} starts
   */
  public static DateRange of(Optional<PartialDate> from, Optional<PartialDate> to) {
    if (from.isPresent() && to.isPresent()) {
      return between(from.get(), to.get());
    }
    return new DateRange(from.map(PartialDate::start).orElse(null), to.map(PartialDate::end).orElse(null));
  }

  /**
   * Parses {@code "FROM..TO"}, {@code "FROM.."}, {@code "..TO"} or a single partial date, where each
   * end is a {@link PartialDate} such as {@code 2023}, {@code 2023-05}, {@code 2023-05-09} or
   * {@code mid 2023-08}. {@link #toString()} gives text this method reads.
   *
   * @param text the text, not null
   * @return the range
   * @throws DateTimeException if the text is not a range or its ends are not dates
   */
  public static DateRange parse(CharSequence text) {
    String s = text.toString().trim();
    int dots = s.indexOf("..");
    if (dots < 0) {
      return of(PartialDate.parse(s));
    }
    if (s.indexOf("..", dots + 2) >= 0) {
      throw new DateTimeException("Text '" + text + "' could not be parsed as a DateRange: more than one '..'");
    }
    String left = s.substring(0, dots).trim();
    String right = s.substring(dots + 2).trim();
    Optional<PartialDate> from = left.isEmpty() ? Optional.empty() : Optional.of(PartialDate.parse(left));
    Optional<PartialDate> to = right.isEmpty() ? Optional.empty() : Optional.of(PartialDate.parse(right));
    return of(from, to);
  }

  /** {@return the first day, or empty if the range has no start} */
  public Optional<LocalDate> first() {
    return openStart ? Optional.empty() : Optional.of(first);
  }

  /** {@return the last day, or empty if the range has no end} */
  public Optional<LocalDate> last() {
    return openEnd ? Optional.empty() : Optional.of(last);
  }

  /**
   * {@return whether {@code day} lies in this range}
   *
   * @param day the day to test, not null
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }

  /**
   * {@return whether some day that {@code date} stands for lies in this range}
   *
   * @param date the partial date to test, not null
   */
  public boolean overlaps(PartialDate date) {
    return !date.end().isBefore(first) && !date.start().isAfter(last);
  }

  /**
   * {@return whether every day that {@code date} stands for lies in this range}
   *
   * @param date the partial date to test, not null
   */
  public boolean encloses(PartialDate date) {
    return !date.start().isBefore(first) && !date.end().isAfter(last);
  }

  /**
   * {@return whether {@code date} lies against this range as {@code match} asks}
   *
   * @param date the partial date to test, not null
   * @param match how the date must lie against the range: overlap it or lie within it, not null
   */
  public boolean matches(PartialDate date, DateMatch match) {
    return match == DateMatch.OVERLAPS ? overlaps(date) : encloses(date);
  }

  long firstEpochDay() {
    return first.toEpochDay();
  }

  long lastEpochDay() {
    return last.toEpochDay();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange && ((DateRange) o).first.equals(first) && ((DateRange) o).last.equals(last);
  }

  @Override
  public int hashCode() {
    return first.hashCode() * 31 + last.hashCode();
  }

  /** Returns the range as {@link #parse(CharSequence)} reads it, such as {@code 2023-05-01..2023-08-31}. */
  @Override
  public String toString() {
    return (openStart ? "" : first.toString()) + ".." + (openEnd ? "" : last.toString());
  }
}
