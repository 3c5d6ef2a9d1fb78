package io.github.bilateral.query;

import io.github.bilateral.model.PlaceId;

/**
 * A filter over facts that name the places they concern ({@link
 * io.github.bilateral.model.ConcernsPlaces}): agreements, events, figures and loans. Code that
 * narrows any of them to one place can take this type.
 *
 * <pre>{@code
 * PlaceId gwadar = PlaceId.of("gwadar");
 * q.events().place(gwadar).list();       // what happened there
 * q.loans().place(gwadar).list();        // money for it
 * }</pre>
 *
 * @param <S> the filter's own class, which the criterion returns
 */
public sealed interface ByPlace<S extends FactFilter<?>>
    permits AgreementFilter, EventFilter, FigureFilter, LoanFilter {

  /**
   * Keeps the facts that name {@code place} among the places they concern: where an event
   * happened, what an agreement, a figure or money is about. A place inside it is not matched.
   *
   * @param place the place's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  default S place(PlaceId place) {
    return FactFilter.narrow(this, "place", place);
  }
}
