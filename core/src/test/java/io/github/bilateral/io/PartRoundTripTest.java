package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.ReportMetadata;
import io.github.bilateral.model.Section;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One fact, section or metadata written as text with {@code toJson} and read back with {@code readFact}. */
class PartRoundTripTest {

  private static final ReportWriter WRITER = ReportWriter.canonical();
  private static final ReportReader READER = ReportReader.strict();

  @Test
  void everyFactOfTheBundledReportReadsBackEqual() {
    Report r = Reports.usPakistan2023();
    int facts = 0;
    for (FactKind kind : FactKind.inFormatOrder()) {
      if (kind == FactKind.SECTION) {
        continue;
      }
      for (Object part : kind.facts(r)) {
        Fact fact = (Fact) part;
        assertThat(READER.readFact(fact.getClass().asSubclass(Fact.class), WRITER.toJson(fact))).isEqualTo(fact);
        facts++;
      }
    }
    assertThat(facts).isEqualTo(r.factCount() - r.sections().size());
    assertThat(READER.readMetadata(WRITER.toJson(r.metadata()))).isEqualTo(r.metadata());
  }

  @Test
  void arbitraryFactsReadBackEqual() {
    Property.forAll("readFact(toJson(f)) equals f", Generators.reports()).tries(200).verify(r -> {
      for (FactKind kind : FactKind.values()) {
        if (kind == FactKind.SECTION) {
          continue;
        }
        for (Object part : kind.facts(r)) {
          Fact fact = (Fact) part;
          assertThat(READER.readFact(fact.getClass().asSubclass(Fact.class), WRITER.toJson(fact))).isEqualTo(fact);
        }
      }
    });
  }

  @Test
  void theTextIsTheObjectOfTheCanonicalReportReindented() {
    Report r = Reports.usPakistan2023();
    String report = WRITER.toJson(r);
    Loan loan = r.loans().get(0);
    // In the report the loan stands in a list two levels deep: four more spaces on every line.
    String indented = WRITER.toJson(loan).lines().map(l -> "    " + l).collect(Collectors.joining("\n"));
    assertThat(report).contains(indented);
    Section section = r.sections().get(0);
    assertThat(report).contains(WRITER.toJson(section).lines().map(l -> "    " + l).collect(Collectors.joining("\n")));
    assertThat(WRITER.toJson(loan)).startsWith("{").endsWith("}").doesNotContain("\r");
  }

  @Test
  void problemsArePlacedRelativeToTheFact() {
    Loan loan = Reports.usPakistan2023().loans().stream().filter(l -> l.amount().isPresent()).findFirst().orElseThrow();
    String json = WRITER.toJson(loan);
    String code = loan.amount().get().currency().getCurrencyCode();
    String bad = json.replace("\"currency\": \"" + code + "\"", "\"currency\": \"usd\"");
    assertThat(bad).isNotEqualTo(json);
    ReportException e = org.junit.jupiter.api.Assertions.assertThrows(ReportException.class,
        () -> READER.readFact(Loan.class, bad));
    List<String> paths = e.problems().stream().map(Problem::path).collect(Collectors.toList());
    assertThat(paths).containsExactly("amount.currency");
  }

  @Test
  void referencesAreNotResolvedWithoutAReport() {
    Loan loan = Reports.usPakistan2023().loans().get(0);
    String json = WRITER.toJson(loan).replaceFirst("\"lenders\": \\[\\s*\"[^\"]+\"", "\"lenders\": [\"nobody-at-all\"");
    assertThat(READER.readFact(Loan.class, json).lenders().get(0).value()).isEqualTo("nobody-at-all");
  }

  @Test
  void rejectsTrailingContentEmptyInputAndTheWrongType() {
    String json = WRITER.toJson(Reports.usPakistan2023().metadata());
    assertThatThrownBy(() -> READER.readMetadata(json + " {}")).isInstanceOf(ReportException.class)
        .hasMessageContaining("trailing content after the object");
    assertThatThrownBy(() -> READER.readMetadata("  ")).isInstanceOf(ReportException.class)
        .hasMessageContaining("empty input");
    assertThatThrownBy(() -> READER.readFact(Loan.class, json)).isInstanceOf(ReportException.class)
        .hasMessageContaining("unknown field 'title' in Loan");
    Fact foreign = new Fact() {
      @Override
      public io.github.bilateral.model.FactRef ref() {
        return io.github.bilateral.model.FactRef.parse("actor:x");
      }

      @Override
      public io.github.bilateral.model.Provenance provenance() {
        throw new UnsupportedOperationException();
      }
    };
    assertThatThrownBy(() -> READER.readFact(foreign.getClass(), "{}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Not a fact of the format: ");
    assertThatThrownBy(() -> WRITER.toJson(foreign)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Not a fact of the format: ");
  }

  @Test
  void theLenientReaderKeepsUnknownFieldsOfAFact() {
    String json = WRITER.toJson(Reports.usPakistan2023().metadata());
    String extra = json.substring(0, json.lastIndexOf('}')) + ", \"rating\": [1, 2]}";
    ReportMetadata m = ReportReader.lenient().readMetadata(extra);
    assertThat(m.unknownFields().get("rating")).hasValue("[1,2]");
    assertThat(WRITER.toJson(m)).endsWith("  \"rating\": [\n    1,\n    2\n  ]\n}");
  }
}
