package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.AgreementKind;
import io.github.bilateral.model.AgreementStatus;
import io.github.bilateral.model.PlaceId;

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
public final class AgreementFilter extends DatedFilter<Agreement, AgreementFilter> {

  AgreementFilter(KindIndex<Agreement> index, ImmutableList<Criterion> criteria) {
    super(index, criteria);
  }

  @Override
  AgreementFilter narrowed(ImmutableList<Criterion> criteria) {
    return new AgreementFilter(index, criteria);
  }

  static KindIndex<Agreement> index(ImmutableList<Agreement> agreements) {
    return KindIndex.of(agreements)
        .by("party", Agreement::parties)
        .byOne("kind", Agreement::kind)
        .byOne("status", Agreement::status)
        .by("place", Agreement::places)
        .dated(Agreement::date)
        .build();
  }

  /**
   * Keeps the agreements {@code party} is party to.
   *
   * @param party the party's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public AgreementFilter party(ActorId party) {
    return narrowed(where("party", party));
  }

  /**
   * Keeps the agreements of one kind.
   *
   * @param kind the kind to keep, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public AgreementFilter kind(AgreementKind kind) {
    return narrowed(where("kind", kind));
  }

  /**
   * Keeps the agreements in one state, as of the report's date.
   *
   * @param status the state to keep, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public AgreementFilter status(AgreementStatus status) {
    return narrowed(where("status", status));
  }

  /**
   * Keeps the agreements about {@code place}.
   *
   * @param place the place's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public AgreementFilter place(PlaceId place) {
    return narrowed(where("place", place));
  }
}
