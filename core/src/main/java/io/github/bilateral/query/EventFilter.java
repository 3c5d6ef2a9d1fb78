package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.EventKind;
import io.github.bilateral.model.FactRef;

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
public final class EventFilter extends DatedFilter<Event, EventFilter>
    implements ByActor<EventFilter>, ByPlace<EventFilter>, ByKind<EventFilter, EventKind> {

  EventFilter(KindIndex<Event> index, ImmutableList<Criterion> criteria) {
    super(index, criteria, EventFilter::new);
  }

  /**
   * Keeps the events related to {@code fact}, such as a loan or an agreement.
   *
   * @param fact a reference to the related fact, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public EventFilter related(FactRef fact) {
    return narrow(this, "related", fact);
  }
}
