package io.github.bilateral.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text as the own-words check counts them, and the hash of a window of eight of them.
 *
 * <p>The rules, applied the same way to the report's text and to the dataset's strings:
 *
 * <ol>
 *   <li>the text is put in Unicode NFC;
 *   <li>a word is a maximal run of letters and digits ({@link Character#isLetterOrDigit(int)}), so
 *       that punctuation, hyphens, dashes, currency signs, Markdown marks and superscript footnote
 *       markers all separate words ("U.S.-India" is the three words {@code u s india});
 *   <li>an apostrophe ({@code '}, {@code ’} or {@code ʼ}) between two letters or digits is dropped and
 *       the word goes on ("Pakistan's" is {@code pakistans}, "ret'd" is {@code retd}); anywhere else it
 *       separates words;
 *   <li>each word is case-folded ({@code toUpperCase} then {@code toLowerCase} in the root locale, so
 *       that "ß" and "SS" agree).
 * </ol>
 *
 * <p>A window is {@value #WINDOW} consecutive words. Its hash is the first eight bytes of the SHA-256
 * of its words joined by single spaces (UTF-8), written as sixteen lowercase hexadecimal digits. For
 * example the words of "Pakistan's foreign reserves had diminished" are {@code pakistans foreign
 * reserves had diminished}.
 */
final class ReportWords {

  /** The number of consecutive words in a window. */
  static final int WINDOW = 8;

  /** One word: its normalised form and where it stands in the NFC text it came from. */
  record Word(String text, int start, int end) {}

  private ReportWords() {}

  /** The words of {@code text}, in order, with their offsets in {@code nfc(text)}. */
  static List<Word> of(String text) {
    String s = nfc(text);
    List<Word> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int start = -1;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (start < 0) {
          start = i;
        }
        current.appendCodePoint(cp);
      } else if (isApostrophe(cp) && start >= 0 && next < s.length()
          && Character.isLetterOrDigit(s.codePointAt(next))) {
        // inside a word: dropped, and the word goes on
      } else if (start >= 0) {
        words.add(new Word(fold(current.toString()), start, i));
        current.setLength(0);
        start = -1;
      }
      i = next;
    }
    if (start >= 0) {
      words.add(new Word(fold(current.toString()), start, s.length()));
    }
    return words;
  }

  /** The text in Unicode NFC. */
  static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** The hash of the window of {@link #WINDOW} words of {@code words} that starts at {@code from}. */
  static String windowHash(List<Word> words, int from) {
    StringBuilder joined = new StringBuilder();
    for (int k = from; k < from + WINDOW; k++) {
      if (k > from) {
        joined.append(' ');
      }
      joined.append(words.get(k).text());
    }
    return HexFormat.of().formatHex(sha256(joined.toString()), 0, 8);
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
  }

  private static String fold(String word) {
    return word.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
