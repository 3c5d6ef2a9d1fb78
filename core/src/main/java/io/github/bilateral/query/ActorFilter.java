package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.ActorKind;

/**
 * Selects actors by kind, country or organisation. Results are in the report's order of actors.
 * To find one actor by name use {@link ReportQuery#findActor(String)}.
 *
 * <pre>{@code
 * q.actors().kind(ActorKind.PERSON).list();
 * q.actors().officeIn(ActorId.of("pakistan-military")).list();   // who holds an office there: asim-munir
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each method returns a new, narrower filter.
 */
public final class ActorFilter extends FactFilter<Actor>
    implements ByKind<ActorFilter, ActorKind> {

  ActorFilter(KindIndex<Actor> index, ImmutableList<Criterion> criteria) {
    super(index, criteria, ActorFilter::new);
  }

  /**
   * Keeps the actors whose country is {@code country}, as the data records it (an ISO 3166 code).
   *
   * @param country the ISO 3166-1 alpha-2 code, such as {@code "PK"}, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public ActorFilter country(String country) {
    return narrow(this, "country", country);
  }

  /**
   * Keeps the people who hold or held an office in {@code organisation}.
   *
   * @param organisation the organisation's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public ActorFilter officeIn(ActorId organisation) {
    return narrow(this, "officeIn", organisation);
  }
}
