package io.github.bilateral.io;

import io.github.bilateral.model.EditDistance;
import org.jspecify.annotations.Nullable;

/** Suggestions for near misses: "did you mean 'imf'?". */
final class Suggest {

  private Suggest() {}

  /** Returns "did you mean 'x'?" for the closest candidate within a small edit distance, or null. */
  static @Nullable String didYouMean(String wrong, Iterable<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int limit = Math.max(2, wrong.length() / 3);
    for (String c : candidates) {
      if (Math.abs(c.length() - wrong.length()) > limit) {
        continue;
      }
      int d = distance(wrong, c, limit);
      if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
        bestDistance = d;
        best = c;
      }
    }
    return best != null && bestDistance <= limit && bestDistance > 0 ? "did you mean '" + best + "'?" : null;
  }

  /** Levenshtein distance, or {@code limit + 1} once it exceeds {@code limit}. */
  static int distance(String a, String b, int limit) {
    return EditDistance.within(a, b, limit);
  }
}
