package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Place;
import io.github.bilateral.model.PlaceId;
import io.github.bilateral.model.RecommendationId;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order of the problems of the rules that span facts, the same from the validator and the reader:
 * a report without sections first, then repeated ids in the format's order of kinds, then repeated
 * recommendation numbers, then each list in the format's order with its references that do not
 * resolve before its cycles, the cycles of {@code extends} before those of {@code partOf} on one
 * loan. The reader puts a cycle where its reference stands.
 */
class ProblemOrderTest {

  private static final Report SAMPLE = ReportReader.strict().readString(ReportReaderTest.sample());

  private static Report everyKindOfProblem() {
    Section economy = SAMPLE.sections().get(0);
    Section recs = SAMPLE.sections().get(1);
    Place gwadar = SAMPLE.places().get(0);
    Place balochistan = Place.copyOf(gwadar).withId(PlaceId.of("balochistan")).withName("Balochistan")
        .withWithin(gwadar.id());
    Loan sba = SAMPLE.loans().get(0);
    Loan debt = SAMPLE.loans().get(1);
    return SAMPLE
        .withRecommendations(SAMPLE.recommendations().get(0),
            SAMPLE.recommendations().get(0).withId(RecommendationId.of("rec-02")))
        .withLoans(sba.withExtendsLoan(debt.id()).withPartOf(debt.id()).withPlaces(PlaceId.of("karachi")),
            debt.withExtendsLoan(sba.id()).withPartOf(sba.id()).withLenders(ActorId.of("imf2")))
        .withPlaces(gwadar.withWithin(balochistan.id()), balochistan)
        .withCitations(SAMPLE.citations().get(0), SAMPLE.citations().get(1), SAMPLE.citations().get(1))
        .withSections(economy.withParent(recs.id()), recs.withParent(economy.id()));
  }

  private static final List<String> IN_ORDER = List.of(
      "citations[2]: duplicate citation id '2' (first at citations[1])",
      "recommendations[1].number: duplicate recommendation number 1",
      "sections[0].parent: cycle: section 'economy' leads back to itself",
      "sections[1].parent: cycle: section 'recommendations' leads back to itself",
      "places[0].within: cycle: place 'gwadar' leads back to itself",
      "places[1].within: cycle: place 'balochistan' leads back to itself",
      // By fact, then by field: the first loan's places before the second loan's lenders.
      "loans[0].places[0]: unknown place 'karachi'",
      "loans[1].lenders[0]: unknown actor 'imf2'; did you mean 'imf'?",
      "loans[0].extends: cycle: loan 'imf-sba-2023' leads back to itself",
      "loans[0].partOf: cycle: loan 'imf-sba-2023' leads back to itself",
      "loans[1].extends: cycle: loan 'china-debt' leads back to itself",
      "loans[1].partOf: cycle: loan 'china-debt' leads back to itself");

  @Test
  void theValidatorGivesTheProblemsInTheFormatsOrder() {
    assertThat(ReportValidator.validate(everyKindOfProblem())).extracting(Problem::toString)
        .containsExactlyElementsOf(IN_ORDER);
  }

  @Test
  void theReaderGivesThemInTheSameOrderEachWhereItsReferenceStands() {
    String text = ReportWriter.canonical().toJson(everyKindOfProblem());
    List<String> lines = text.lines().toList();
    ReportException e = catchThrowableOfType(ReportException.class, () -> ReportReader.strict().readString(text));
    assertThat(e.problems()).extracting(p -> p.path() + ": " + p.reason() + p.suggestion().map(s -> "; " + s).orElse(""))
        .containsExactlyElementsOf(IN_ORDER);
    for (Problem p : e.problems()) {
      String field = p.path().substring(p.path().lastIndexOf('.') + 1);
      if (p.reason().startsWith("cycle")) {
        // The line and column of the reference's value: the field's name stands just before it.
        String line = lines.get(p.line().getAsInt() - 1);
        assertThat(line.substring(0, p.column().getAsInt() - 1)).as(p.toString()).endsWith("\"" + field + "\": ");
      } else if (p.reason().startsWith("duplicate")) {
        assertThat(p.line()).as(p.toString()).isEmpty();
      }
    }
  }

  @Test
  void aReportWithoutSectionsSaysSoFirst() {
    Report r = SAMPLE.withSections().withCitations(SAMPLE.citations().get(0), SAMPLE.citations().get(0));
    assertThat(ReportValidator.validate(r)).extracting(Problem::toString).startsWith(
        "sections: a report needs at least one section; add the report's sections in reading order",
        "citations[1]: duplicate citation id '1' (first at citations[0])",
        "citations[0].provenance.sections[0]: unknown section 'economy'");
  }
}
