package io.github.bilateral.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists every date, number and proper name in a dataset's values that the report's text does not
 * print, for a fact-checker to look at. It is a reading aid, not a test: a miss is a value to find in
 * the report or to mark as inferred, not necessarily an error.
 *
 * <ul>
 *   <li><b>Dates</b> ({@code date}, {@code from}, {@code to}, {@code accessed}): {@code 2023} is found
 *       if the year is printed; {@code 2023-07} if "July 2023", "July 13, 2023" or "Jul. 2023" is;
 *       {@code 2023-08-09} if "August 9, 2023", "Aug. 9, 2023" or "9 August 2023" is. A date whose day
 *       and month (or month) are printed only without its year, or only inside a URL, is listed as
 *       such.
 *   <li><b>Numbers</b>: an amount's or quantity's {@code value} is checked against its own {@code
 *       printed} words where it has them ("around $30 billion" gives 30000000000; "dozens" gives no
 *       number, so any value is a miss), and otherwise against every number the report prints. A
 *       number written in a string ("$6.5 billion", "78th", "1.7 million") must be a number the report
 *       prints; footnote numbers cited as such ("footnote 60") are left aside. The report's numbers are
 *       read with their scale words (million, billion, bln, m, b) and number words (one to twenty, the
 *       tens, half a million).
 *   <li><b>Proper names</b>: runs of capitalised words (with "of", "the", "and", "for", "al", "ul"
 *       between them) in every string; a word that only opens a sentence and that the report also
 *       prints in lower case is not a name. A name is found if its words stand together in the report
 *       (words as in {@link ReportWords}). A miss is listed as having a word the report never prints,
 *       or as words the report prints but never together.
 * </ul>
 *
 * <p>Run it from the repository's root after {@code ./mvnw -q -pl core test-compile}, with the test
 * class path of the core module:
 *
 * <pre>{@code
 * ./mvnw -q -pl core org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
 *     -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp core/target/test-classes:core/target/classes:$(cat core/target/test.classpath) \
 *     io.github.bilateral.data.NotInText ../shared/seeds/000_b49ee22279090629.txt [REPORT_JSON] > not-in-text.txt
 * }</pre>
 *
 * <p>Without {@code REPORT_JSON} it reads the bundled dataset.
 */
public final class NotInText {

  private static final Set<String> DATE_FIELDS = Set.of("date", "from", "to", "accessed");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?:\\s*(million|billion|bln|bn|m|b)\\b)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile(
      "(?i)\\bfootnotes?\\s+\\d+(?:(?:,\\s*|\\s+and\\s+|\\s+to\\s+)\\d+)*");
  private static final Pattern ISO_IN_STRING = Pattern.compile("\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b");
  private static final Map<String, Integer> NUMBER_WORDS = numberWords();
  private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "al", "ul", "bin", "de", "&");
  /** Words of our own about the report's parts, which the dataset capitalises and the report never uses. */
  private static final Set<String> OWN_WORDS = Set.of("footnote", "footnotes", "photo", "caption", "url", "urls",
      "outlet", "slug", "printed", "erratum");

  private final String text;
  private final String flat;
  private final String words;
  private final Set<String> wordSet = new HashSet<>();
  private final Set<String> lowerCaseWords = new HashSet<>();
  private final Set<BigDecimal> numbers = new HashSet<>();
  private final Map<String, List<String>> misses = new LinkedHashMap<>();
  private final Map<String, int[]> counts = new LinkedHashMap<>();

  private NotInText(String reportText) {
    this.text = ReportWords.nfc(reportText).replace("\\$", "$");
    this.flat = text.replaceAll("\\s+", " ");
    StringBuilder joined = new StringBuilder(" ");
    for (ReportWords.Word w : ReportWords.of(withoutPossessives(text))) {
      joined.append(w.text()).append(' ');
      wordSet.add(w.text());
    }
    this.words = joined.toString();
    Matcher lower = Pattern.compile("(?<![\\p{L}'’])\\p{Ll}[\\p{L}'’]*").matcher(text);
    while (lower.find()) {
      lowerCaseWords.add(ReportWords.of(lower.group()).stream().map(ReportWords.Word::text).findFirst().orElse(""));
    }
    numbersOf(text, true).forEach(numbers::add);
    Matcher marker = Pattern.compile("[\u00B9\u00B2\u00B3\u2070-\u2079]+").matcher(text);
    while (marker.find()) {
      numbers.add(new BigDecimal(superscriptDigits(marker.group())));
    }
    for (String kind : List.of("dates", "numbers", "names")) {
      counts.put(kind, new int[2]);
    }
  }

  /**
   * Prints the report's misses.
   *
   * @param args the path of the report's plain text, and optionally the path of a report file
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: NotInText REPORT_TEXT [REPORT_JSON]");
      System.exit(2);
    }
    NotInText check = new NotInText(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    List<DatasetStrings.Entry> values;
    if (args.length == 2) {
      try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
        values = DatasetStrings.values(DatasetStrings.read(in), true);
      }
    } else {
      try (InputStream in = NotInText.class.getResourceAsStream(DatasetStrings.BUNDLED)) {
        values = DatasetStrings.values(DatasetStrings.read(in), true);
      }
    }
    check.run(values);
    check.print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  private void run(List<DatasetStrings.Entry> values) {
    Map<String, String> byPath = new HashMap<>();
    for (DatasetStrings.Entry e : values) {
      byPath.put(e.fact() + " " + e.path(), e.value());
    }
    for (DatasetStrings.Entry e : values) {
      if (DATE_FIELDS.contains(e.field()) && ISO_DATE.matcher(e.value()).matches()) {
        date(e);
      } else if (e.field().equals("value")) {
        String printed = byPath.get(e.fact() + " " + e.path().replaceAll("value$", "printed"));
        value(e, printed);
      } else if (e.field().equals("term")) {
        term(e);
      } else if (!e.value().matches("-?\\d+(\\.\\d+)?") && !isCode(e)) {
        stringNumbers(e);
        names(e);
      }
    }
  }

  /** Ids, references, enum words, codes and URLs: not prose, and not checked for names or numbers. */
  private static boolean isCode(DatasetStrings.Entry e) {
    return e.value().matches("[a-z0-9:-]+") || e.value().matches("[A-Z]{2,3}") || e.field().equals("url")
        || e.field().equals("printedDate");
  }

  private void date(DatasetStrings.Entry e) {
    Matcher m = ISO_DATE.matcher(e.value());
    m.matches();
    String year = m.group(1);
    String result;
    if (m.group(2) == null) {
      result = Pattern.compile("(?<!\\d)" + year + "(?!\\d)").matcher(flat).find() ? null : "year not printed";
    } else {
      Month month = Month.of(Integer.parseInt(m.group(2)));
      String names = monthNames(month);
      if (m.group(3) == null) {
        boolean withYear = find("\\b(?:" + names + ")\\s+(?:\\d{1,2},\\s+)?" + year + "\\b");
        result = withYear ? null
            : find("\\b(?:" + names + ")\\b") ? "month printed, but never with this year"
            : inUrl(year + "/" + m.group(2)) || inUrl(year + "/" + Integer.parseInt(m.group(2)))
                ? "only in a URL" : "month not printed";
      } else {
        int day = Integer.parseInt(m.group(3));
        boolean withYear = find("\\b(?:" + names + ")\\s+" + day + ",?\\s+" + year + "\\b")
            || find("\\b" + day + "\\s+(?:" + names + ")\\s+" + year + "\\b");
        boolean withoutYear = find("\\b(?:" + names + ")\\s+" + day + "\\b")
            || find("\\b" + day + "\\s+(?:" + names + ")\\b");
        result = withYear ? null
            : withoutYear ? "day and month printed, but not with this year"
            : inUrl(year + "/" + m.group(2) + "/" + m.group(3))
                || inUrl(year + "/" + Integer.parseInt(m.group(2)) + "/" + day)
                || inUrl(year + "-" + m.group(2) + "-" + m.group(3)) ? "only in a URL" : "day not printed";
      }
    }
    record("dates", e, result);
  }

  private static String monthNames(Month month) {
    String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String abbr = full.substring(0, 3);
    return full + "|" + abbr + "\\." + (month == Month.SEPTEMBER ? "|Sept\\." : "");
  }

  private boolean find(String regex) {
    return Pattern.compile(regex).matcher(flat).find();
  }

  private boolean inUrl(String fragment) {
    return flat.contains("/" + fragment + "/") || flat.contains("/" + fragment + "-") || flat.contains(fragment);
  }

  private void value(DatasetStrings.Entry e, String printed) {
    BigDecimal value = new BigDecimal(e.value());
    String result;
    if (printed != null) {
      List<BigDecimal> inPrinted = numbersOf(printed, false);
      result = inPrinted.isEmpty() ? "its printed words \"" + printed + "\" give no number"
          : inPrinted.stream().anyMatch(n -> n.compareTo(value) == 0) ? null
          : "differs from its printed words \"" + printed + "\"";
    } else {
      result = isPrinted(value) ? null : "not a number the report prints";
    }
    record("numbers", e, result);
  }

  private void term(DatasetStrings.Entry e) {
    Matcher m = Pattern.compile("P(\\d+)([YMWD])").matcher(e.value());
    if (!m.matches()) {
      return;
    }
    String unit = Map.of("Y", "year", "M", "month", "W", "week", "D", "day").get(m.group(2));
    int n = Integer.parseInt(m.group(1));
    String word = NUMBER_WORDS.entrySet().stream().filter(w -> w.getValue() == n).map(Map.Entry::getKey)
        .findFirst().orElse(String.valueOf(n));
    boolean found = find("(?i)\\b(?:" + n + "|" + word + ")[- ]" + unit + "s?\\b");
    record("numbers", e, found ? null : "no \"" + n + " " + unit + "s\" or \"" + word + "-" + unit + "\" printed");
  }

  private void stringNumbers(DatasetStrings.Entry e) {
    String s = ISO_IN_STRING.matcher(FOOTNOTE_REFERENCE.matcher(e.value()).replaceAll(" ")).replaceAll(" ");
    Matcher m = NUMBER.matcher(s);
    while (m.find()) {
      BigDecimal n = numberOf(m);
      if (!isPrinted(n)) {
        record("numbers", e, "\"" + m.group().strip() + "\" is not a number the report prints");
      } else {
        record("numbers", e, null);
      }
    }
  }

  private boolean isPrinted(BigDecimal n) {
    return numbers.stream().anyMatch(p -> p.compareTo(n) == 0);
  }

  private void names(DatasetStrings.Entry e) {
    String s = ReportWords.nfc(e.value());
    Matcher token = Pattern.compile("[\\p{L}\\p{N}&][\\p{L}\\p{N}'’.\\-&]*").matcher(s);
    List<int[]> tokens = new ArrayList<>();
    while (token.find()) {
      int end = token.end();
      while (end > token.start() + 1 && ".-'’".indexOf(s.charAt(end - 1)) >= 0
          && !s.substring(token.start(), end).matches("(?:\\p{Lu}\\.)+|[A-Z][a-z]{1,3}\\.")) {
        end--;
      }
      tokens.add(new int[] {token.start(), end});
    }
    int i = 0;
    while (i < tokens.size()) {
      if (!capitalised(s, tokens.get(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size()) {
        int next = j + 1;
        if (!sameClause(s, tokens.get(j), tokens.get(next))) {
          break;
        }
        if (capitalised(s, tokens.get(next))) {
          j = next;
        } else if (CONNECTORS.contains(word(s, tokens.get(next)).toLowerCase(Locale.ROOT))
            && next + 1 < tokens.size() && capitalised(s, tokens.get(next + 1))
            && sameClause(s, tokens.get(next), tokens.get(next + 1))) {
          j = next + 1;
        } else {
          break;
        }
      }
      int first = i;
      while (first <= j && opensSentence(s, tokens, first) && isCommonWord(word(s, tokens.get(first)))) {
        first++;
      }
      while (first <= j && (CONNECTORS.contains(word(s, tokens.get(first)).toLowerCase(Locale.ROOT))
          || isOwnWord(word(s, tokens.get(first))))) {
        first++;
      }
      int last = j;
      while (last >= first && isOwnWord(word(s, tokens.get(last)))) {
        last--;
      }
      while (last >= first && CONNECTORS.contains(word(s, tokens.get(last)).toLowerCase(Locale.ROOT))) {
        last--;
      }
      if (first <= last) {
        name(e, s.substring(tokens.get(first)[0], tokens.get(last)[1]));
      }
      i = j + 1;
    }
  }

  /** Footnote markers as ordinary digits: "¹⁵" is "15". */
  private static String superscriptDigits(String marker) {
    StringBuilder digits = new StringBuilder();
    marker.codePoints().forEach(cp -> digits.append(switch (cp) {
      case 0x00B9 -> '1';
      case 0x00B2 -> '2';
      case 0x00B3 -> '3';
      default -> (char) ('0' + cp - 0x2070);
    }));
    return digits.toString();
  }

  /** The text without the possessive {@code 's}, so that "Nuland's" and "Nuland" are the same name. */
  private static String withoutPossessives(String s) {
    return s.replaceAll("(?<=\\p{L})['\u2019]s\\b", "");
  }

  private void name(DatasetStrings.Entry e, String name) {
    List<String> ws = ReportWords.of(withoutPossessives(name)).stream().map(ReportWords.Word::text).toList();
    if (ws.isEmpty() || ws.stream().allMatch(w -> w.matches("\\d+"))) {
      return;
    }
    String result = null;
    if (!words.contains(" " + String.join(" ", ws) + " ")) {
      List<String> unknown = ws.stream().filter(w -> !wordSet.contains(w)).toList();
      result = unknown.isEmpty() ? "words printed, but never together"
          : "has words the report never prints: " + String.join(", ", unknown);
    }
    record("names", e, result == null ? null : "\"" + name + "\" " + result);
  }

  private static boolean isOwnWord(String word) {
    return OWN_WORDS.contains(word.toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", ""));
  }

  private boolean isCommonWord(String word) {
    String w = ReportWords.of(word).stream().map(ReportWords.Word::text).findFirst().orElse("");
    return lowerCaseWords.contains(w) || OWN_WORDS.contains(w);
  }

  private static boolean capitalised(String s, int[] t) {
    return Character.isUpperCase(s.codePointAt(t[0]));
  }

  private static String word(String s, int[] t) {
    return s.substring(t[0], t[1]);
  }

  /** Whether nothing but a space, a hyphen or an apostrophe stands between two tokens. */
  private static boolean sameClause(String s, int[] a, int[] b) {
    return s.substring(a[1], b[0]).matches("[\\s\\-'’]*");
  }

  private static boolean opensSentence(String s, List<int[]> tokens, int k) {
    String before = s.substring(0, tokens.get(k)[0]).stripTrailing();
    return before.isEmpty() || before.endsWith(".") || before.endsWith(";") || before.endsWith(":")
        || before.endsWith("(") || before.endsWith("\"") || before.endsWith("\u201C") || before.endsWith("?")
        || before.endsWith("!");
  }

  private void record(String kind, DatasetStrings.Entry e, String miss) {
    counts.get(kind)[0]++;
    if (miss != null) {
      counts.get(kind)[1]++;
      misses.computeIfAbsent(kind, k -> new ArrayList<>()).add(e.fact() + ", " + e.path() + ": "
          + (kind.equals("names") || kind.equals("numbers") && miss.startsWith("\"") ? miss : e.value() + ": " + miss));
    }
  }

  private void print(PrintStream out) {
    out.println("Values of the dataset that the report's text does not print");
    out.println();
    for (Map.Entry<String, int[]> c : counts.entrySet()) {
      out.printf("%-8s %5d checked, %4d not found%n", c.getKey(), c.getValue()[0], c.getValue()[1]);
    }
    for (String kind : counts.keySet()) {
      List<String> list = misses.getOrDefault(kind, List.of());
      Map<String, Integer> byReason = new TreeMap<>();
      for (String line : list) {
        String reason = kind.equals("names")
            ? (line.contains("never prints") ? "has words the report never prints" : "words printed, but never together")
            : line.replaceAll(".*: ", "").replaceAll("\"[^\"]*\"", "\"…\"");
        byReason.merge(reason, 1, Integer::sum);
      }
      out.println();
      out.println("## " + kind + " not found (" + list.size() + ")");
      byReason.forEach((reason, n) -> out.println("#   " + n + " " + reason));
      List<String> sorted = new ArrayList<>(list);
      if (kind.equals("names")) {
        sorted.sort((a, b) -> Boolean.compare(!a.contains("never prints"), !b.contains("never prints")));
      }
      sorted.forEach(out::println);
    }
  }

  /** The numbers of a text with their scale words; {@code words} also reads number words. */
  private static List<BigDecimal> numbersOf(String text, boolean words) {
    List<BigDecimal> found = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      found.add(numberOf(m));
      if (m.group(2) == null) {
        found.add(new BigDecimal(m.group(1).replace(",", "")));
      }
    }
    Matcher w = Pattern.compile("(?i)\\b(" + String.join("|", NUMBER_WORDS.keySet()) + ")\\b").matcher(text);
    while (w.find()) {
      found.add(BigDecimal.valueOf(NUMBER_WORDS.get(w.group(1).toLowerCase(Locale.ROOT))));
    }
    if (text.toLowerCase(Locale.ROOT).contains("half a million")) {
      found.add(BigDecimal.valueOf(500_000));
    }
    return found;
  }

  private static BigDecimal numberOf(Matcher m) {
    String digits = m.group(1).replace(",", "") + (m.group(2) == null ? "" : "." + m.group(2));
    BigDecimal n = new BigDecimal(digits);
    String scale = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
    return switch (scale) {
      case "million", "m" -> n.multiply(BigDecimal.valueOf(1_000_000));
      case "billion", "bln", "bn", "b" -> n.multiply(BigDecimal.valueOf(1_000_000_000));
      default -> n;
    };
  }

  private static Map<String, Integer> numberWords() {
    String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty"};
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < small.length; i++) {
      map.put(small[i], i);
    }
    String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      map.put(tens[i], 30 + 10 * i);
    }
    map.put("hundred", 100);
    return map;
  }
}
