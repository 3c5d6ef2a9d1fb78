package io.github.bilateral.model;

/**
 * The characters that can make text on a terminal or a page read other than it is, such as U+202E
 * RIGHT-TO-LEFT OVERRIDE, which prints what follows it backwards: "Kakar", U+202E, "rab" shows
 * as "Kakarbar".
 *
 * <p>They are, by Unicode general category:
 * <ul>
 *   <li>controls (Cc): the C0 controls U+0000-U+001F (tab and line feed included), DELETE and the
 *       C1 controls U+0080-U+009F, which a terminal may obey as commands;
 *   <li>format characters (Cf), all invisible or nearly so: the bidirectional embeddings, overrides
 *       and isolates U+202A-U+202E and U+2066-U+2069, the marks U+200E, U+200F and U+061C, soft
 *       hyphen, zero width space, word joiner, byte-order mark, tag characters and the rest,
 *       <em>except</em> ZERO WIDTH NON-JOINER (U+200C) and ZERO WIDTH JOINER (U+200D) between
 *       two letters or marks, which Persian, Urdu and the Indic scripts need to spell words (the
 *       Persian prefix mi- is joined to its verb by a ZERO WIDTH NON-JOINER);
 *   <li>line and paragraph separators (Zl, Zp), which break a line as a line feed does;
 *   <li>a surrogate without its pair (Cs), which is not text at all.
 * </ul>
 *
 * <p>Names, titles and other short fields of the model reject them (their checks name the
 * character); longer free text, such as a summary, may hold them, and programs that print it
 * should {@linkplain #escape(CharSequence) escape} it first.
 *
 * <pre>{@code
 * String name = "Kakar" + (char) 0x202E + "rab";
 * SpoofingCharacters.indexOf(name);      // 5
 * SpoofingCharacters.describe(0x202E);   // "U+202E RIGHT-TO-LEFT OVERRIDE"
 * SpoofingCharacters.escape(name);       // "Kakar<U+202E>rab"
 * }</pre>
 *
 * <p>This class is a set of static functions; it is thread-safe.
 */
public final class SpoofingCharacters {

  private static final int ZWNJ = 0x200C;
  private static final int ZWJ = 0x200D;

  private SpoofingCharacters() {}

  /**
   * {@return the index of the first spoofing character of {@code text}, or -1 if it has none}
   *
   * @param text the text to search, not null
   */
  public static int indexOf(CharSequence text) {
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      // Fast path: printable ASCII and the Latin-1 letters are never spoofing.
      if ((c >= 0x20 && c < 0x7F) || (c > 0xAD && c < 0x0600)) {
        i++;
        continue;
      }
      int cp = Character.codePointAt(text, i);
      if (isSpoofingAt(text, i, cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /**
   * {@return whether {@code text} has no spoofing character}
   *
   * @param text the text to check, not null
   */
  public static boolean isClean(CharSequence text) {
    return indexOf(text) < 0;
  }

  /**
   * {@return the code point and its Unicode name, such as {@code "U+202E RIGHT-TO-LEFT OVERRIDE"}}
   *
   * @param codePoint a code point
   */
  public static String describe(int codePoint) {
    String name = Character.getName(codePoint);
    return code(codePoint) + (name == null ? "" : " " + name);
  }

  /**
   * Returns {@code text} with each spoofing character replaced by its code in angle brackets, such
   * as {@code <U+202E>}; the rest, ZERO WIDTH JOINER between letters included, is unchanged.
   *
   * @param text the text to escape, not null
   * @return the escaped text; {@code text} itself (as a string) when it has nothing to escape
   */
  public static String escape(CharSequence text) {
    int first = indexOf(text);
    if (first < 0) {
      return text.toString();
    }
    StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      if (isSpoofingAt(text, i, cp)) {
        sb.append('<').append(code(cp)).append('>');
      } else {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /** Returns the reason a check gives for the spoofing character at {@code index} of {@code text}. */
  static String reason(CharSequence text, int index) {
    return "contains " + describe(Character.codePointAt(text, index)) + ", which can disguise text on a terminal";
  }

  private static boolean isSpoofingAt(CharSequence text, int i, int cp) {
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SURROGATE:
        return true;
      case Character.FORMAT:
        return !((cp == ZWNJ || cp == ZWJ) && joinsLetters(text, i));
      default:
        return false;
    }
  }

  /** Whether the joiner at {@code i} stands between two letters or marks. */
  private static boolean joinsLetters(CharSequence text, int i) {
    if (i == 0 || i + 1 >= text.length()) {
      return false;
    }
    return isLetterOrMark(Character.codePointBefore(text, i)) && isLetterOrMark(Character.codePointAt(text, i + 1));
  }

  private static boolean isLetterOrMark(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static String code(int codePoint) {
    String hex = Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT);
    return "U+" + "0".repeat(Math.max(0, 4 - hex.length())) + hex;
  }
}
