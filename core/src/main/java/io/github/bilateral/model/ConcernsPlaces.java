package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;

/**
 * The places a fact concerns: a loan's, an agreement's, an event's or a figure's. Each fact type
 * implements it beside {@link Fact}; the list never repeats a place.
 *
 * <pre>{@code
 * static boolean concerns(ConcernsPlaces fact, PlaceId place) {
 *   return fact.places().contains(place);
 * }
 *
 * PlaceId gwadar = PlaceId.of("gwadar");
 * report.loans().stream().filter(loan -> concerns(loan, gwadar)).map(Loan::ref)
 *     .forEach(System.out::println);   // loan:china-gwadar-port-financing, ...
 * report.events().stream().anyMatch(event -> concerns(event, gwadar));   // true
 * }</pre>
 */
public interface ConcernsPlaces {

  /** {@return the places the fact concerns, each once, in the report's order} */
  ImmutableList<PlaceId> places();
}
