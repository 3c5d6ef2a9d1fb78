package io.github.bilateral.data;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the strings of a dataset that share a run of {@link ReportWords#WINDOW} or more consecutive
 * words with the report, given the hashes of the report's windows.
 *
 * <p>What is checked, and what is left aside:
 *
 * <ul>
 *   <li>Every string of the file is checked, whatever its field, except the fields of {@link
 *       #EXEMPT_FIELDS}, which hold names, titles, URLs and the report's own words kept as quotations.
 *       A field added to the format is checked until it is named there.
 *   <li>Inside a checked string, words within double quotation marks ({@code "}, or {@code “} and
 *       {@code ”}, paired in order; an unpaired mark is ignored) are a quotation, and URLs
 *       ({@code http://…}, {@code https://…}, {@code www.…}) are copied as printed: a window that
 *       holds any of their words is not checked, so a quotation also breaks the run around it.
 *   <li>A window that lies wholly inside the words of a name or title held by an exempt field of the
 *       same dataset (a citation's title written out in a summary, say) is not checked. A name counts
 *       as words like any other when a window runs past it: a copied phrase does not become our own
 *       because it holds a name.
 * </ul>
 */
final class OwnWords {

  /** The fields whose strings are names, titles, URLs or printed words, and why each is exempt. */
  static final ImmutableMap<String, String> EXEMPT_FIELDS = ImmutableMap.<String, String>builder()
      .put("title", "a title as printed: of the report, a section, a citation or an office")
      .put("name", "a name as printed")
      .put("aliases", "other names as printed")
      .put("authors", "names as printed")
      .put("outlet", "a publication's name as printed")
      .put("publisher", "a publisher's name as printed")
      .put("place", "the place of publication as printed")
      .put("url", "a URL as printed")
      .put("printed", "the report's words, kept as a quotation")
      .put("printedLikelihood", "the report's hedging words, kept as a quotation")
      .put("printedDate", "a date as printed")
      .buildOrThrow();

  private static final Pattern QUOTE = Pattern.compile("[\"\u201C\u201D]");
  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");

  /**
   * A checked string that shares words with the report.
   *
   * @param entry the string and where it is
   * @param runs each shared run of words, as the string itself writes it
   * @param longest the length in words of the longest shared run
   */
  record Finding(DatasetStrings.Entry entry, List<String> runs, int longest) {}

  private OwnWords() {}

  /** Whether the strings of this field are checked. */
  static boolean isChecked(String field) {
    return !EXEMPT_FIELDS.containsKey(field);
  }

  /** The checked strings of {@code strings} that share a window with the report, in order. */
  static List<Finding> check(List<DatasetStrings.Entry> strings, Set<String> reportHashes) {
    List<List<String>> names = new ArrayList<>();
    for (DatasetStrings.Entry e : strings) {
      if (!isChecked(e.field())) {
        List<String> words = texts(ReportWords.of(e.value()));
        if (words.size() >= ReportWords.WINDOW) {
          names.add(words);
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (DatasetStrings.Entry e : strings) {
      if (isChecked(e.field())) {
        findings.addAll(check(e, reportHashes, names));
      }
    }
    return findings;
  }

  private static List<Finding> check(DatasetStrings.Entry entry, Set<String> hashes, List<List<String>> names) {
    String text = ReportWords.nfc(entry.value());
    List<ReportWords.Word> words = ReportWords.of(text);
    int n = words.size();
    boolean[] copied = copiedAsPrinted(text, words);
    boolean[] named = insideNames(texts(words), names);
    boolean[] shared = new boolean[n];
    for (int i = 0; i + ReportWords.WINDOW <= n; i++) {
      boolean skip = false;
      boolean allNamed = true;
      for (int k = i; k < i + ReportWords.WINDOW; k++) {
        skip |= copied[k];
        allNamed &= named[k];
      }
      if (!skip && !allNamed && hashes.contains(ReportWords.windowHash(words, i))) {
        for (int k = i; k < i + ReportWords.WINDOW; k++) {
          shared[k] = true;
        }
      }
    }
    List<String> runs = new ArrayList<>();
    int longest = 0;
    for (int i = 0; i < n; ) {
      if (!shared[i]) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < n && shared[j + 1]) {
        j++;
      }
      runs.add(text.substring(words.get(i).start(), words.get(j).end()));
      longest = Math.max(longest, j - i + 1);
      i = j + 1;
    }
    return runs.isEmpty() ? List.of() : List.of(new Finding(entry, runs, longest));
  }

  /** Marks the words inside paired quotation marks or URLs. */
  private static boolean[] copiedAsPrinted(String text, List<ReportWords.Word> words) {
    List<int[]> spans = new ArrayList<>();
    Matcher q = QUOTE.matcher(text);
    while (q.find()) {
      int open = q.start();
      if (!q.find()) {
        break;
      }
      spans.add(new int[] {open, q.end()});
    }
    Matcher u = URL.matcher(text);
    while (u.find()) {
      spans.add(new int[] {u.start(), u.end()});
    }
    boolean[] marked = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      for (int[] span : spans) {
        if (words.get(i).start() >= span[0] && words.get(i).end() <= span[1]) {
          marked[i] = true;
        }
      }
    }
    return marked;
  }

  /** Marks the words that stand inside an occurrence of one of the names. */
  private static boolean[] insideNames(List<String> words, List<List<String>> names) {
    boolean[] marked = new boolean[words.size()];
    for (List<String> name : names) {
      for (int i = 0; i + name.size() <= words.size(); i++) {
        if (words.subList(i, i + name.size()).equals(name)) {
          for (int k = i; k < i + name.size(); k++) {
            marked[k] = true;
          }
        }
      }
    }
    return marked;
  }

  private static List<String> texts(List<ReportWords.Word> words) {
    return words.stream().map(ReportWords.Word::text).toList();
  }
}
