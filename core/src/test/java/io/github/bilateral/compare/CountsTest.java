package io.github.bilateral.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CountsTest {

  @Test
  void ratiosFollowFromTheCounts() {
    Counts c = Counts.of(8, 2, 1);
    assertThat(c.precision()).isCloseTo(8.0 / 9, within(1e-12));
    assertThat(c.recall()).isCloseTo(0.8, within(1e-12));
    assertThat(c.f1()).isCloseTo(2 * (8.0 / 9) * 0.8 / (8.0 / 9 + 0.8), within(1e-12));
    assertThat(c).hasToString("matched 8, missing 2, extra 1, precision 0.889, recall 0.800, F1 0.842");
  }

  @Test
  void nothingToFindAndNothingFoundIsNoError() {
    Counts none = Counts.of(0, 0, 0);
    assertThat(none.precision()).isEqualTo(1.0);
    assertThat(none.recall()).isEqualTo(1.0);
    assertThat(Counts.of(0, 3, 0).recall()).isZero();
    assertThat(Counts.of(0, 3, 0).precision()).isEqualTo(1.0);
    assertThat(Counts.of(0, 3, 2).f1()).isZero();
  }

  @Test
  void negativeCountsAreRefusedWithTheirValues() {
    assertThatThrownBy(() -> Counts.of(1, -1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts are at least 0, found matched 1, missing -1, extra 0");
  }

  @Test
  void equalCountsAreEqual() {
    assertThat(Counts.of(1, 2, 3)).isEqualTo(Counts.of(1, 2, 3)).hasSameHashCodeAs(Counts.of(1, 2, 3))
        .isNotEqualTo(Counts.of(1, 2, 4));
  }
}
