package io.github.bilateral.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A date known to the precision of a year, a month or a day, such as {@code 2023}, {@code 2023-07}
 * or {@code 2023-07-27}, optionally narrowed to the early, middle or late part of its year or month,
 * such as {@code mid 2023-08} for "mid-August 2023".
 *
 * <p>A partial date stands for an interval of days: {@link #toRange()} returns it as a closed
 * {@link Range} of {@link LocalDate}s. The parts divide a month into days 1-10, 11-20 and 21 to the
 * end, and a year into January-April, May-August and September-December. A part applies only to a
 * year or a month, never to a full date.
 *
 * <p>This class does not represent a time of day, a time zone, a span between two dates, or an
 * uncertain year ("circa 1893" is written {@code 1893}).
 *
 * <p>{@link #toString()} prints exactly what {@link #parse(CharSequence)} reads: the ISO-8601
 * prefix, preceded by the part and a space where there is one.
 *
 * <pre>{@code
 * PartialDate d = PartialDate.parse("mid 2023-08");
 * d.precision();   // MONTH
 * d.toRange();     // [2023-08-11..2023-08-20]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** How much of a date is known. */
  public enum Precision {
    /** Only the year, such as {@code 2023}. */
    YEAR,
    /** The year and the month, such as {@code 2023-07}. */
    MONTH,
    /** The full date, such as {@code 2023-07-27}. */
    DAY
  }

  /** The part of a year or a month that a date is narrowed to: "early", "mid" or "late". */
  public enum Part {
    /** Days 1-10 of a month, or January to April of a year. */
    EARLY,
    /** Days 11-20 of a month, or May to August of a year. */
    MID,
    /** Day 21 to the end of a month, or September to December of a year. */
    LATE;

    /** {@return the lowercase word used in text and JSON, such as {@code "mid"}} */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the part named by {@code word} ({@code early}, {@code mid} or {@code late})}
     *
     * @param word the word as the format writes it, not null
     * @throws IllegalArgumentException if the word is none of them
     */
    public static Part fromWord(String word) {
      for (Part part : values()) {
        if (part.word().equals(word)) {
          return part;
        }
      }
      throw new IllegalArgumentException(
          "Invalid date part (valid values early, mid, late): \"" + word + "\"");
    }
  }

  /** The smallest year accepted. */
  public static final int MIN_YEAR = 1;
  /** The largest year accepted. */
  public static final int MAX_YEAR = 9999;

  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::start)
          .thenComparing(PartialDate::precision)
          .thenComparing(PartialDate::end)
          .thenComparing(d -> d.part == null ? -1 : d.part.ordinal());

  private final int year;
  private final int month;
  private final int day;
  private final @Nullable Part part;

  private PartialDate(int year, int month, int day, @Nullable Part part) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.part = part;
  }

  /**
   * {@return a date known to the year, such as {@code 1893}}
   *
   * @param year the year, from {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @throws DateTimeException if the year is outside {@value #MIN_YEAR} - {@value #MAX_YEAR}
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(year, 0, 0, null);
  }

  /**
   * {@return a date known to the month, such as {@code 2023-07}}
   *
   * @param year the year, from {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @param month the month of the year, from 1 (January) to 12 (December)
   * @throws DateTimeException if the year or the month is out of range
   */
  public static PartialDate ofMonth(int year, int month) {
    checkYear(year);
    if (month < 1 || month > 12) {
      throw new DateTimeException("Invalid value for MonthOfYear (valid values 1 - 12): " + month);
    }
    return new PartialDate(year, month, 0, null);
  }

  /**
   * {@return a full date, such as {@code 2023-07-27}}
   *
   * @param year the year, from {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @param month the month of the year, from 1 (January) to 12 (December)
   * @param day the day of the month, from 1 to 31
   * @throws DateTimeException if the date does not exist, such as {@code 2023-02-30}
   */
  public static PartialDate of(int year, int month, int day) {
    checkYear(year);
    LocalDate.of(year, month, day); // throws with java.time's message for impossible dates
    return new PartialDate(year, month, day, null);
  }

  /**
   * {@return the full date {@code date}}
   *
   * @param date the day, not null
   */
  public static PartialDate of(LocalDate date) {
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses an ISO-8601 prefix ({@code 2023}, {@code 2023-07}, {@code 2023-07-27}), optionally
   * preceded by a part and a space ({@code late 2023-03}).
   *
   * @param text the text to parse, not null
   * @return the date, not null
   * @throws DateTimeException if the text is malformed or names an impossible date; the message
   *     quotes the text
   */
  public static PartialDate parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    Part part = null;
    int space = s.indexOf(' ');
    if (space > 0) {
      try {
        part = Part.fromWord(s.substring(0, space));
      } catch (IllegalArgumentException e) {
        throw new DateTimeException("Text '" + s + "' could not be parsed: " + e.getMessage());
      }
      s = s.substring(space + 1);
    }
    // yyyy, yyyy-MM or yyyy-MM-dd, ASCII digits only; checked by hand, as a regex costs more than
    // the rest of reading a date.
    int length = s.length();
    if (!(length == 4 || length == 7 || length == 10) || !digits(s, 0, 4)
        || (length >= 7 && (s.charAt(4) != '-' || !digits(s, 5, 7)))
        || (length == 10 && (s.charAt(7) != '-' || !digits(s, 8, 10)))) {
      throw new DateTimeException("Text '" + text
          + "' could not be parsed: expected yyyy, yyyy-MM or yyyy-MM-dd");
    }
    PartialDate date;
    try {
      int year = number(s, 0, 4);
      if (length == 4) {
        date = ofYear(year);
      } else if (length == 7) {
        date = ofMonth(year, number(s, 5, 7));
      } else {
        date = of(year, number(s, 5, 7), number(s, 8, 10));
      }
    } catch (DateTimeException e) {
      throw new DateTimeException("Text '" + text + "' could not be parsed: " + e.getMessage(), e);
    }
    return part == null ? date : date.withPart(part);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new DateTimeException("Invalid value for Year (valid values " + MIN_YEAR + " - "
          + MAX_YEAR + "): " + year);
    }
  }

  /**
   * {@return a copy narrowed to the given part of its year or month} This instance is unaffected.
   *
   * @param part the early, mid or late part, not null
   * @throws DateTimeException if this is a full date
   */
  public PartialDate withPart(Part part) {
    requireNonNull(part, "part");
    if (precision() == Precision.DAY) {
      throw new DateTimeException(
          "A part (" + part.word() + ") applies only to a year or a month, not to " + toIsoString());
    }
    return new PartialDate(year, month, day, part);
  }

  /**
   * {@return a copy with the given part, or without a part when {@code part} is empty} This
   * instance is unaffected.
   *
   * @param part the early, mid or late part, not null
   */
  public PartialDate withPart(Optional<Part> part) {
    return part.isPresent() ? withPart(part.get()) : withoutPart();
  }

  /** {@return a copy without a part} This instance is unaffected. */
  public PartialDate withoutPart() {
    return part == null ? this : new PartialDate(year, month, day, null);
  }

  /** {@return how much of the date is known} */
  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** {@return the year} */
  public int year() {
    return year;
  }

  /** {@return the month (1-12) if known} */
  public OptionalInt month() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /** {@return the day of the month if known} */
  public OptionalInt day() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /** {@return the part of the year or month, if the date is narrowed to one} */
  public Optional<Part> part() {
    return Optional.ofNullable(part);
  }

  /** {@return the first day this date may stand for} */
  public LocalDate start() {
    switch (precision()) {
      case DAY:
        return LocalDate.of(year, month, day);
      case MONTH:
        int firstDay = part == null ? 1 : part == Part.EARLY ? 1 : part == Part.MID ? 11 : 21;
        return LocalDate.of(year, month, firstDay);
      default:
        int firstMonth = part == null ? 1 : part == Part.EARLY ? 1 : part == Part.MID ? 5 : 9;
        return LocalDate.of(year, firstMonth, 1);
    }
  }

  /** {@return the last day this date may stand for} */
  public LocalDate end() {
    switch (precision()) {
      case DAY:
        return LocalDate.of(year, month, day);
      case MONTH:
        YearMonth ym = YearMonth.of(year, month);
        int lastDay = part == null || part == Part.LATE ? ym.lengthOfMonth() : part == Part.EARLY ? 10 : 20;
        return ym.atDay(lastDay);
      default:
        int lastMonth = part == null || part == Part.LATE ? 12 : part == Part.EARLY ? 4 : 8;
        return YearMonth.of(year, lastMonth).atEndOfMonth();
    }
  }

  /** {@return the closed range of days this date stands for, such as {@code [2023-08-11..2023-08-20]}} */
  public Range<LocalDate> toRange() {
    return Range.closed(start(), end());
  }

  /**
   * {@return whether the day {@code date} lies within this date's range}
   *
   * @param date the day to test, not null
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** {@return the ISO-8601 prefix without the part, such as {@code "2023-08"}} */
  public String toIsoString() {
    StringBuilder sb = new StringBuilder(10);
    sb.append(String.format(Locale.ROOT, "%04d", year));
    if (month != 0) {
      sb.append(String.format(Locale.ROOT, "-%02d", month));
    }
    if (day != 0) {
      sb.append(String.format(Locale.ROOT, "-%02d", day));
    }
    return sb.toString();
  }

  /**
   * Orders dates by their first day, then coarser precision first, then their last day, so that
   * {@code 2023} sorts before {@code 2023-01} and {@code 2023-01-01}, and {@code early 2023-03}
   * before {@code 2023-03-05}.
   */
  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PartialDate)) {
      return false;
    }
    PartialDate d = (PartialDate) o;
    return year == d.year && month == d.month && day == d.day && part == d.part;
  }

  @Override
  public int hashCode() {
    return ((year * 13 + month) * 32 + day) * 4 + (part == null ? 0 : part.ordinal() + 1);
  }

  /** Returns the text that {@link #parse(CharSequence)} reads, such as {@code "mid 2023-08"}. */
  @Override
  public String toString() {
    return part == null ? toIsoString() : part.word() + " " + toIsoString();
  }
}
