package io.github.bilateral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bilateral.testing.Gen;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
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
  @Test
  void subtractsOnlyTheSameCurrency() {
    Money three = Money.of(new BigDecimal("3000000000"), USD);
    assertThat(three.minus(Money.of(new BigDecimal("5e8"), USD))).hasToString("USD 2500000000");
    assertThatThrownBy(() -> three.minus(Money.of(BigDecimal.ONE, GBP)))
        .hasMessage("Cannot subtract GBP 1 and USD 3000000000: the currencies differ; convert one first");
  }

  @Test
  void keepsTheAmountWithoutTrailingZerosAndInPlainDigits() {
    assertThat(Money.of(new BigDecimal("1.50"), USD).amount()).hasToString("1.5");
    assertThat(Money.of(new BigDecimal("100"), USD).amount()).hasToString("100");
    assertThat(Money.of(new BigDecimal("1E+3"), USD)).hasToString("USD 1000");
    assertThat(Money.of(new BigDecimal("0.000"), USD)).hasToString("USD 0");
    assertThat(Money.of(new BigDecimal("2.5"), GBP).currency()).isEqualTo(GBP);
  }

  @Test
  void refusesTextThatIsNotACodeASpaceAndANumber() {
    assertThatThrownBy(() -> Money.parse("US 1")).hasMessage(
        "Invalid Money (expected a currency code, a space and an amount, such as \"USD 3000000000\"): \"US 1\"");
    assertThatThrownBy(() -> Money.parse("USDX 1")).hasMessageStartingWith("Invalid Money (expected a currency code");
    assertThatThrownBy(() -> Money.parse("USD 3bn"))
        .hasMessage("Invalid Money (malformed amount): \"USD 3bn\"").hasCauseInstanceOf(NumberFormatException.class);
    for (String notPlain : new String[] {"USD 1e300", "USD +5", "USD 5E2", "USD .5", "USD 5."}) {
      assertThatThrownBy(() -> Money.parse(notPlain)).as(notPlain).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(notPlain);
    }
    assertThat(Money.parse("USD -5")).isEqualTo(Money.of(new BigDecimal("-5"), Currency.getInstance("USD")));
    assertThatThrownBy(() -> Money.parse("usd 1"))
        .hasMessage("Invalid Money (unknown ISO 4217 currency code \"usd\"): \"usd 1\"");
  }

  @Test
  void ordersByCurrencyCodeThenAmountAndIsEqualOnlyInBoth() {
    Money pounds = Money.of(new BigDecimal("900"), GBP);
    Money few = Money.of(new BigDecimal("5"), USD);
    Money many = Money.of(new BigDecimal("50"), USD);
    assertThat(pounds).isLessThan(few);
    assertThat(few).isLessThan(many);
    assertThat(many).isGreaterThan(few).isGreaterThan(pounds);
    assertThat(few.compareTo(Money.of(new BigDecimal("5.00"), USD))).isZero();
    assertThat(few).isEqualTo(Money.of(new BigDecimal("5.00"), USD)).isNotEqualTo(Money.of(new BigDecimal("5"), GBP))
        .isNotEqualTo(many).isNotEqualTo("USD 5");
  }

  @Test
  void sumsAndDifferencesAgreeWithBigDecimalAndParseReadsToString() {
    Gen<Money[]> pairs = Generators.amounts().zip(Generators.amounts(), (a, b) -> new Money[] {Money.of(a, USD), Money.of(b, USD)});
    Property.forAll("money arithmetic", pairs).verify(p -> {
      assertThat(p[0].plus(p[1]).amount()).isEqualByComparingTo(p[0].amount().add(p[1].amount()));
      assertThat(p[0].plus(p[1]).minus(p[1])).isEqualTo(p[0]);
      assertThat(Integer.signum(p[0].compareTo(p[1]))).isEqualTo(p[0].amount().compareTo(p[1].amount()));
      assertThat(Money.parse(p[0].toString())).isEqualTo(p[0]);
    });
  }
}
