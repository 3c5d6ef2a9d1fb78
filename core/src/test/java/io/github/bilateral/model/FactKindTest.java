package io.github.bilateral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.io.Reports;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each kind of fact says about the facts of a report, checked against the facts themselves and their JSON. */
class FactKindTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The fields a fact's JSON holds, leaving out the id, the provenance and the date's part, which are written apart. */
  private static List<String> writtenFields(Fact fact) {
    JsonNode node;
    try {
      node = MAPPER.readTree(ReportWriter.canonical().toJson(fact));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    List<String> fields = new ArrayList<>();
    node.fieldNames().forEachRemaining(fields::add);
    fields.removeAll(Set.of("id", "footnote", "provenance", "datePart"));
    return fields;
  }

  private static FactRef refOf(Object fact) {
    return fact instanceof Section ? ((Section) fact).ref() : ((Fact) fact).ref();
  }

  private static void checkKinds(Report report) {
    int count = 0;
    for (FactKind kind : FactKind.values()) {
      List<?> facts = kind.facts(report);
      count += facts.size();
      for (Object fact : facts) {
        assertThat(fact).isInstanceOf(kind.modelType());
        FactRef ref = refOf(fact);
        assertThat(ref.kind()).isEqualTo(kind);
        assertThat(kind.idOf(fact)).isEqualTo(ref.id());
        List<String> held = kind.heldFields(fact);
        assertThat(kind.fieldNames()).containsSubsequence(held);
        if (kind != FactKind.SECTION) {
          assertThat(held).as("%s", ref).isEqualTo(writtenFields((Fact) fact));
        }
      }
    }
    assertThat(report.factCount()).isEqualTo(count);
  }

  @Test
  void eachKindFindsItsFactsIdsAndHeldFieldsInTheBundledReport() {
    checkKinds(Reports.usPakistan2023());
  }

  @Test
  void eachKindFindsItsFactsIdsAndHeldFieldsInGeneratedReports() {
    Property.forAll("kinds of generated facts", Generators.reports()).tries(40).verify(FactKindTest::checkKinds);
  }

  @Test
  void eachKindHasItsWordListNameAndTypes() {
    for (FactKind kind : FactKind.values()) {
      assertThat(kind.word()).isEqualTo(kind.name().toLowerCase(Locale.ROOT));
      assertThat(FactKind.forListName(kind.listName())).hasValue(kind);
      assertThat(kind.modelType().getSimpleName()).isEqualTo(kind.name().charAt(0)
          + kind.name().substring(1).toLowerCase(Locale.ROOT));
    }
    assertThat(FactKind.ERRATUM.listName()).isEqualTo("errata");
    assertThat(FactKind.CITATION.idType()).isEqualTo(Integer.class);
    assertThat(FactKind.LOAN.idType()).isEqualTo(LoanId.class);
    assertThat(FactKind.forListName("erratum")).isEmpty();
    assertThat(FactKind.inFormatOrder()).containsExactlyInAnyOrder(FactKind.values()).startsWith(FactKind.SECTION,
        FactKind.CITATION, FactKind.ACTOR);
    assertThat(FactKind.SECTION.fieldNames()).isEmpty();
    assertThat(FactKind.LOAN.fieldNames()).contains("extends", "partOf", "history").doesNotContain("id", "provenance");
  }

  @Test
  void aReportFindsItsFactsByIdAndKeepsTheFirstOfARepeatedId() {
    Provenance prov = Provenance.builder().addSections(SectionId.of("intro")).build();
    Actor first = Actor.builder().id(ActorId.of("a")).kind(ActorKind.STATE).name("First").provenance(prov).build();
    Actor second = Actor.builder().from(first).name("Second").build();
    Place place = Place.builder().id(PlaceId.of("p")).kind(PlaceKind.CITY).name("P").provenance(prov).build();
    Loan loan = Loan.builder().id(LoanId.of("l")).kind(LoanKind.ROLLOVER).addLenders(ActorId.of("a"))
        .addBorrowers(ActorId.of("b")).status(LoanStatus.ROLLED_OVER).summary("s").provenance(prov).build();
    Agreement agreement = Agreement.builder().id(AgreementId.of("g")).kind(AgreementKind.DEAL)
        .status(AgreementStatus.SIGNED).summary("s").provenance(prov).build();
    Section section = Section.builder().id(SectionId.of("intro")).title("Intro").build();
    Citation citation = Citation.builder().footnote(4).provenance(prov).build();
    Report r = Report.builder()
        .metadata(ReportMetadata.builder().id(ReportId.of("r")).title("T").addAuthors("A").publisher("P")
            .date(PartialDate.ofYear(2023)).build())
        .addActors(first, second).addPlaces(place).addLoans(loan).addAgreements(agreement).addSections(section)
        .addCitations(citation).build();
    assertThat(r.findActor(ActorId.of("a"))).containsSame(first);
    assertThat(r.requireActor(ActorId.of("a"))).isSameAs(first);
    assertThat(r.findActor(ActorId.of("b"))).isEmpty();
    assertThatThrownBy(() -> r.requireActor(ActorId.of("b"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No actor 'b' in report r");
    assertThat(r.findPlace(PlaceId.of("p"))).containsSame(place);
    assertThat(r.findPlace(PlaceId.of("q"))).isEmpty();
    assertThat(r.findLoan(LoanId.of("l"))).containsSame(loan);
    assertThat(r.findLoan(LoanId.of("m"))).isEmpty();
    assertThat(r.findAgreement(AgreementId.of("g"))).containsSame(agreement);
    assertThat(r.findAgreement(AgreementId.of("h"))).isEmpty();
    assertThat(r.findSection(SectionId.of("intro"))).containsSame(section);
    assertThat(r.findSection(SectionId.of("outro"))).isEmpty();
    assertThat(r.citation(4)).containsSame(citation);
    assertThat(r.citation(5)).isEmpty();
    assertThat(r.factCount()).isEqualTo(7);
  }
}
