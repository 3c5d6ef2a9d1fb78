package io.github.bilateral.model;

/**
 * The Levenshtein distance between two texts: how many characters must be inserted, deleted or
 * replaced to turn one into the other, such as 1 between {@code "kakar"} and {@code "kakr"}. It is
 * what "did you mean ...?" suggestions and the fuzzy look-up of names measure; it compares
 * {@code char}s exactly, so fold names first (see {@link NameKey}) where case and accents should
 * not count.
 *
 * <pre>{@code
 * EditDistance.within("kakar", "kakr", 2);       // 1
 * EditDistance.within("pakistan", "india", 2);   // 3: more than the limit, so the limit plus one
 * }</pre>
 *
 * <p>This class is not instantiable; its method is thread-safe.
 */
public final class EditDistance {

  private EditDistance() {}

  /**
   * Returns the distance between {@code a} and {@code b} when it is at most {@code limit}, and
   * {@code limit + 1} otherwise; it stops as soon as the distance is known to exceed the limit, so
   * that comparing a word with many far-off candidates stays cheap.
   *
   * @param a one text, not null
   * @param b the other text, not null
   * @param limit the largest distance of interest, at least 0
   * @return the distance, at most {@code limit + 1}
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public static int within(String a, String b, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("Invalid limit (must be at least 0): " + limit);
    }
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], limit + 1);
  }
}
