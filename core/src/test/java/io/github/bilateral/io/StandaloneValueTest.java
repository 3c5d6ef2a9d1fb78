package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bilateral.model.Amount;
import io.github.bilateral.model.Estimate;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Report;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values that facts nest, written and read alone through the format's table. */
class StandaloneValueTest {

  private static final ReportWriter WRITER = ReportWriter.canonical();
  private static final ReportReader READER = ReportReader.strict();

  private static List<Object> nested(Report r) {
    List<Object> values = new ArrayList<>();
    r.actors().forEach(a -> values.addAll(a.offices()));
    r.citations().forEach(c -> {
      values.addAll(c.problems());
      values.add(c.provenance());
    });
    r.recommendations().forEach(x -> values.addAll(x.history()));
    r.figures().forEach(f -> f.quantity().ifPresent(values::add));
    for (Loan l : r.loans()) {
      l.amount().ifPresent(a -> {
        values.add(a);
        values.add(a.estimate());
        a.conversion().ifPresent(values::add);
      });
    }
    return values;
  }

  @Test
  void everyNestedValueRoundTripsAlone() {
    Property.forAll("standalone values round-trip", Generators.reports()).tries(200).verify(r -> {
      for (Object v : nested(r)) {
        String json = WRITER.toJson(v);
        assertThat(READER.readValue(v.getClass(), json)).isEqualTo(v);
      }
    });
  }

  @Test
  void anEstimateStandsAloneAsTheFieldsThatAnAmountInlines() {
    Amount amount = READER.readValue(Amount.class,
        "{\"value\": 6500000000, \"qualifier\": \"approximately\", \"printed\": \"about $6.5 billion\", \"currency\": \"USD\"}");
    assertThat(WRITER.toJson(amount.estimate())).isEqualTo(
        "{\n  \"value\": 6500000000,\n  \"qualifier\": \"approximately\",\n  \"printed\": \"about $6.5 billion\"\n}");
    assertThat(READER.readValue(Estimate.class, WRITER.toJson(amount.estimate()))).isEqualTo(amount.estimate());
    assertThatThrownBy(() -> READER.readValue(Amount.class, "{\"value\": 1}"))
        .isInstanceOf(ReportException.class).hasMessageContaining("missing required field 'currency' in Amount");
    assertThatThrownBy(() -> READER.readValue(String.class, "{}")).isInstanceOf(IllegalArgumentException.class);
  }
}
