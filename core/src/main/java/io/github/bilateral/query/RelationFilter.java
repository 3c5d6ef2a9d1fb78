package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Relation;
import io.github.bilateral.model.RelationKind;

/**
 * Selects relations between actors, such as membership, rivalry or mediation. Results are in the
 * report's order of relations. For paths and neighbours use {@link ReportQuery#graph()}.
 *
 * <pre>{@code
 * q.relations().from(ActorId.of("china")).kind(RelationKind.SUPPORTS).list();   // China backs ML-1 and Pakistan
 * q.relations().actor(ActorId.of("ttp")).list();   // either end
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each method returns a new, narrower filter.
 */
public final class RelationFilter extends FactFilter<Relation>
    implements ByActor<RelationFilter>, ByKind<RelationFilter, RelationKind> {

  RelationFilter(KindIndex<Relation> index, ImmutableList<Criterion> criteria) {
    super(index, criteria, RelationFilter::new);
  }

  /**
   * Keeps the relations that start at {@code actor}.
   *
   * @param actor the actor's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public RelationFilter from(ActorId actor) {
    return narrow(this, "from", actor);
  }

  /**
   * Keeps the relations that end at {@code actor}.
   *
   * @param actor the actor's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public RelationFilter to(ActorId actor) {
    return narrow(this, "to", actor);
  }
}
