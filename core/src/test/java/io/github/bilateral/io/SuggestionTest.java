package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Report;
import io.github.bilateral.testing.Gen;
import io.github.bilateral.testing.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The suggestion of a reference that does not resolve: the nearest id by edit distance, within a
 * third of the wrong id's length (at least 2), the alphabetically first of equally near ones, and
 * none at all when nothing is that near.
 */
class SuggestionTest {

  private static final Report SAMPLE = ReportReader.strict().readString(ReportReaderTest.sample());

  /** The suggestion for a loan lent by {@code wrong} in the sample with actors of {@code ids} added. */
  private static Optional<String> suggestion(List<String> ids, String wrong) {
    List<Actor> actors = new ArrayList<>(SAMPLE.actors());
    Actor model = SAMPLE.actors().get(0);
    for (String id : ids) {
      actors.add(model.withId(ActorId.of(id)).withAliases(List.of()));
    }
    Loan loan = SAMPLE.loans().get(0).withLenders(ActorId.of(wrong));
    List<Problem> problems = ReportValidator.validate(SAMPLE.withActors(actors).withLoans(loan, SAMPLE.loans().get(1)));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).reason()).isEqualTo("unknown actor '" + wrong + "'");
    return problems.get(0).suggestion();
  }

  @Test
  void theNearestIdIsSuggested() {
    assertThat(suggestion(List.of("china", "chile"), "chna")).hasValue("did you mean 'china'?");
    assertThat(suggestion(List.of("chinar", "china"), "chinas")).hasValue("did you mean 'china'?");
    assertThat(suggestion(List.of("chinar", "china"), "chinarr")).hasValue("did you mean 'chinar'?");
    assertThat(suggestion(List.of(), "imff")).hasValue("did you mean 'imf'?");
  }

  @Test
  void ofEquallyNearIdsTheAlphabeticallyFirstIsSuggested() {
    assertThat(suggestion(List.of("cab", "bab", "aab"), "xab")).hasValue("did you mean 'aab'?");
    assertThat(suggestion(List.of("aab", "bab", "cab"), "xab")).hasValue("did you mean 'aab'?");
    assertThat(suggestion(List.of("bab", "aab", "cab"), "xab")).hasValue("did you mean 'aab'?");
  }

  @Test
  void nothingIsSuggestedBeyondAThirdOfTheLengthOrTwo() {
    // Up to two edits for a short id.
    assertThat(suggestion(List.of("abcd"), "ab")).hasValue("did you mean 'abcd'?");
    assertThat(suggestion(List.of("abcde"), "ab")).isEmpty();
    assertThat(suggestion(List.of("xyz"), "abc")).isEmpty();
    // A third of a twelve-letter id is four edits.
    assertThat(suggestion(List.of("abcdefghijkl"), "abcdefghwxyz")).hasValue("did you mean 'abcdefghijkl'?");
    assertThat(suggestion(List.of("abcdefghijkl"), "abcdefgvwxyz")).isEmpty();
    assertThat(suggestion(List.of("abcdefghijklmnop"), "abcdefghijkl")).hasValue("did you mean 'abcdefghijklmnop'?");
    assertThat(suggestion(List.of("abcdefghijklmnopq"), "abcdefghijkl")).isEmpty();
  }

  /** Levenshtein distance, the plain way. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
            d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
    }
    return d[a.length()][b.length()];
  }

  /** What should be suggested for {@code wrong} among {@code candidates}, worked out the slow way. */
  private static Optional<String> expected(List<String> candidates, String wrong) {
    int limit = Math.max(2, wrong.length() / 3);
    return candidates.stream().filter(c -> distance(c, wrong) <= limit)
        .min(java.util.Comparator.comparingInt((String c) -> distance(c, wrong)).thenComparing(c -> c))
        .map(c -> "did you mean '" + c + "'?");
  }

  private static final Gen<String> IDS = (r, size) -> {
    StringBuilder sb = new StringBuilder();
    int n = 1 + r.nextInt(2 + size / 2);
    for (int i = 0; i < n; i++) {
      sb.append("abc".charAt(r.nextInt(3)));
    }
    return sb.toString();
  };

  /** Ids to add, and a wrong one to look up among them. */
  private record Case(List<String> ids, String wrong) {}

  @Test
  void theSuggestionIsTheNearestOfAllIds() {
    Gen<List<String>> idLists = Gen.listOf(IDS, 0, 8).map(l -> l.stream().distinct().toList());
    Property.forAll("the suggestion is the nearest id, the first of equals", idLists.zip(IDS, Case::new))
        .tries(300).verify(c -> {
          if (c.ids().contains(c.wrong())) {
            return;
          }
          List<String> all = new ArrayList<>(c.ids());
          SAMPLE.actors().forEach(a -> all.add(a.id().value()));
          assertThat(suggestion(c.ids(), c.wrong())).as(c.toString()).isEqualTo(expected(all, c.wrong()));
        });
  }
}
