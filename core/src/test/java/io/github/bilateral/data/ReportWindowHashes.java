package io.github.bilateral.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Writes the hashes of every window of eight consecutive words of the report's plain text, sorted,
 * one a line, so that {@code OwnWordsTest} can check the dataset's wording without the report's text
 * in the repository.
 *
 * <p>Words and hashes are those of {@link ReportWords}. The windows are taken twice over: once over
 * the text as it stands, and once over its body alone, with the footnotes, the photo captions and the
 * URL fragments that page breaks left between paragraphs taken out, so that a sentence broken by a
 * block of footnotes is also read whole. Run it from the repository's root after {@code ./mvnw -q -pl
 * core test-compile}:
 *
 * <pre>{@code
 * java -cp core/target/test-classes io.github.bilateral.data.ReportWindowHashes \
 *     ../shared/seeds/000_b49ee22279090629.txt \
 *     core/src/test/resources/io/github/bilateral/data/report-8gram-hashes.txt
 * }</pre>
 */
public final class ReportWindowHashes {

  /** The bundled file of hashes, as a class-path resource. */
  static final String RESOURCE = "/io/github/bilateral/data/report-8gram-hashes.txt";

  /** A paragraph that is not body text: a footnote, a caption, or a URL carried over a page break. */
  private static final Pattern NOT_BODY = Pattern.compile(
      "^(?:[\u00B9\u00B2\u00B3\u2070-\u2079]+|<https?:|\\[|Photo above:|Cover photo:)");

  private ReportWindowHashes() {}

  /**
   * Reads the report's text and writes the hashes of its windows.
   *
   * @param args the path of the report's plain text, and the path of the file to write
   * @throws IOException if the text cannot be read or the hashes cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ReportWindowHashes REPORT_TEXT OUTPUT");
      System.exit(2);
    }
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    SortedSet<String> hashes = hashes(text);
    List<String> lines = new ArrayList<>();
    lines.add("# SHA-256 (first 8 bytes, hex) of every window of " + ReportWords.WINDOW
        + " consecutive words of the report's text,");
    lines.add("# words normalised as in ReportWords; made by ReportWindowHashes (see seeds/README.md).");
    lines.add("# " + hashes.size() + " hashes.");
    lines.addAll(hashes);
    Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    System.out.println("wrote " + hashes.size() + " hashes to " + args[1]);
  }

  /** The hashes of every window of the text as it stands and of its body alone. */
  static SortedSet<String> hashes(String text) {
    SortedSet<String> hashes = new TreeSet<>();
    addWindows(text, hashes);
    addWindows(body(text), hashes);
    return hashes;
  }

  /** The text's paragraphs that are body text, joined by spaces. */
  static String body(String text) {
    StringBuilder body = new StringBuilder();
    for (String paragraph : ReportWords.nfc(text).split("\\n\\s*\\n")) {
      String p = paragraph.strip();
      if (!NOT_BODY.matcher(p).find()) {
        body.append(p).append(' ');
      }
    }
    return body.toString();
  }

  private static void addWindows(String text, SortedSet<String> into) {
    List<ReportWords.Word> words = ReportWords.of(text);
    for (int i = 0; i + ReportWords.WINDOW <= words.size(); i++) {
      into.add(ReportWords.windowHash(words, i));
    }
  }
}
