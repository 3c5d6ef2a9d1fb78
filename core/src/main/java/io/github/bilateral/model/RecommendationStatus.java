package io.github.bilateral.model;

/**
 * The status of a {@link Recommendation}, as recommendation trackers such as the GAO's keep it.
 *
 * <p>In JSON each constant is written in lowercase kebab-case, such as {@code open}.
 *
 * <pre>{@code
 * q.recommendations().status(RecommendationStatus.OPEN).count();   // 15: all of them, as the report makes them
 * }</pre>
 */
public enum RecommendationStatus {
  /** Not yet acted upon, or not yet known. */
  OPEN,
  /** Closed: the recommendation was implemented. */
  CLOSED_IMPLEMENTED,
  /** Closed: the recommendation was never carried out. */
  CLOSED_NOT_IMPLEMENTED
}
