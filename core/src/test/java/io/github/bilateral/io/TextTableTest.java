package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.testing.Gen;
import io.github.bilateral.testing.Property;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reader's table of texts against a {@link HashMap}: whatever is kept, looked up by the
 * characters of a text standing anywhere in a buffer, finds what the map finds, keeping a text again
 * keeps the first value, and the texts marked, and only they, stay marked. Many of the texts share a
 * hash code (every string of the same number of the pieces {@code "Aa"} and {@code "BB"} has one),
 * and the tables grow past their first size.
 */
class TextTableTest {

  private static final Gen<String> TEXTS = Gen.oneOf(
      Gen.listOf(Gen.elements("Aa", "BB"), 1, 4).map(pieces -> String.join("", pieces)),
      Gen.ints(0, 400).map(i -> "text " + i));

  @Test
  void findsByCharactersWhatAMapFindsAndKeepsTheMarksGiven() {
    Property.forAll("a text table agrees with a hash map and a set of marked texts", Gen.listOf(TEXTS, 0, 300))
        .tries(300)
        .verify(texts -> {
          TextTable table = new TextTable(4);
          Map<String, Object> map = new HashMap<>();
          Set<String> marked = new HashSet<>();
          for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            Object value = i;
            assertThat(table.putIfAbsent(text, value)).as(text).isEqualTo(map.computeIfAbsent(text, t -> value));
            // Every third text is marked as soon as it is kept; a text the table does not keep is marked in vain.
            if (i % 3 == 0) {
              table.mark(text);
              marked.add(text);
            }
            table.mark("absent " + i);
          }
          for (String text : List.copyOf(texts)) {
            char[] buffer = ("<<" + text + ">>").toCharArray();
            assertThat(table.get(buffer, 2, text.length())).as(text).isEqualTo(map.get(text));
            assertThat(table.marked(table.slot(buffer, 2, text.length()))).as(text).isEqualTo(marked.contains(text));
          }
          char[] absent = "<<absent 0>>".toCharArray();
          assertThat(table.get(absent, 2, 8)).isNull();
          assertThat(table.marked(table.slot(absent, 2, 8))).isFalse();
        });
  }
}
