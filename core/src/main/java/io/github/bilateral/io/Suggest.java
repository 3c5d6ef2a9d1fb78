package io.github.bilateral.io;

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

  /** Levenshtein distance, giving up (returning limit + 1) once it exceeds {@code limit}. */
  static int distance(String a, String b, int limit) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
