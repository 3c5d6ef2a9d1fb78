package io.github.bilateral.query;

import io.github.bilateral.model.ActorId;

/**
 * A filter over facts that involve actors: events (the actors who took part), figures (the actors
 * they are about) and relations (the actors at either end). Code that narrows any of them to one
 * actor can take this type.
 *
 * <pre>{@code
 * ActorId khan = ActorId.of("imran-khan");
 * q.events().actor(khan).list();
 * q.relations().actor(khan).list();   // either end
 * }</pre>
 *
 * @param <S> the filter's own class, which the criterion returns
 */
public sealed interface ByActor<S extends FactFilter<?>> permits EventFilter, FigureFilter, RelationFilter {

  /**
   * Keeps the facts that involve {@code actor}: the events it took part in, the figures about it,
   * the relations with it at either end.
   *
   * @param actor the actor's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  default S actor(ActorId actor) {
    return FactFilter.narrow(this, "actor", actor);
  }
}
