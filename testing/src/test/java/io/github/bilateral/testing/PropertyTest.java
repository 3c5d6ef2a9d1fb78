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
  void theLastTryHasTheMaxSize() {
    assertThat(sizes(7, 30)).containsExactly(1, 5, 10, 15, 20, 25, 30);
    assertThat(sizes(200, 30)).startsWith(1).endsWith(30).isSorted();
    assertThat(sizes(1000, 12)).startsWith(1).endsWith(12).isSorted();
    assertThat(sizes(2, 30)).containsExactly(1, 30);
    assertThat(sizes(3, 2)).containsExactly(1, 1, 2);
  }

  @Test
  void oneTryHasTheMaxSize() {
    assertThat(sizes(1, 30)).containsExactly(30);
    assertThat(sizes(1, 1)).containsExactly(1);
  }

  @Test
  void aMaxSizeOfZeroOrOneIsEveryTrysSize() {
    assertThat(sizes(4, 0)).containsExactly(0, 0, 0, 0);
    assertThat(sizes(4, 1)).containsExactly(1, 1, 1, 1);
  }

  @Test
  void moreTriesThanSizesRepeatEachSize() {
    List<Integer> sizes = sizes(100, 10);
    assertThat(sizes).startsWith(1).endsWith(10).isSorted();
    assertThat(new java.util.TreeSet<>(sizes)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  @Test
  void aNegativeMaxSizeIsRefused() {
    assertThatThrownBy(() -> Property.forAll("x", Gen.ints(1, 2)).maxSize(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void aFailureShrinksFromTheMaxSize() {
    assertThatThrownBy(() -> Property.forAll("sizes stay small", (r, size) -> size).seed(5).tries(1).maxSize(30)
        .check(size -> size < 10))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("size 30, shrunk to size 10)");
  }

  /** The sizes a property of {@code tries} and {@code maxSize} passes to its generator, in order. */
  private static List<Integer> sizes(int tries, int maxSize) {
    List<Integer> sizes = new ArrayList<>();
    Property.forAll("sizes", (r, size) -> size).tries(tries).maxSize(maxSize).verify(sizes::add);
    return sizes;
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
