package io.github.bilateral.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The bundled dataset is in its own words: no string outside the names, titles, URLs and printed
 * words shares a run of eight consecutive words with the report. The report's text is not in the
 * repository; its windows are, as hashes made by {@link ReportWindowHashes}.
 */
class OwnWordsTest {

  private static final Set<String> HASHES = loadHashes();
  private static final List<DatasetStrings.Entry> STRINGS = DatasetStrings.bundled();

  private static Set<String> loadHashes() {
    try (InputStream in = OwnWordsTest.class.getResourceAsStream(ReportWindowHashes.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ReportWindowHashes.RESOURCE);
      }
      Set<String> hashes = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          hashes.add(line.strip());
        }
      }
      return hashes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void noCheckedStringSharesARunOfEightWordsWithTheReport() {
    List<OwnWords.Finding> findings = OwnWords.check(STRINGS, HASHES);
    long tenOrMore = findings.stream().filter(f -> f.longest() >= 10).count();
    String list = findings.stream()
        .map(f -> "  " + f.entry().fact() + ", " + f.entry().path() + " (" + f.longest() + " words): "
            + f.runs().stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(" and ")))
        .collect(Collectors.joining("\n"));
    assertThat(findings)
        .as("%d strings share a run of 8 or more words with the report (%d of 10 or more); reword them"
            + " in our own words, keeping every name, number, date and title as printed:%n%s",
            findings.size(), tenOrMore, list)
        .isEmpty();
  }

  @Test
  void theHashesAreOfTheReportWithTheseWordRules() {
    // Citation titles are copied from the footnotes as printed, so every window of a long one must be
    // among the hashes; if the rules of ReportWords change without the hashes being made again, this
    // fails.
    List<DatasetStrings.Entry> titles = STRINGS.stream()
        .filter(e -> e.fact().startsWith("citation ") && e.field().equals("title"))
        .filter(e -> ReportWords.of(e.value()).size() >= ReportWords.WINDOW)
        .toList();
    assertThat(titles).hasSizeGreaterThan(50);
    for (DatasetStrings.Entry title : titles) {
      List<ReportWords.Word> words = ReportWords.of(title.value());
      assertThat(IntStream.rangeClosed(0, words.size() - ReportWords.WINDOW)
              .mapToObj(i -> ReportWords.windowHash(words, i)))
          .as("windows of the title of %s: %s", title.fact(), title.value())
          .allMatch(HASHES::contains);
    }
  }

  @Test
  void everyFactKindHasCheckedStrings() {
    Set<String> kinds = STRINGS.stream()
        .filter(e -> OwnWords.isChecked(e.field()) && e.field().equals("summary"))
        .map(e -> e.fact().substring(0, e.fact().indexOf(' ')))
        .collect(Collectors.toSet());
    assertThat(kinds).contains("actor", "relation", "loan", "agreement", "recommendation", "event", "figure",
        "assessment", "erratum");
  }

  @Test
  void wordsAreFoldedAndSplitTheSameWayEverywhere() {
    assertThat(ReportWords.of("Pakistan’s U.S.-India ties, ret'd GEN. ¹⁵ Straße 'quoted'"))
        .extracting(ReportWords.Word::text)
        .containsExactly("pakistans", "u", "s", "india", "ties", "retd", "gen", "strasse", "quoted");
    assertThat(ReportWords.of("Cafe\u0301")).extracting(ReportWords.Word::text).containsExactly("café");
    assertThat(ReportWords.windowHash(ReportWords.of("one two three four five six seven eight"), 0))
        .hasSize(16)
        .isEqualTo(ReportWords.windowHash(ReportWords.of("ONE two, three-four (five) six seven eight."), 0));
  }

  @Test
  void quotationsUrlsAndExemptFieldsAreLeftAside() {
    String copied = "the quick brown fox jumps over the lazy dog again";
    String other = "one more sentence of the report that is long enough";
    Set<String> hashes = ReportWindowHashes.hashes(copied + ". " + other);
    List<DatasetStrings.Entry> strings = List.of(
        entry("loan a", "summary", "It says " + copied + " today."),
        entry("loan b", "summary", "It says \"" + copied + "\" today."),
        entry("loan c", "summary", "See https://example.org/the-quick-brown-fox-jumps-over-the-lazy-dog-again"),
        entry("loan d", "summary", "It says \u201C" + copied + "\u201D today."),
        entry("actor e", "name", other),
        entry("actor f", "aliases", other),
        entry("loan g", "purpose", "Seven shared words: the quick brown fox jumps over a lazy dog."));
    assertThat(OwnWords.check(strings, hashes))
        .extracting(f -> f.entry().fact(), OwnWords.Finding::runs, OwnWords.Finding::longest)
        .containsExactly(tuple("loan a", List.of(copied), 10));
  }

  @Test
  void aWindowInsideALongTitleIsLeftAsideButARunPastItIsNot() {
    String copied = "the quick brown fox jumps over the lazy dog again";
    Set<String> hashes = ReportWindowHashes.hashes(copied);
    List<DatasetStrings.Entry> strings = List.of(
        entry("citation 1", "title", "The Quick Brown Fox Jumps Over the Lazy Dog"),
        entry("loan a", "summary", "It cites The Quick Brown Fox Jumps Over the Lazy Dog, a story."),
        entry("loan b", "summary", "Once the quick brown fox jumps over the lazy dog again."));
    assertThat(OwnWords.check(strings, hashes))
        .extracting(f -> f.entry().fact(), OwnWords.Finding::runs, OwnWords.Finding::longest)
        .containsExactly(tuple("loan b", List.of("brown fox jumps over the lazy dog again"), 8));
  }

  private static DatasetStrings.Entry entry(String fact, String field, String value) {
    return new DatasetStrings.Entry(fact, field, field, value);
  }
}
