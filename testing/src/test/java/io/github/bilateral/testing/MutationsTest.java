package io.github.bilateral.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MutationsTest {

  /** Well-formed documents with no object, so with no field to drop, duplicate, retype, alter or add to. */
  private static final List<String> WITHOUT_OBJECTS =
      List.of("[1,2]", "5", "\"x\"", "[]", "[[1],[\"a\",true]]", "null", "-1.5e3");

  @Test
  void aDocumentWithoutAnObjectIsTruncatedOrSwappedOrLeftAsItWas() {
    for (String json : WITHOUT_OBJECTS) {
      int unchanged = 0;
      for (int seed = 0; seed < 300; seed++) {
        Mutations.Mutant m = Mutations.mutate(json, new SplittableRandom(seed));
        if (m.mutation().equals("no change")) {
          unchanged++;
          assertThat(m.text()).as(json).isEqualTo(json);
        } else {
          assertThat(m.mutation()).as(json).matches("(truncate at |replace character |swap \\$).*");
        }
      }
      // Five of the nine kinds of mutation need an object; they must all end here.
      assertThat(unchanged).as(json).isGreaterThan(300 * 5 / 9 / 2);
    }
  }

  @Test
  void aListWithoutObjectsCanStillBeSwapped() {
    boolean swapped = false;
    for (int seed = 0; seed < 300 && !swapped; seed++) {
      Mutations.Mutant m = Mutations.mutate("[1,2]", new SplittableRandom(seed));
      swapped = m.mutation().startsWith("swap $[");
      if (swapped) {
        assertThat(m.text()).isIn("[1,2]", "[2,1]");
      }
    }
    assertThat(swapped).isTrue();
  }

  @Test
  void anEmptyObjectIsGivenAFieldOrLeftAsItWas() {
    for (int seed = 0; seed < 300; seed++) {
      Mutations.Mutant m = Mutations.mutate("{}", new SplittableRandom(seed));
      assertThat(m.mutation()).matches("(no change|truncate at|replace character|add \\$\\.).*");
    }
  }
}
