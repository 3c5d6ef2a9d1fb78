package io.github.bilateral.cli;

import java.util.Collection;
import java.util.Optional;

/**
 * The nearest of some names to a misspelt one, by edit distance with a swap of two neighbouring
 * letters counted as one edit ({@code --wdie} is one edit from {@code --wide}).
 */
final class Nearest {

  private Nearest() {}

  /**
   * Returns the name nearest to {@code wrong}, if one is within two edits (or a third of its
   * length, for long names); the first such name on a tie.
   */
  static Optional<String> to(String wrong, Collection<String> names) {
    String w = strip(wrong);
    int limit = Math.max(2, w.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : names) {
      int d = distance(w, strip(name));
      if (d <= limit && d < bestDistance) {
        best = name;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String strip(String name) {
    int i = 0;
    while (i < name.length() && name.charAt(i) == '-') {
      i++;
    }
    return name.substring(i);
  }

  /** The optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
