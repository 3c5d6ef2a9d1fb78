package io.github.bilateral.query;

/**
 * A filter over facts that each have one kind, such as an {@link io.github.bilateral.model.EventKind}
 * for events: actors, agreements, events, loans and relations. Code that narrows any of them by
 * kind can take this type.
 *
 * <pre>{@code
 * q.events().kind(EventKind.ELECTION).list();
 * q.loans().kind(LoanKind.ROLLOVER).totals();
 * }</pre>
 *
 * @param <S> the filter's own class, which the criterion returns
 * @param <K> the enum of the facts' kinds
 */
public sealed interface ByKind<S extends FactFilter<?>, K extends Enum<K>>
    permits ActorFilter, AgreementFilter, EventFilter, LoanFilter, RelationFilter {

  /**
   * Keeps the facts of one kind.
   *
   * @param kind the kind to keep, not null
   * @return a new, narrower filter; this one is unaffected
   */
  default S kind(K kind) {
    return FactFilter.narrow(this, "kind", kind);
  }
}
