package io.github.bilateral.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GenTest {

  @Test
  void intsCoverRangesWiderThanAnInt() {
    // max - min + 1 does not fit in an int for any of these.
    int[][] ranges = {
        {0, Integer.MAX_VALUE},
        {Integer.MIN_VALUE, Integer.MAX_VALUE},
        {Integer.MIN_VALUE, 0},
        {-1, Integer.MAX_VALUE},
        {Integer.MIN_VALUE + 1, 0},
    };
    for (int[] range : ranges) {
      Gen<Integer> ints = Gen.ints(range[0], range[1]);
      for (int seed = 0; seed < 1000; seed++) {
        assertThat(ints.generate(new SplittableRandom(seed), 5)).isBetween(range[0], range[1]);
      }
    }
  }

  @Test
  void theWholeIntRangeGivesBothSigns() {
    Gen<Integer> ints = Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE);
    int negative = 0;
    for (int seed = 0; seed < 1000; seed++) {
      if (ints.generate(new SplittableRandom(seed), 5) < 0) {
        negative++;
      }
    }
    assertThat(negative).isBetween(400, 600);
  }

  @Test
  void intsAtTheEdgesOfTheIntRange() {
    SplittableRandom r = new SplittableRandom(1);
    assertThat(Gen.ints(Integer.MAX_VALUE, Integer.MAX_VALUE).generate(r, 5)).isEqualTo(Integer.MAX_VALUE);
    assertThat(Gen.ints(Integer.MIN_VALUE, Integer.MIN_VALUE).generate(r, 5)).isEqualTo(Integer.MIN_VALUE);
    assertThat(Gen.ints(Integer.MAX_VALUE - 1, Integer.MAX_VALUE).generate(r, 5)).isGreaterThanOrEqualTo(Integer.MAX_VALUE - 1);
    assertThat(Gen.ints(1, Integer.MAX_VALUE).generate(r, 5)).isPositive();
  }

  @Test
  void aNarrowRangeDrawsTheValuesItAlwaysDrew() {
    // Seeded property tests elsewhere depend on these values staying as they were.
    for (int seed = 0; seed < 200; seed++) {
      assertThat(Gen.ints(3, 9).generate(new SplittableRandom(seed), 5))
          .isEqualTo(3 + new SplittableRandom(seed).nextInt(7));
      assertThat(Gen.ints(-5, Integer.MAX_VALUE - 6).generate(new SplittableRandom(seed), 5))
          .isEqualTo(-5 + new SplittableRandom(seed).nextInt(Integer.MAX_VALUE));
    }
  }

  @Test
  void anEmptyRangeIsRefused() {
    assertThatThrownBy(() -> Gen.ints(1, 0).generate(new SplittableRandom(1), 5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void listsReachTheirLongestLengthWhenTheSizeAllows() {
    Gen<java.util.List<Integer>> lists = Gen.listOf(Gen.constant(1), 0, Integer.MAX_VALUE);
    for (int seed = 0; seed < 100; seed++) {
      assertThat(lists.generate(new SplittableRandom(seed), 10)).hasSizeBetween(0, 10);
    }
    Gen<java.util.List<Integer>> exact = Gen.listOf(Gen.constant(1), 3, 3);
    assertThat(exact.generate(new SplittableRandom(1), 0)).hasSize(3);
  }
}
