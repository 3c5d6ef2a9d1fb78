package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.EventKind;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.PlaceId;
import java.util.Optional;

/**
 * Selects events. Results are in the report's order of events; for date order use
 * {@link ReportQuery#timeline()}. An event without a date ({@link Event#noDate()}) never matches a
 * date range: the report does not say when it happened.
 *
 * <pre>{@code
 * q.events().dated(DateRange.parse("2023-05..2023-08")).list();   // what happened May to August 2023
 * q.events().actor(ActorId.of("imran-khan")).kind(EventKind.ARREST).list();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each method returns a new, narrower filter.
 */
public final class EventFilter extends FactFilter<Event> {

  EventFilter(KindIndex<Event> index, ImmutableList<Criterion> criteria) {
    super(index, criteria);
  }

  static KindIndex<Event> index(ImmutableList<Event> events) {
    return KindIndex.of(events)
        .by("actor", Event::actors)
        .by("place", Event::places)
        .byOne("kind", Event::kind)
        .by("related", Event::related)
        .dated(Event::date)
        .build();
  }

  private EventFilter with(String what, Object value) {
    return new EventFilter(index, and(what, value, index.lookup(what, value)));
  }

  /**
   * Keeps the events {@code actor} took part in.
   *
   * @param actor the actor's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public EventFilter actor(ActorId actor) {
    return with("actor", actor);
  }

  /**
   * Keeps the events that happened at {@code place}.
   *
   * @param place the place's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public EventFilter place(PlaceId place) {
    return with("place", place);
  }

  /**
   * Keeps the events of one kind.
   *
   * @param kind the kind to keep, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public EventFilter kind(EventKind kind) {
    return with("kind", kind);
  }

  /**
   * Keeps the events related to {@code fact}, such as a loan or an agreement.
   *
   * @param fact a reference to the related fact, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public EventFilter related(FactRef fact) {
    return with("related", fact);
  }

  /**
   * Keeps the events dated on some day of {@code range}.
   *
   * @param range the days to match, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public EventFilter dated(DateRange range) {
    return dated(range, DateMatch.OVERLAPS);
  }

  /**
   * Keeps the events whose date lies against {@code range} as {@code match} asks.
   *
   * @param range the days to match, not null
   * @param match how the date must lie against the range: overlap it or lie within it, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public EventFilter dated(DateRange range, DateMatch match) {
    return new EventFilter(index, and("dated-" + match.name().toLowerCase(java.util.Locale.ROOT), range,
        index.dated(range, match)));
  }
}
