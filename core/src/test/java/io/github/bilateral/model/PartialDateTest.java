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
  @Test
  void eachPartOfAYearOrAMonthCoversItsDays() {
    String[][] table = {
        {"2023", "2023-01-01", "2023-12-31"},
        {"early 2023", "2023-01-01", "2023-04-30"},
        {"mid 2023", "2023-05-01", "2023-08-31"},
        {"late 2023", "2023-09-01", "2023-12-31"},
        {"2023-02", "2023-02-01", "2023-02-28"},
        {"early 2024-02", "2024-02-01", "2024-02-10"},
        {"mid 2024-02", "2024-02-11", "2024-02-20"},
        {"late 2024-02", "2024-02-21", "2024-02-29"},
        {"late 2023-04", "2023-04-21", "2023-04-30"},
        {"2023-07-27", "2023-07-27", "2023-07-27"}};
    for (String[] row : table) {
      PartialDate d = PartialDate.parse(row[0]);
      LocalDate start = LocalDate.parse(row[1]);
      LocalDate end = LocalDate.parse(row[2]);
      assertThat(d.start()).as(row[0]).isEqualTo(start);
      assertThat(d.end()).as(row[0]).isEqualTo(end);
      assertThat(d.contains(start)).as(row[0]).isTrue();
      assertThat(d.contains(end)).as(row[0]).isTrue();
      assertThat(d.contains(start.minusDays(1))).as(row[0]).isFalse();
      assertThat(d.contains(end.plusDays(1))).as(row[0]).isFalse();
    }
  }

  @Test
  void datesWithTheSameFirstDayOrderByPrecisionThenByLastDay() {
    PartialDate[] ascending = {PartialDate.parse("early 2023"), PartialDate.parse("2023"),
        PartialDate.parse("early 2023-01"), PartialDate.parse("2023-01"), PartialDate.parse("2023-01-01"),
        PartialDate.parse("mid 2023"), PartialDate.parse("2023-05")};
    for (int i = 0; i < ascending.length; i++) {
      for (int j = 0; j < ascending.length; j++) {
        assertThat(Integer.signum(ascending[i].compareTo(ascending[j])))
            .as("%s vs %s", ascending[i], ascending[j]).isEqualTo(Integer.compare(i, j));
      }
    }
  }

  @Test
  void equalOnlyInYearMonthDayAndPart() {
    PartialDate d = PartialDate.parse("mid 2023-08");
    assertThat(d).isEqualTo(PartialDate.ofMonth(2023, 8).withPart(PartialDate.Part.MID))
        .isNotEqualTo(PartialDate.parse("mid 2022-08")).isNotEqualTo(PartialDate.parse("mid 2023-09"))
        .isNotEqualTo(PartialDate.parse("late 2023-08")).isNotEqualTo(PartialDate.parse("2023-08"))
        .isNotEqualTo("mid 2023-08");
    assertThat(PartialDate.of(2023, 8, 1)).isNotEqualTo(PartialDate.of(2023, 8, 2)).isNotEqualTo(PartialDate.ofMonth(2023, 8));
    assertThat(PartialDate.of(LocalDate.of(2023, 8, 1))).isEqualTo(PartialDate.of(2023, 8, 1));
  }

  @Test
  void copiesWithAndWithoutAPart() {
    PartialDate month = PartialDate.ofMonth(2023, 8);
    assertThat(month.withoutPart()).isEqualTo(month);
    assertThat(month.withPart(java.util.Optional.of(PartialDate.Part.LATE))).hasToString("late 2023-08");
    assertThat(PartialDate.parse("late 2023-08").withPart(java.util.Optional.empty())).isEqualTo(month);
    assertThat(PartialDate.parse("early 2023").withPart(PartialDate.Part.LATE)).hasToString("late 2023");
    assertThat(PartialDate.parse("early 2023").part()).hasValue(PartialDate.Part.EARLY);
    assertThat(PartialDate.ofYear(2023).precision()).isEqualTo(PartialDate.Precision.YEAR);
    assertThat(PartialDate.ofYear(2023).day()).isEmpty();
  }

  @Test
  void theEdgesOfEachFieldAndOfTheText() {
    assertThat(PartialDate.ofYear(PartialDate.MIN_YEAR)).hasToString("0001");
    assertThat(PartialDate.ofYear(PartialDate.MAX_YEAR)).hasToString("9999");
    assertThat(PartialDate.of(5, 1, 5).toIsoString()).isEqualTo("0005-01-05");
    assertThat(PartialDate.ofMonth(2023, 1).month()).hasValue(1);
    assertThat(PartialDate.ofMonth(2023, 12).month()).hasValue(12);
    assertThatThrownBy(() -> PartialDate.ofYear(10000)).hasMessage("Invalid value for Year (valid values 1 - 9999): 10000");
    assertThatThrownBy(() -> PartialDate.ofMonth(2023, 0))
        .hasMessage("Invalid value for MonthOfYear (valid values 1 - 12): 0");
    assertThatThrownBy(() -> PartialDate.ofMonth(10000, 1)).hasMessageContaining("Year");
    assertThatThrownBy(() -> PartialDate.of(0, 1, 1)).hasMessageContaining("Year");
    assertThatThrownBy(() -> PartialDate.parse("0000"))
        .hasMessage("Text '0000' could not be parsed: Invalid value for Year (valid values 1 - 9999): 0");
    for (String bad : new String[] {"20/3", "202:", "2023-0:", "2023-/1", "2023/07", "2023-07/01", "2023-07-0:",
        "2023-07-/1", " 2023", "mid  2023", "2023-07-1"}) {
      assertThatThrownBy(() -> PartialDate.parse(bad)).as(bad).isInstanceOf(DateTimeException.class)
          .hasMessage("Text '" + bad + "' could not be parsed: expected yyyy, yyyy-MM or yyyy-MM-dd");
    }
    assertThatThrownBy(() -> PartialDate.parse("late 2023-07-01"))
        .hasMessage("A part (late) applies only to a year or a month, not to 2023-07-01");
    assertThatThrownBy(() -> PartialDate.parse("MID 2023"))
        .hasMessage("Text 'MID 2023' could not be parsed: Invalid date part (valid values early, mid, late): \"MID\"");
    assertThat(PartialDate.parse("2099-09-19")).isEqualTo(PartialDate.of(2099, 9, 19));
  }
}
