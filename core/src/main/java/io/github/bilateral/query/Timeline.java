package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The report's dated facts in date order: every event that has a date, and every loan and
 * agreement that has one. Events the report does not date are kept apart in {@link #undated()}: a
 * date range never matches them.
 *
 * <p>Entries are ordered by {@link PartialDate}'s order (first day, then coarser first, then last
 * day), then events before loans before agreements, then in the report's order. So {@code 2023}
 * comes before {@code 2023-01} and {@code early 2023-03} before {@code 2023-03-05}. A date stands for
 * a span of days; {@link #dated(DateRange, DateMatch)} says whether an entry must overlap a range or
 * lie within it.
 *
 * <pre>{@code
 * Timeline t = q.timeline();
 * t.dated(DateRange.parse("2023-05..2023-08")).entries();   // may have happened May-August 2023
 * t.byYear().get(2023);                                      // everything dated in 2023
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Timeline {

  private static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::date)
      .thenComparing(e -> e.fact().ref().kind() == io.github.bilateral.model.FactKind.EVENT ? 0
          : e.fact().ref().kind() == io.github.bilateral.model.FactKind.LOAN ? 1 : 2);

  private final ImmutableList<TimelineEntry> entries;
  private final ImmutableList<Event> undated;
  private final DateIndex dates;

  private Timeline(ImmutableList<TimelineEntry> entries, ImmutableList<Event> undated) {
    this.entries = entries;
    this.undated = undated;
    this.dates = DateIndex.build(entries, e -> Optional.of(e.date()));
  }

  static Timeline of(Report report) {
    List<TimelineEntry> all = new ArrayList<>();
    ImmutableList.Builder<Event> undated = ImmutableList.builder();
    for (Event e : report.events()) {
      if (e.date().isPresent()) {
        all.add(new TimelineEntry(e.date().get(), e));
      } else {
        undated.add(e);
      }
    }
    for (Loan l : report.loans()) {
      l.date().ifPresent(d -> all.add(new TimelineEntry(d, l)));
    }
    for (Agreement a : report.agreements()) {
      a.date().ifPresent(d -> all.add(new TimelineEntry(d, a)));
    }
    all.sort(ORDER); // stable: the report's order breaks ties
    return new Timeline(ImmutableList.copyOf(all), undated.build());
  }

  /**
   * Returns the events the report does not date ({@link Event#noDate()}: ongoing, undated, an era),
   * in the report's order. They have no place in date order, so they are not among {@link
   * #entries()}, and no date range of {@link #dated(DateRange)} ever matches them.
   *
   * @return the undated events, not null
   */
  public ImmutableList<Event> undated() {
    return undated;
  }

  /** {@return every entry, in date order} */
  public ImmutableList<TimelineEntry> entries() {
    return entries;
  }

  /**
   * {@return the entries that may fall in {@code range}: their span overlaps it}
   *
   * @param range the days to match, not null
   */
  public Timeline dated(DateRange range) {
    return dated(range, DateMatch.OVERLAPS);
  }

  /**
   * {@return the entries whose date lies against {@code range} as {@code match} asks; never an
   * undated event, so the result's {@link #undated()} is empty}
   *
   * @param range the days to match, not null
   * @param match how the date must lie against the range: overlap it or lie within it, not null
   */
  public Timeline dated(DateRange range, DateMatch match) {
    int[] positions = dates.select(range, match);
    ImmutableList.Builder<TimelineEntry> out = ImmutableList.builderWithExpectedSize(positions.length);
    for (int p : positions) {
      out.add(entries.get(p));
    }
    return new Timeline(out.build(), ImmutableList.of());
  }

  /**
   * {@return the entries that involve {@code actor}: its events, its money, its agreements}
   *
   * @param actor the actor's id, not null
   */
  public Timeline involving(ActorId actor) {
    return new Timeline(entries.stream().filter(e -> involves(e.fact(), actor))
        .collect(ImmutableList.toImmutableList()),
        undated.stream().filter(e -> e.actors().contains(actor)).collect(ImmutableList.toImmutableList()));
  }

  private static boolean involves(Fact fact, ActorId actor) {
    if (fact instanceof Event) {
      return ((Event) fact).actors().contains(actor);
    }
    if (fact instanceof Loan) {
      return ((Loan) fact).lenders().contains(actor) || ((Loan) fact).borrowers().contains(actor);
    }
    return ((Agreement) fact).parties().contains(actor);
  }

  /** {@return the entries grouped by year, years in order} */
  public ImmutableSortedMap<Integer, ImmutableList<TimelineEntry>> byYear() {
    return group(e -> e.date().year());
  }

  /**
   * {@return the entries grouped by month, months in order} An entry dated only by a year is
   * grouped under that year (a {@link PartialDate} of year precision), which sorts before the
   * year's months; a day or part of a month is grouped under its month.
   */
  public ImmutableSortedMap<PartialDate, ImmutableList<TimelineEntry>> byMonth() {
    return group(e -> e.date().month().isPresent()
        ? PartialDate.ofMonth(e.date().year(), e.date().month().getAsInt())
        : PartialDate.ofYear(e.date().year()));
  }

  private <K extends Comparable<? super K>> ImmutableSortedMap<K, ImmutableList<TimelineEntry>> group(
      Function<TimelineEntry, K> key) {
    Map<K, ImmutableList.Builder<TimelineEntry>> groups = new TreeMap<>();
    for (TimelineEntry e : entries) {
      groups.computeIfAbsent(key.apply(e), k -> ImmutableList.builder()).add(e);
    }
    ImmutableSortedMap.Builder<K, ImmutableList<TimelineEntry>> out = ImmutableSortedMap.naturalOrder();
    groups.forEach((k, v) -> out.put(k, v.build()));
    return out.buildOrThrow();
  }

  @Override
  public String toString() {
    return "Timeline[" + entries.size() + " entries"
        + (entries.isEmpty() ? "" : ", " + entries.get(0).date() + " to " + entries.get(entries.size() - 1).date())
        + "]";
  }
}
