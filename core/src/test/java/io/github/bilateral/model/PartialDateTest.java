package io.github.bilateral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void parsesEachPrecision() {
    assertThat(PartialDate.parse("1893").precision()).isEqualTo(PartialDate.Precision.YEAR);
    assertThat(PartialDate.parse("2023-07").precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(PartialDate.parse("2023-07-27").precision()).isEqualTo(PartialDate.Precision.DAY);
    assertThat(PartialDate.parse("2023-07-27").day()).hasValue(27);
    assertThat(PartialDate.parse("2023").month()).isEmpty();
  }

  @Test
  void partsNarrowTheRange() {
    assertThat(PartialDate.parse("mid 2023-08").toRange())
        .isEqualTo(Range.closed(LocalDate.of(2023, 8, 11), LocalDate.of(2023, 8, 20)));
    assertThat(PartialDate.parse("late 2023-03").toRange())
        .isEqualTo(Range.closed(LocalDate.of(2023, 3, 21), LocalDate.of(2023, 3, 31)));
    assertThat(PartialDate.parse("early 2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 10));
    assertThat(PartialDate.parse("late 2024").start()).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(PartialDate.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void toStringIsWhatParseReads() {
    for (String s : new String[] {"2023", "2023-07", "2023-07-27", "mid 2023-08", "late 2024", "0033"}) {
      assertThat(PartialDate.parse(s)).hasToString(s);
    }
  }

  @Test
  void rejectsImpossibleAndMalformedDates() {
    assertThatThrownBy(() -> PartialDate.parse("2023-13")).isInstanceOf(DateTimeException.class)
        .hasMessage("Text '2023-13' could not be parsed: Invalid value for MonthOfYear (valid values 1 - 12): 13");
    assertThatThrownBy(() -> PartialDate.parse("2023-02-30")).isInstanceOf(DateTimeException.class)
        .hasMessageContaining("2023-02-30").hasMessageContaining("FEBRUARY 30");
    assertThatThrownBy(() -> PartialDate.parse("23-07")).isInstanceOf(DateTimeException.class)
        .hasMessage("Text '23-07' could not be parsed: expected yyyy, yyyy-MM or yyyy-MM-dd");
    assertThatThrownBy(() -> PartialDate.parse("soon 2023")).hasMessageContaining("valid values early, mid, late");
    assertThatThrownBy(() -> PartialDate.ofYear(0)).hasMessage("Invalid value for Year (valid values 1 - 9999): 0");
  }

  @Test
  void aPartNeedsAYearOrAMonth() {
    assertThatThrownBy(() -> PartialDate.of(2023, 7, 27).withPart(PartialDate.Part.MID))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("A part (mid) applies only to a year or a month, not to 2023-07-27");
  }

  @Test
  void ordersByStartThenCoarserFirst() {
    assertThat(PartialDate.parse("2023")).isLessThan(PartialDate.parse("2023-01"));
    assertThat(PartialDate.parse("2023-01")).isLessThan(PartialDate.parse("2023-01-01"));
    assertThat(PartialDate.parse("late 2023-03")).isLessThan(PartialDate.parse("2023-03-31"));
    assertThat(PartialDate.parse("2022-12-31")).isLessThan(PartialDate.parse("2023"));
  }

  @Test
  void copiesLeaveTheOriginalUnchanged() {
    PartialDate d = PartialDate.ofMonth(2023, 8);
    PartialDate mid = d.withPart(PartialDate.Part.MID);
    assertThat(d.part()).isEmpty();
    assertThat(mid.withoutPart()).isEqualTo(d);
    assertThat(mid).isNotEqualTo(d).doesNotHaveSameHashCodeAs(d);
  }

  @Test
  void aDaysRangeLiesWithinItsMonthsWhichLiesWithinItsYears() {
    Property.forAll("day within month within year", Generators.days()).tries(2000).check(day -> {
      PartialDate month = PartialDate.ofMonth(day.year(), day.month().getAsInt());
      PartialDate year = PartialDate.ofYear(day.year());
      return month.toRange().encloses(day.toRange()) && year.toRange().encloses(month.toRange());
    });
  }

  @Test
  void aPartsRangeLiesWithinTheWholeAndParseInvertsToString() {
    Property.forAll("part within whole; parse(toString)", Generators.partialDates()).tries(2000).check(d ->
        d.withoutPart().toRange().encloses(d.toRange())
            && PartialDate.parse(d.toString()).equals(d)
            && !d.start().isAfter(d.end()));
  }

  @Test
  void parsesExactlyTheShapesOfTheIsoPattern() {
    Pattern iso = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    String alphabet = "0123-x1";
    SplittableRandom random = new SplittableRandom(5);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      boolean shape = iso.matcher(s).matches();
      try {
        PartialDate d = PartialDate.parse(s);
        assertThat(shape).as(s).isTrue();
        assertThat(d.toString()).isEqualTo(s);
      } catch (java.time.DateTimeException e) {
        if (shape) {
          assertThat(e.getMessage()).as(s).doesNotContain("expected yyyy");
        }
      }
    }
  }
}
