package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.AgreementKind;
import io.github.bilateral.model.AgreementStatus;

/**
 * Selects agreements: treaties, frameworks, partnerships, deals, dialogues, laws, programmes and
 * proposals. Results are in the report's order of agreements.
 *
 * <pre>{@code
 * q.agreements().party(ActorId.of("united-states")).status(AgreementStatus.IN_FORCE).list();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each method returns a new, narrower filter.
 */
public final class AgreementFilter extends DatedFilter<Agreement, AgreementFilter>
    implements ByKind<AgreementFilter, AgreementKind>, ByStatus<AgreementFilter, AgreementStatus>, ByPlace<AgreementFilter> {

  AgreementFilter(KindIndex<Agreement> index, ImmutableList<Criterion> criteria) {
    super(index, criteria, AgreementFilter::new);
  }

  /**
   * Keeps the agreements {@code party} is party to.
   *
   * @param party the party's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public AgreementFilter party(ActorId party) {
    return narrow(this, "party", party);
  }
}
