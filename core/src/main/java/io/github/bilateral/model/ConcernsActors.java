package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;

/**
 * The actors a fact concerns: an event's, a figure's or an assessment's. (Loans name their lenders
 * and borrowers, agreements their parties and relations their two ends, each in words of its own.)
 * Each fact type implements it beside {@link Fact}; the list never repeats an actor.
 *
 * <pre>{@code
 * static boolean concerns(ConcernsActors fact, ActorId actor) {
 *   return fact.actors().contains(actor);
 * }
 *
 * ActorId khan = ActorId.of("imran-khan");
 * report.assessments().stream().filter(a -> concerns(a, khan)).map(Assessment::ref)
 *     .forEach(System.out::println);   // assessment:delayed-elections-dissipate-khan-support, ...
 * }</pre>
 */
public interface ConcernsActors {

  /** {@return the actors the fact concerns, each once, in the report's order} */
  ImmutableList<ActorId> actors();
}
