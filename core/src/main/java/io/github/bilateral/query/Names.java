package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.bilateral.model.EditDistance;
import io.github.bilateral.model.NameKey;
import java.text.Normalizer;
import java.util.Locale;

/** Folds names for matching: case, accents, hyphens, spaces and punctuation do not count. */
final class Names {

  /** Words that say nothing about which actor or place is meant. */
  private static final ImmutableSet<String> STOP_WORDS = ImmutableSet.of(
      "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "he", "her", "his", "in", "into",
      "is", "it", "its", "of", "on", "or", "our", "she", "that", "the", "their", "them", "they", "this", "to",
      "was", "we", "were", "with", "who", "you");

  /** The length below which a word is too short to pick out a name on its own. */
  private static final int SIGNIFICANT_LENGTH = 4;

  private Names() {}

  /**
   * Returns whether a folded word can pick out a name on its own: not a stop word, and at least four
   * letters or digits long ({@code "kakar"} can; {@code "the"}, {@code "to"}, {@code "k"}, {@code "1"}
   * cannot).
   */
  static boolean significant(String word) {
    return word.length() >= SIGNIFICANT_LENGTH && !STOP_WORDS.contains(word);
  }

  /**
   * Returns the folded form of {@code text}: compatibility-decomposed, accents dropped, lower case,
   * letters and digits only. {@code "PML-N"}, {@code "pml n"} and {@code "Pmln"} all fold to
   * {@code "pmln"}.
   */
  static String fold(CharSequence text) {
    return NameKey.of(text);
  }

  /** Returns the folded words of {@code text}: {@code "Anwar-ul-Haq Kakar"} gives anwar, ul, haq, kakar. */
  static ImmutableList<String> words(CharSequence text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    ImmutableList.Builder<String> words = ImmutableList.builder();
    StringBuilder word = new StringBuilder();
    decomposed.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(Character.toLowerCase(cp));
      } else if (Character.getType(cp) != Character.NON_SPACING_MARK && word.length() > 0) {
        words.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
    });
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return words.build();
  }

  /**
   * Returns the Levenshtein distance between {@code a} and {@code b}, or {@code limit + 1} as soon
   * as it is known to exceed {@code limit}.
   */
  static int distance(String a, String b, int limit) {
    return EditDistance.within(a, b, limit);
  }

}
