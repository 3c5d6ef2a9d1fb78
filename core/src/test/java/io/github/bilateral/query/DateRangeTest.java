package io.github.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bilateral.model.PartialDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  @Test
  void partialDatesBecomeTheirFirstAndLastDays() {
    assertThat(DateRange.parse("2023-05..2023-08").toString()).isEqualTo("2023-05-01..2023-08-31");
    assertThat(DateRange.parse("mid 2023-08").toString()).isEqualTo("2023-08-11..2023-08-20");
    assertThat(DateRange.parse("2023..").toString()).isEqualTo("2023-01-01..");
    assertThat(DateRange.parse("..2023-02").toString()).isEqualTo("..2023-02-28");
    assertThat(DateRange.parse("..").toString()).isEqualTo("..");
    assertThat(DateRange.parse("..")).isEqualTo(DateRange.all());
    assertThat(DateRange.parse(DateRange.parse("2023-05..2023-08").toString()))
        .isEqualTo(DateRange.parse("2023-05..2023-08"));
  }

  @Test
  void overlapsMeansMaybeAndEnclosesMeansCertainly() {
    DateRange summer = DateRange.parse("2023-05..2023-08");
    assertThat(summer.overlaps(PartialDate.parse("2023"))).isTrue();
    assertThat(summer.encloses(PartialDate.parse("2023"))).isFalse();
    assertThat(summer.encloses(PartialDate.parse("late 2023-08"))).isTrue();
    assertThat(summer.overlaps(PartialDate.parse("2023-09"))).isFalse();
    assertThat(summer.matches(PartialDate.parse("2023-04"), DateMatch.OVERLAPS)).isFalse();
    assertThat(summer.contains(LocalDate.of(2023, 8, 31))).isTrue();
    assertThat(summer.first()).contains(LocalDate.of(2023, 5, 1));
    assertThat(DateRange.from(PartialDate.parse("2023")).last()).isEmpty();
  }

  @Test
  void aRangeHoldsItsFirstAndLastDaysAndNothingOutside() {
    DateRange summer = DateRange.parse("2023-05..2023-08");
    assertThat(summer.contains(LocalDate.of(2023, 5, 1))).isTrue();
    assertThat(summer.contains(LocalDate.of(2023, 4, 30))).isFalse();
    assertThat(summer.contains(LocalDate.of(2023, 9, 1))).isFalse();
    assertThat(DateRange.all().contains(LocalDate.of(1, 1, 1))).isTrue();
    assertThat(summer.matches(PartialDate.parse("2023-08"), DateMatch.OVERLAPS)).isTrue();
    assertThat(summer.matches(PartialDate.parse("2023"), DateMatch.OVERLAPS)).isTrue();
    assertThat(summer.matches(PartialDate.parse("2023"), DateMatch.WITHIN)).isFalse();
    assertThat(summer.matches(PartialDate.parse("2023-06"), DateMatch.WITHIN)).isTrue();
  }

  @Test
  void rangesAreEqualByTheirDays() {
    DateRange summer = DateRange.parse("2023-05..2023-08");
    assertThat(summer).isEqualTo(DateRange.of(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 8, 31)))
        .hasSameHashCodeAs(DateRange.of(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 8, 31)))
        .isNotEqualTo(DateRange.parse("2023-05..2023-09")).isNotEqualTo(DateRange.parse("2023-04..2023-08"))
        .isNotEqualTo("2023-05..2023-08");
    assertThat(summer.hashCode()).isNotEqualTo(DateRange.parse("2023-05..2023-09").hashCode());
  }

  @Test
  void backwardsOrMalformedRangesAreRefused() {
    assertThatThrownBy(() -> DateRange.parse("2023-08..2023-05"))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("Invalid DateRange: last day 2023-05-31 is before first day 2023-08-01");
    assertThatThrownBy(() -> DateRange.parse("2023..2024..2025")).isInstanceOf(DateTimeException.class)
        .hasMessageContaining("more than one '..'");
    assertThatThrownBy(() -> DateRange.parse("May 2023")).isInstanceOf(DateTimeException.class);
  }
}
