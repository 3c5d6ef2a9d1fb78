package io.github.bilateral.query;

/**
 * A filter over facts with a status history: agreements, loans and recommendations. The status a
 * criterion matches is the current one, that of the last entry of the fact's history, as of the
 * report's date.
 *
 * <pre>{@code
 * q.agreements().status(AgreementStatus.IN_FORCE).list();
 * q.recommendations().status(RecommendationStatus.OPEN).count();
 * }</pre>
 *
 * @param <S> the filter's own class, which the criterion returns
 * @param <K> the enum of the facts' states
 */
public sealed interface ByStatus<S extends FactFilter<?>, K extends Enum<K>>
    permits AgreementFilter, LoanFilter, RecommendationFilter {

  /**
   * Keeps the facts whose current status, as of the report's date, is {@code status}.
   *
   * @param status the state to keep, not null
   * @return a new, narrower filter; this one is unaffected
   */
  default S status(K status) {
    return FactFilter.narrow(this, "status", status);
  }
}
