package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.testing.Gen;
import io.github.bilateral.testing.Property;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reader's table of texts against a {@link HashMap}: whatever is kept, looked up by the
 * characters of a text standing anywhere in a buffer, finds what the map finds, and keeping a text
 * again keeps the first value. Many of the texts share a hash code (every string of the same number
 * of the pieces {@code "Aa"} and {@code "BB"} has one), and the tables grow past their first size.
 */
class TextTableTest {

  private static final Gen<String> TEXTS = Gen.oneOf(
      Gen.listOf(Gen.elements("Aa", "BB"), 1, 4).map(pieces -> String.join("", pieces)),
      Gen.ints(0, 400).map(i -> "text " + i));

  @Test
  void findsByCharactersWhatAMapFinds() {
    Property.forAll("a text table agrees with a hash map", Gen.listOf(TEXTS, 0, 300))
        .tries(300)
        .verify(texts -> {
          TextTable table = new TextTable(4);
          Map<String, Object> map = new HashMap<>();
          for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            Object value = i;
            assertThat(table.putIfAbsent(text, value)).as(text).isEqualTo(map.computeIfAbsent(text, t -> value));
          }
          for (String text : List.copyOf(texts)) {
            char[] buffer = ("<<" + text + ">>").toCharArray();
            assertThat(table.get(buffer, 2, text.length())).as(text).isEqualTo(map.get(text));
          }
          char[] absent = "<<absent>>".toCharArray();
          assertThat(table.get(absent, 2, 6)).isNull();
        });
  }
}
