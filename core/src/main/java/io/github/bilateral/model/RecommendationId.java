package io.github.bilateral.model;

/**
 * The identifier of a recommendation, such as {@code rec-06}.
 *
 * <p>Obtain one with {@code RecommendationId.of("...")}; see {@link Identifier} for the rules. This class is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * q.find(RecommendationId.of("rec-06")).map(Recommendation::addressees);   // Optional[[usaid, ustda]]
 * }</pre>
 */
public final class RecommendationId extends Identifier {

  private RecommendationId(String value) {
    super(value);
  }

  /**
   * Returns the RecommendationId with the given text.
   *
   * @param value lowercase kebab-case text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if {@code value} is empty, too long or not kebab-case
   */
  public static RecommendationId of(String value) {
    return new RecommendationId(checkValue("RecommendationId", value));
  }

  @Override
  public String kind() {
    return "recommendation";
  }
}
