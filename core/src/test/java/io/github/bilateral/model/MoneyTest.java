package io.github.bilateral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency GBP = Currency.getInstance("GBP");

  @Test
  void addsOnlyTheSameCurrency() {
    Money three = Money.of(new BigDecimal("3000000000"), USD);
    assertThat(three.plus(Money.of(new BigDecimal("2e9"), USD))).hasToString("USD 5000000000");
    assertThatThrownBy(() -> three.plus(Money.of(new BigDecimal("580000000"), GBP)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot add GBP 580000000 and USD 3000000000: the currencies differ; convert one first");
  }

  @Test
  void parsesWhatItPrints() {
    assertThat(Money.parse("GBP 580000000")).isEqualTo(Money.of(new BigDecimal("5.8E8"), GBP));
    assertThatThrownBy(() -> Money.parse("XYZ 1")).hasMessageContaining("unknown ISO 4217 currency code \"XYZ\"");
    assertThatThrownBy(() -> Money.parse("580m")).hasMessageStartingWith("Invalid Money (expected a currency code");
  }

  @Test
  void aConvertedAmountKeepsItsRateDateAndSource() {
    Amount pounds = Amount.of(Estimate.exact(new BigDecimal("580000000")), GBP);
    Amount dollars = Amount.builder()
        .estimate(Estimate.exact(new BigDecimal("696000000")))
        .currency(USD)
        .conversion(Conversion.builder().from(pounds).rate(new BigDecimal("1.2"))
            .date(LocalDate.of(2023, 2, 23)).source("illustrative rate").build())
        .build();
    assertThat(dollars.conversion().orElseThrow().from().point().orElseThrow()).hasToString("GBP 580000000");
    assertThat(dollars.conversion().orElseThrow().withRate(new BigDecimal("1.20")).rate()).isEqualTo(new BigDecimal("1.2"));
    assertThatThrownBy(() -> Amount.builder().estimate(Estimate.exact(BigDecimal.ONE)).currency(GBP)
            .conversion(Conversion.builder().from(pounds).rate(BigDecimal.ONE).date(LocalDate.of(2023, 1, 1))
                .source("x").build()).build())
        .hasMessageStartingWith("Invalid Amount.conversion (converted from the same currency GBP)");
    assertThatThrownBy(() -> Conversion.builder().from(pounds).rate(BigDecimal.ZERO)
            .date(LocalDate.of(2023, 1, 1)).source("x").build())
        .hasMessage("Invalid Conversion.rate (must be positive): 0");
  }
}
