package io.github.bilateral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.bilateral.model.Estimate.Qualifier;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vague estimates of format version 2 (words such as "billions" without a point value) beside point estimates. */
class VagueEstimateTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      several   | [3..10)
      dozens    | [24..144)
      hundreds  | [200..1000)
      thousands | [2000..1000000)
      millions  | [2000000..1000000000)
      billions  | [2000000000..1000000000000)
      """)
  void aVagueWordStandsForItsBoundsAndHasNoPoint(String word, String bounds) {
    Estimate e = Estimate.vague(Qualifier.valueOf(word.toUpperCase(java.util.Locale.ROOT)), "some " + word);
    assertThat(e.isVague()).isTrue();
    assertThat(e.isExact()).isFalse();
    assertThat(e.value()).isEmpty();
    assertThat(e.range().toString()).isEqualTo(bounds);
    assertThat(e).hasToString(word + " (\"some " + word + "\")");
  }

  @Test
  void onlyPointQualifiersTakeAValueAndOnlyVagueOnesAWord() {
    assertThatThrownBy(() -> Estimate.of(Qualifier.DOZENS, BigDecimal.TEN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid Estimate.value (a dozens estimate has no point value;");
    assertThatThrownBy(() -> Estimate.vague(Qualifier.APPROXIMATELY, "about")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid Estimate.qualifier (a vague one such as dozens expected;");
    for (Qualifier q : Qualifier.values()) {
      assertThat(q.isVague()).as(q.name())
          .isEqualTo(q.ordinal() >= Qualifier.SEVERAL.ordinal());
    }
  }

  @Test
  void aQualifierChangesOnlyWithinItsKind() {
    Estimate about = Estimate.of(Qualifier.APPROXIMATELY, BigDecimal.TEN);
    assertThat(about.withQualifier(Qualifier.AT_LEAST)).hasToString("at least 10");
    assertThat(Estimate.vague(Qualifier.DOZENS, "dozens").withQualifier(Qualifier.HUNDREDS))
        .hasToString("hundreds (\"dozens\")");
    assertThatThrownBy(() -> about.withQualifier(Qualifier.MILLIONS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid Estimate.qualifier (cannot turn approximately into millions");
    assertThatThrownBy(() -> Estimate.vague(Qualifier.DOZENS, "dozens").withQualifier(Qualifier.EXACT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aVagueEstimateKeepsItsPrintedWords() {
    Estimate dozens = Estimate.vague(Qualifier.DOZENS, "dozens");
    assertThatThrownBy(() -> dozens.withPrinted(Optional.empty())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid Estimate.printed (required with the vague qualifier dozens): none");
    assertThat(dozens.withPrinted(Optional.of("scores")).printed()).hasValue("scores");
    Estimate ten = Estimate.exact(BigDecimal.TEN).withPrinted("ten");
    assertThat(ten.withPrinted(Optional.empty()).printed()).isEmpty();
    assertThat(ten.withPrinted(Optional.empty())).hasToString("10");
    assertThat(ten).hasToString("10 (\"ten\")");
  }

  @Test
  void estimatesAreEqualByValueQualifierAndWords() {
    new EqualsTester()
        .addEqualityGroup(Estimate.exact(new BigDecimal("10.0")), Estimate.exact(BigDecimal.TEN))
        .addEqualityGroup(Estimate.of(Qualifier.APPROXIMATELY, BigDecimal.TEN))
        .addEqualityGroup(Estimate.exact(BigDecimal.TEN).withPrinted("ten"))
        .addEqualityGroup(Estimate.vague(Qualifier.DOZENS, "dozens"), Estimate.vague(Qualifier.DOZENS, "dozens"))
        .addEqualityGroup(Estimate.vague(Qualifier.DOZENS, "scores"))
        .addEqualityGroup(Estimate.vague(Qualifier.HUNDREDS, "dozens"))
        .testEquals();
  }
}
