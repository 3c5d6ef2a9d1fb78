package io.github.bilateral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bilateral.testing.Gen;
import io.github.bilateral.testing.Property;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

  @ParameterizedTest(name = "{0} ~ {1} within {2}: {3}")
  @CsvSource({
      "kakar, kakr, 2, 1", "kakar, kakkar, 2, 1", "summary, sumary, 2, 1", "imf, imp, 2, 1",
      "kitten, sitting, 3, 3", "'', abc, 3, 3", "same, same, 0, 0",
      // beyond the limit: the limit plus one
      "pakistan, india, 2, 3", "kitten, sitting, 2, 3", "a, abcdef, 1, 2", "ab, ba, 0, 1"})
  void countsInsertionsDeletionsAndReplacementsUpToTheLimit(String a, String b, int limit, int expected) {
    assertThat(EditDistance.within(a, b, limit)).isEqualTo(expected);
  }

  @Test
  void rejectsANegativeLimit() {
    assertThatThrownBy(() -> EditDistance.within("a", "b", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid limit (must be at least 0): -1");
  }

  @Test
  void agreesWithTheTextbookDistanceCappedAtTheLimit() {
    Gen<String> words = Gen.listOf(Gen.elements("a", "b", "c", "k"), 0, 8).map(l -> String.join("", l));
    Gen<List<Object>> cases = words.zip(words, (a, b) -> List.<Object>of(a, b))
        .zip(Gen.ints(0, 6), (ab, limit) -> List.of(ab.get(0), ab.get(1), limit));
    Property.forAll("within is min(distance, limit + 1), and symmetric", cases).tries(2000).check(c -> {
      String a = (String) c.get(0);
      String b = (String) c.get(1);
      int limit = (Integer) c.get(2);
      int expected = Math.min(textbook(a, b), limit + 1);
      return EditDistance.within(a, b, limit) == expected && EditDistance.within(b, a, limit) == expected;
    });
  }

  /** The full dynamic-programming table, no early exit: the definition the fast version must match. */
  private static int textbook(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
        } else {
          int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
          d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
