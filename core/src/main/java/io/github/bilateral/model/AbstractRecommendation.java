package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * One recommendation of the report, numbered in the order of its bullet, with who should act
 * ({@link #addressees()}), whom it concerns ({@link #subjects()}), its themes, the programmes,
 * agencies and partnerships it names ({@link #instruments()}), the facts that support it ({@link
 * #evidence()}) and a dated status history, as recommendation trackers such as the GAO's keep it,
 * so that later readers can record what became of it.
 *
 * <pre>{@code
 * Recommendation r = report.recommendations().get(5);
 * r.number();      // 6
 * r.status();      // OPEN
 * r.addressees();  // [usaid, ustda]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractRecommendation implements Summarised, IdentifiedFact<RecommendationId> {

  /** {@return the recommendation's id} */
  public abstract RecommendationId id();

  /** {@return its position among the report's recommendations, from 1} */
  public abstract int number();

  /** {@return who should act; never empty} */
  public abstract ImmutableList<ActorId> addressees();

  /** {@return whom it concerns} */
  public abstract ImmutableList<ActorId> subjects();

  /** {@return its themes; never empty} */
  public abstract ImmutableList<Theme> themes();

  /** {@return the programmes, agencies, partnerships and other instruments it names} */
  public abstract ImmutableList<FactRef> instruments();

  /** {@return facts in the report's body that support it} */
  public abstract ImmutableList<FactRef> evidence();

  /** {@return its status over time, oldest first; never empty} */
  public abstract ImmutableList<StatusChange> history();

  /** {@return the current status: that of the last entry of {@link #history()}} */
  public final RecommendationStatus status() {
    return history().get(history().size() - 1).status();
  }

  @Value.Check
  void check() {
    String where = FactFields.RECOMMENDATION.check(this);
    for (int i = 1; i < history().size(); i++) {
      if (history().get(i).date().compareTo(history().get(i - 1).date()) < 0) {
        throw Checks.invalid(where + ".history[" + i + "].date",
            "must not be before the previous entry's " + history().get(i - 1).date(), history().get(i).date());
      }
    }
  }
}
