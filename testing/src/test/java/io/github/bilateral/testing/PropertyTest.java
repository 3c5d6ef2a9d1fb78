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

  @Test
  void aScaleBelowOneCutsTheTriesButNeverToNone() {
    assertThat(Property.scaledTries(200, "0.1")).isEqualTo(20);
    assertThat(Property.scaledTries(200, " 0.05 ")).isEqualTo(10);
    assertThat(Property.scaledTries(3, "0.01")).isEqualTo(1);
    assertThat(Property.scaledTries(1, "0.5")).isEqualTo(1);
  }

  @Test
  void aMissingOrMeaninglessScaleKeepsTheTries() {
    assertThat(Property.scaledTries(200, null)).isEqualTo(200);
    assertThat(Property.scaledTries(200, "tenth")).isEqualTo(200);
    assertThat(Property.scaledTries(200, "0")).isEqualTo(200);
    assertThat(Property.scaledTries(200, "-1")).isEqualTo(200);
    assertThat(Property.scaledTries(200, "NaN")).isEqualTo(200);
    assertThat(Property.scaledTries(200, "2")).isEqualTo(200);
  }
}
