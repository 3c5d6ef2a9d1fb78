package io.github.bilateral.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values that Javadoc examples claim in their comments, and the check of each against what the
 * statement gives when the example runs.
 *
 * <p>A claim is a comment after a statement that starts with a value as the statement's result prints
 * ({@code String.valueOf}): {@code // Optional[IMF]}, {@code // [usaid, ustda]}, {@code // [24..144)},
 * {@code // "IMF"} (quotes around a text), {@code // true}, {@code // 15}, {@code // MONTH}, {@code //
 * USD 5000000000}. What follows the value after {@code ": "} or {@code ", "} is
 * commentary, and {@code ...} inside the value stands for any text. A comment that starts with a
 * word in lower case, or a capitalised word, is commentary only: {@code // the IMF's programmes}.
 * For a declaration, the claim is about the declared variable.
 *
 * <p>Public, since the compiled examples call {@link #check} from outside this package.
 */
public final class JavadocClaims {

  /** The lock of the tests that read or drain the failures, which are one list for the whole JVM. */
  static final String LOCK = "io.github.bilateral.docs.JavadocClaims";

  private static final List<String> FAILURES = new ArrayList<>();

  /**
   * The start of a claim that is a word in capitals, an enum constant or a currency code: alone, before
   * commentary, or before a number ({@code USD 5000000000}).
   */
  private static final Pattern CAPITALS = Pattern.compile("[A-Z][A-Z0-9_]+(?=$|[:,;]| [\\d~\\[(])");

  private static final Pattern NUMBER = Pattern.compile("-?\\d.*");

  private JavadocClaims() {}

  /**
   * Records a failure unless {@code actual} prints as {@code claim} says.
   *
   * @param actual the statement's value
   * @param claim the value the comment gives
   * @param where the file and line of the comment
   */
  public static void check(Object actual, String claim, String where) {
    String printed = String.valueOf(actual);
    String expected = claim.length() > 1 && claim.startsWith("\"") && claim.endsWith("\"")
        ? claim.substring(1, claim.length() - 1) : claim;
    if (!matches(printed, expected)) {
      synchronized (FAILURES) {
        FAILURES.add(where + ": the comment says " + claim + ", the statement gives " + printed);
      }
    }
  }

  /** Returns the failures recorded since the last call, and forgets them. */
  static List<String> drain() {
    synchronized (FAILURES) {
      List<String> failures = List.copyOf(FAILURES);
      FAILURES.clear();
      return failures;
    }
  }

  /** Whether {@code printed} is {@code expected}, each {@code ...} in it standing for any text. */
  static boolean matches(String printed, String expected) {
    String[] parts = expected.split(Pattern.quote("..."), -1);
    if (parts.length == 1) {
      return printed.equals(expected);
    }
    if (!printed.startsWith(parts[0])) {
      return false;
    }
    int at = parts[0].length();
    for (int i = 1; i < parts.length - 1; i++) {
      int found = printed.indexOf(parts[i], at);
      if (found < 0) {
        return false;
      }
      at = found + parts[i].length();
    }
    String last = parts[parts.length - 1];
    return printed.length() - last.length() >= at && printed.endsWith(last);
  }

  /**
   * Returns the value that a comment's text claims, or empty if the comment is commentary only.
   *
   * @param comment the text after {@code //}, trimmed
   */
  static Optional<String> claimIn(String comment) {
    if (comment.startsWith("[") || comment.startsWith("Optional[") || comment.startsWith("(")) {
      return balanced(comment);
    }
    if (comment.startsWith("Optional.empty")) {
      return Optional.of("Optional.empty");
    }
    if (comment.startsWith("\"")) {
      int close = comment.indexOf('"', 1);
      return close < 0 ? Optional.empty() : Optional.of(comment.substring(0, close + 1));
    }
    boolean word = comment.startsWith("true") || comment.startsWith("false");
    Matcher capitals = CAPITALS.matcher(comment);
    if (word || NUMBER.matcher(comment).matches() || capitals.lookingAt()) {
      return Optional.of(untilCommentary(comment));
    }
    return Optional.empty();
  }

  /** A value that opens with a bracket, up to the bracket that closes it; a range may close with ')'. */
  private static Optional<String> balanced(String comment) {
    int depth = 0;
    for (int i = 0; i < comment.length(); i++) {
      char c = comment.charAt(i);
      if (c == '[' || c == '(' || c == '{') {
        depth++;
      } else if (c == ']' || c == ')' || c == '}') {
        depth--;
        if (depth == 0) {
          return Optional.of(comment.substring(0, i + 1));
        }
      }
    }
    return Optional.empty();
  }

  private static String untilCommentary(String comment) {
    int end = comment.length();
    for (String mark : List.of(": ", ", ")) {
      int at = comment.indexOf(mark);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return comment.substring(0, end).strip();
  }
}
