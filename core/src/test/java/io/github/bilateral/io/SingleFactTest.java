package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bilateral.model.Fact;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Report;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the bindings rely on: one fact or the metadata as text, written and read back whole. */
class SingleFactTest {

  private static final ReportWriter WRITER = ReportWriter.canonical();
  private static final ReportReader READER = ReportReader.strict();

  static List<Fact> facts(Report r) {
    List<Fact> facts = new ArrayList<>();
    facts.addAll(r.citations());
    facts.addAll(r.actors());
    facts.addAll(r.places());
    facts.addAll(r.relations());
    facts.addAll(r.loans());
    facts.addAll(r.agreements());
    facts.addAll(r.recommendations());
    facts.addAll(r.events());
    facts.addAll(r.figures());
    facts.addAll(r.assessments());
    facts.addAll(r.errata());
    return facts;
  }

  @Test
  void everyFactAndTheMetadataOfGeneratedReportsReadBackEqual() {
    Property.forAll("readFact(toJson(fact)) equals fact", Generators.reports()).tries(200).verify(r -> {
      for (Fact f : facts(r)) {
        assertThat(READER.readFact(f.getClass(), WRITER.toJson(f))).isEqualTo(f);
      }
      assertThat(READER.readMetadata(WRITER.toJson(r.metadata()))).isEqualTo(r.metadata());
    });
  }

  @Test
  void aFactIsWrittenAsItStandsInTheReport() {
    Report r = Reports.usPakistan2023();
    String whole = WRITER.toJson(r);
    for (Fact f : facts(r)) {
      String alone = WRITER.toJson(f).replace("\n", "\n    ");
      assertThat(whole).contains(alone);
    }
  }

  @Test
  void problemsHavePathsRelativeToTheFact() {
    Loan loan = Reports.usPakistan2023().loans().stream().filter(l -> l.amount().isPresent()).findFirst().orElseThrow();
    String bad = WRITER.toJson(loan).replaceFirst("\"currency\": \"[A-Z]{3}\"", "\"currency\": \"XYZ\"");
    assertThatThrownBy(() -> READER.readFact(Loan.class, bad))
        .isInstanceOfSatisfying(ReportException.class, e -> assertThat(e.problems())
            .extracting(Problem::path).containsExactly("amount.currency"));
  }
}
