package io.github.bilateral.compare;

import java.util.Locale;

/**
 * How many things a candidate got right against a reference: matched (in both), missing (in the
 * reference only) and extra (in the candidate only), with precision {@code matched / (matched +
 * extra)}, recall {@code matched / (matched + missing)} and F1, their harmonic mean. A ratio whose
 * denominator is 0 is 1: nothing to find and nothing found is no error.
 *
 * <pre>{@code
 * Counts c = Counts.of(8, 2, 1);
 * c.precision();   // 0.888...
 * c.recall();      // 0.8
 * }</pre>
 *
 * <p>This record is immutable and thread-safe; it is equal to another with the same three counts.
 *
 * @param matched the things in both
 * @param missing the things only in the reference
 * @param extra the things only in the candidate
 */
public record Counts(int matched, int missing, int extra) {

  /**
   * Makes the counts.
   *
   * @param matched things in both the reference and the candidate, at least 0
   * @param missing things only in the reference, at least 0
   * @param extra things only in the candidate, at least 0
   * @throws IllegalArgumentException if a count is negative
   */
  public Counts {
    if (matched < 0 || missing < 0 || extra < 0) {
      throw new IllegalArgumentException("counts are at least 0, found matched " + matched + ", missing "
          + missing + ", extra " + extra);
    }
  }

  /**
   * Returns the counts.
   *
   * @param matched things in both the reference and the candidate, at least 0
   * @param missing things only in the reference, at least 0
   * @param extra things only in the candidate, at least 0
   * @return the counts, not null
   * @throws IllegalArgumentException if a count is negative
   */
  public static Counts of(int matched, int missing, int extra) {
    return new Counts(matched, missing, extra);
  }

  Counts plus(Counts c) {
    return new Counts(matched + c.matched, missing + c.missing, extra + c.extra);
  }

  /** {@return {@code matched / (matched + extra)}, 1 when both are 0} */
  public double precision() {
    return ratio(matched, matched + extra);
  }

  /** {@return {@code matched / (matched + missing)}, 1 when both are 0} */
  public double recall() {
    return ratio(matched, matched + missing);
  }

  /** {@return the harmonic mean of precision and recall, 0 when both are 0} */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(int n, int d) {
    return d == 0 ? 1.0 : (double) n / d;
  }

  /** {@return {@code matched 8, missing 2, extra 1, precision 0.889, recall 0.800, F1 0.842}} */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "matched %d, missing %d, extra %d, precision %.3f, recall %.3f, F1 %.3f",
        matched, missing, extra, precision(), recall(), f1());
  }
}
