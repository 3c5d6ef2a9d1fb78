package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.RecommendationStatus;
import io.github.bilateral.model.Theme;

/**
 * Selects the report's recommendations. Results are in the report's order, which is the order of
 * their numbers.
 *
 * <pre>{@code
 * q.recommendations().addressee(ActorId.of("usaid")).list();      // what USAID is asked to do
 * q.recommendations().theme(Theme.of("climate")).subject(ActorId.of("pakistan")).list();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each method returns a new, narrower filter.
 */
public final class RecommendationFilter extends FactFilter<Recommendation>
    implements ByStatus<RecommendationFilter, RecommendationStatus> {

  RecommendationFilter(KindIndex<Recommendation> index, ImmutableList<Criterion> criteria) {
    super(index, criteria, RecommendationFilter::new);
  }

  /**
   * Keeps the recommendations addressed to {@code addressee}: what it is asked to do.
   *
   * @param addressee the addressee's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public RecommendationFilter addressee(ActorId addressee) {
    return narrow(this, "addressee", addressee);
  }

  /**
   * Keeps the recommendations about {@code subject}.
   *
   * @param subject the id of the actor the recommendations are about, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public RecommendationFilter subject(ActorId subject) {
    return narrow(this, "subject", subject);
  }

  /**
   * Keeps the recommendations on {@code theme}.
   *
   * @param theme the theme, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public RecommendationFilter theme(Theme theme) {
    return narrow(this, "theme", theme);
  }

  /**
   * Keeps the recommendations that would use {@code instrument}, such as an agreement or a loan.
   *
   * @param instrument a reference to the instrument, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public RecommendationFilter instrument(FactRef instrument) {
    return narrow(this, "instrument", instrument);
  }

  /**
   * Keeps the recommendations that rest on {@code evidence}.
   *
   * @param evidence a reference to the supporting fact, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public RecommendationFilter evidence(FactRef evidence) {
    return narrow(this, "evidence", evidence);
  }
}
