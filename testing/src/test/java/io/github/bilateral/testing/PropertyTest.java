package io.github.bilateral.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PropertyTest {

  @Test
  void aFailureNamesTheSeedAndShrinksToTheSmallestFailingSize() {
    Gen<List<Integer>> lists = Gen.listOf(Gen.ints(0, 9), 0, 30);
    assertThatThrownBy(() -> Property.forAll("lists are short", lists).seed(5).tries(100)
        .check(l -> l.size() < 3))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Property 'lists are short' failed on try ")
        .hasMessageContaining("replay with -Dbilateral.seed=5; try seed ")
        .hasMessageContaining("value: [");
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    List<Object> first = new ArrayList<>();
    List<Object> second = new ArrayList<>();
    Property.forAll("collect", Generators.reports()).seed(11).tries(20).verify(first::add);
    Property.forAll("collect", Generators.reports()).seed(11).tries(20).verify(second::add);
    assertThat(second).isEqualTo(first).hasSize(20);
  }

  @Test
  void everyMutantSaysWhatWasDone() {
    String json = io.github.bilateral.io.ReportWriter.canonical()
        .toJson(Generators.reports().generate(new SplittableRandom(3), 5));
    Property.forAll("mutants say what was done", Mutations.of(Gen.constant(json))).tries(200)
        .check(m -> !m.mutation().isBlank() && m.toString().equals(m.mutation() + "\n" + m.text()));
  }
}
