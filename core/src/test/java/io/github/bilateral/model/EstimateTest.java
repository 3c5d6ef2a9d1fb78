package io.github.bilateral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import io.github.bilateral.model.Estimate.Qualifier;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EstimateTest {

  private static final BigDecimal THIRTY_BILLION = new BigDecimal("30000000000");

  @Test
  void boundsFollowTheQualifier() {
    assertThat(Estimate.exact(THIRTY_BILLION).range()).isEqualTo(Range.singleton(THIRTY_BILLION));
    assertThat(Estimate.of(Qualifier.APPROXIMATELY, THIRTY_BILLION).range())
        .isEqualTo(Range.closed(new BigDecimal("27000000000"), new BigDecimal("33000000000")));
    assertThat(Estimate.of(Qualifier.NEARLY, new BigDecimal("11")).range())
        .isEqualTo(Range.closed(new BigDecimal("9.9"), new BigDecimal("11")));
    assertThat(Estimate.of(Qualifier.MORE_THAN, new BigDecimal("150")).range().contains(new BigDecimal("150"))).isFalse();
    assertThat(Estimate.of(Qualifier.AT_LEAST, new BigDecimal("150")).range().contains(new BigDecimal("150"))).isTrue();
    assertThat(Estimate.of(Qualifier.LESS_THAN, new BigDecimal("3")).range().contains(BigDecimal.ZERO)).isTrue();
    assertThat(Estimate.of(Qualifier.AT_MOST, new BigDecimal("6")).range().upperEndpoint()).isEqualTo(new BigDecimal("6"));
  }

  @Test
  void valuesAreNormalisedSoThatScaleDoesNotMatter() {
    assertThat(Estimate.exact(new BigDecimal("6.5E9"))).isEqualTo(Estimate.exact(new BigDecimal("6500000000")));
    assertThat(Estimate.exact(new BigDecimal("6.5E9")).value().orElseThrow().toPlainString()).isEqualTo("6500000000");
    assertThat(Estimate.exact(new BigDecimal("10.50")).value().orElseThrow().toPlainString()).isEqualTo("10.5");
  }

  @Test
  void rejectsNegativeValuesAndBlankWords() {
    assertThatThrownBy(() -> Estimate.exact(new BigDecimal("-1")))
        .hasMessage("Invalid value for Estimate.value (must not be negative): -1");
    assertThatThrownBy(() -> Estimate.exact(BigDecimal.ONE).withPrinted(" "))
        .hasMessage("Invalid value for Estimate.printed (must not be blank): \" \"");
  }

  @Test
  void keepsThePrintedWords() {
    Estimate e = Estimate.of(Qualifier.APPROXIMATELY, THIRTY_BILLION).withPrinted("around $30 billion");
    assertThat(e.printed()).hasValue("around $30 billion");
    assertThat(e).hasToString("approximately 30000000000 (\"around $30 billion\")");
  }

  @Test
  void boundsContainThePointValueExceptForStrictQualifiers() {
    Property.forAll("bounds contain the point value", Generators.estimates()).tries(2000).check(e -> {
      boolean strict = e.qualifier() == Qualifier.MORE_THAN || e.qualifier() == Qualifier.LESS_THAN;
      return e.range().contains(e.value().orElseThrow()) != strict;
    });
  }
}
