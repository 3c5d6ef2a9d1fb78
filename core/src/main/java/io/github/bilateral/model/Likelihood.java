package io.github.bilateral.model;

/**
 * How likely the report judges an {@link Assessment}, from {@code VERY_UNLIKELY} to {@code CERTAIN}.
 *
 * <p>In JSON each constant is written in lowercase kebab-case, such as {@code very-unlikely}.
 *
 * <pre>{@code
 * // The constants run from the least likely to the most, so they compare.
 * report.assessments().stream()
 *     .filter(a -> a.likelihood().filter(l -> l.compareTo(Likelihood.LIKELY) >= 0).isPresent())
 *     .map(Assessment::printedLikelihood).toList();   // the report's own words for each
 * }</pre>
 */
public enum Likelihood {
  /** Very unlikely. */
  VERY_UNLIKELY,
  /** Unlikely. */
  UNLIKELY,
  /** Explicitly uncertain. */
  UNCERTAIN,
  /** Possible. */
  POSSIBLE,
  /** Likely. */
  LIKELY,
  /** Very likely. */
  VERY_LIKELY,
  /** Certain or evident. */
  CERTAIN
}
