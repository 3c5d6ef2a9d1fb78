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
public final class EventFilter extends DatedFilter<Event, EventFilter> {

  EventFilter(KindIndex<Event> index, ImmutableList<Criterion> criteria) {
    super(index, criteria);
  }

  @Override
  EventFilter narrowed(ImmutableList<Criterion> criteria) {
    return new EventFilter(index, criteria);
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

  /**
   * Keeps the events {@code actor} took part in.
   *
   * @param actor the actor's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public EventFilter actor(ActorId actor) {
    return narrowed(where("actor", actor));
  }

  /**
   * Keeps the events that happened at {@code place}.
   *
   * @param place the place's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public EventFilter place(PlaceId place) {
    return narrowed(where("place", place));
  }

  /**
   * Keeps the events of one kind.
   *
   * @param kind the kind to keep, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public EventFilter kind(EventKind kind) {
    return narrowed(where("kind", kind));
  }

  /**
   * Keeps the events related to {@code fact}, such as a loan or an agreement.
   *
   * @param fact a reference to the related fact, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public EventFilter related(FactRef fact) {
    return narrowed(where("related", fact));
  }
}
