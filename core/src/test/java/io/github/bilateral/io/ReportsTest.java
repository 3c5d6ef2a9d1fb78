package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Basis;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.Estimate.Qualifier;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.LoanKind;
import io.github.bilateral.model.LoanStatus;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.Report;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Checks of the bundled dataset that would catch a missing or mistyped fact. */
class ReportsTest {

  private final Report report = Reports.usPakistan2023();

  private Loan loan(String id) {
    return report.findLoan(LoanId.of(id)).orElseThrow(() -> new AssertionError("no loan " + id));
  }

  private static void money(Loan l, String currency, String value, Qualifier qualifier, String printed) {
    assertThat(l.amount()).as(l.id() + " amount").hasValueSatisfying(a -> {
      assertThat(a.currency().getCurrencyCode()).isEqualTo(currency);
      assertThat(a.estimate().value().orElseThrow()).isEqualByComparingTo(new BigDecimal(value));
      assertThat(a.estimate().qualifier()).isEqualTo(qualifier);
      assertThat(a.estimate().printed()).hasValue(printed);
    });
  }

  @Test
  void loadsInOneLineAndIsTheSameReportEachTime() {
    assertThat(Reports.usPakistan2023()).isSameAs(report);
    assertThat(report.metadata().title())
        .isEqualTo("Managing US Relations with Pakistan in Uncertain Times: Opportunities and Obstacles");
    assertThat(report.metadata().authors()).containsExactly("Syed Mohammad Ali");
    assertThat(report.metadata().date()).isEqualTo(PartialDate.ofMonth(2023, 12));
    assertThat(ReportValidator.validate(report)).isEmpty();
  }

  @Test
  void holdsTheCountOfEveryKind() {
    assertThat(report.sections()).hasSize(10);
    assertThat(report.citations()).hasSize(87);
    assertThat(report.actors()).hasSize(156);
    assertThat(report.places()).hasSize(31);
    assertThat(report.relations()).hasSize(167);
    assertThat(report.loans()).hasSize(26);
    assertThat(report.agreements()).hasSize(44);
    assertThat(report.recommendations()).hasSize(15);
    assertThat(report.events()).hasSize(105);
    assertThat(report.figures()).hasSize(48);
    assertThat(report.assessments()).hasSize(59);
    assertThat(report.errata()).hasSize(36);
    assertThat(report.factCount()).isEqualTo(784);
  }

  @Test
  void hasTheSectionsOfTheTableOfContents() {
    assertThat(report.sections()).extracting(s -> s.title() + s.page().stream().mapToObj(p -> " " + p).collect(Collectors.joining()))
        .containsExactly("Front matter", "Executive Summary 6", "Introduction 7",
            "Ground Realities and Plausible Emergent Political Scenarios in Pakistan 7",
            "Reassessing US Foreign Policy Options Concerning Pakistan 12", "The China-India-Pakistan Nexus 13",
            "Pakistan's Political and Economic Challenges 14", "Pakistan's Relevance for Dealing with Afghanistan 18",
            "Recommendations 20", "Conclusion 22");
  }

  @Test
  void everyFootnoteIsPresentExactlyOnce() {
    assertThat(report.citations()).extracting(Citation::footnote)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 87).boxed().collect(Collectors.toList()));
    assertThat(report.citation(75).orElseThrow().ibid()).hasValue(74);
    assertThat(report.citation(34).orElseThrow().sameAs()).hasValue(33);
    Citation guardian = report.citation(52).orElseThrow();
    assertThat(guardian.title()).hasValue("Pakistan's fresh £580m loan from China intensifies debt burden fears");
    assertThat(guardian.outlet()).hasValue("The Guardian");
    assertThat(guardian.date()).hasValue(PartialDate.of(2023, 2, 23));
    assertThat(report.citation(71).orElseThrow().accessed()).hasValueSatisfying(d -> assertThat(d).hasToString("2023-12-05"));
    assertThat(report.citation(69).orElseThrow().problems()).anySatisfy(p -> assertThat(p.kind().name()).isEqualTo("OUT_OF_ORDER"));
  }

  @Test
  void theImfProgrammesAreDistinct() {
    Loan earlier = loan("imf-eff-2019");
    money(earlier, "USD", "6500000000", Qualifier.EXACT, "$6.5 billion");
    assertThat(earlier.status()).isEqualTo(LoanStatus.SUSPENDED);
    assertThat(earlier.provenance().footnotes()).contains(16);
    Loan standby = loan("imf-sba-2023");
    money(standby, "USD", "3000000000", Qualifier.EXACT, "$3 billion");
    assertThat(standby.kind()).isEqualTo(LoanKind.STAND_BY_ARRANGEMENT);
    assertThat(standby.term()).hasValue(Period.ofMonths(9));
    assertThat(standby.date()).hasValue(PartialDate.ofMonth(2023, 7));
  }

  @Test
  void theTwoChineseRolloversAreDistinct() {
    Loan march = loan("china-rollover-2023-03");
    money(march, "USD", "2000000000", Qualifier.EXACT, "$2 billion");
    assertThat(march.kind()).isEqualTo(LoanKind.ROLLOVER);
    assertThat(march.date()).hasValue(PartialDate.parse("late 2023-03"));
    assertThat(march.provenance().basis()).isEqualTo(Basis.TEXT);
    Loan july = loan("china-rollover-2023-07");
    money(july, "USD", "2400000000", Qualifier.EXACT, "$2.4 billion");
    assertThat(july.term()).hasValue(Period.ofYears(2));
    assertThat(july.provenance().basis()).isEqualTo(Basis.TEXT);
    assertThat(july.provenance().footnotes()).containsExactly(68);
    for (String field : List.of("amount", "term", "date")) {
      assertThat(july.provenance().basisOf(field).basis()).as(field).isEqualTo(Basis.FOOTNOTE);
      assertThat(july.provenance().basisOf(field).footnotes()).as(field).containsExactly(68);
    }
    assertThat(july.provenance().basisOf("lenders").basis()).isEqualTo(Basis.TEXT);
  }

  @Test
  void debtStocksPoundsAndFloodAidKeepTheirCurrencyAndFuzziness() {
    Loan stock = loan("china-power-infrastructure-debt");
    assertThat(stock.kind()).isEqualTo(LoanKind.DEBT_STOCK);
    money(stock, "USD", "30000000000", Qualifier.APPROXIMATELY, "around $30 billion");
    Loan pounds = loan("china-loan-2023-02-gbp");
    assertThat(pounds.amount().orElseThrow().currency().getCurrencyCode()).isEqualTo("GBP");
    assertThat(pounds.amount().orElseThrow().estimate().value().orElseThrow()).isEqualByComparingTo("580000000");
    assertThat(pounds.provenance().basis()).isEqualTo(Basis.FOOTNOTE);
    money(loan("us-flood-aid-2022"), "USD", "200000000", Qualifier.APPROXIMATELY, "around $200 million");
    assertThat(loan("saudi-gwadar-refinery").status()).isEqualTo(LoanStatus.UNDER_NEGOTIATION);
  }

  @Test
  void fifteenRecommendationsEachWithAnAddresseeAndATheme() {
    assertThat(report.recommendations()).extracting(Recommendation::number)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 15).boxed().collect(Collectors.toList()));
    assertThat(report.recommendations()).allSatisfy(r -> {
      assertThat(r.addressees()).isNotEmpty();
      assertThat(r.themes()).isNotEmpty();
      assertThat(r.provenance().sections()).extracting(Object::toString).contains("recommendations");
    });
    assertThat(report.recommendations().get(5).addressees()).extracting(ActorId::value).contains("usaid", "ustda");
  }

  @Test
  void actorsCarryTheReportsSpellingsAsAliases() {
    Actor kakar = report.requireActor(ActorId.of("anwar-ul-haq-kakar"));
    assertThat(kakar.names()).startsWith("Anwar-ul-Haq Kakar", "Anwaar-ul-Haq Kakar");
    // README's Quick start: his two offices, the first from mid-August 2023
    assertThat(kakar.offices()).extracting(o -> o.title()).containsExactly("caretaker Prime Minister", "senator");
    assertThat(kakar.offices().get(0).toString()).startsWith("Office{title=caretaker Prime Minister, "
        + "organisation=pakistan-caretaker-government, from=mid 2023-08, ");
    assertThat(kakar.offices().get(1).toString()).startsWith("Office{title=senator, organisation=pakistan-parliament, ");
    assertThat(kakar.offices()).anySatisfy(o -> {
      assertThat(o.from()).hasValue(PartialDate.parse("mid 2023-08"));
      assertThat(o.organisation()).hasValue(ActorId.of("pakistan-caretaker-government"));
    });
    assertThat(report.requireActor(ActorId.of("imf")).names()).contains("IMF", "International Monetary Fund");
    for (String id : List.of("usaid", "ustda", "dfc", "ifc", "pti", "ppp", "pml-n", "ttp", "sifc", "cpec", "bri", "ml-1")) {
      assertThat(report.findActor(ActorId.of(id))).as(id).isPresent();
    }
  }

  @Test
  void everyFactHasProvenanceInAKnownSection() {
    List<Fact> facts = new ArrayList<>();
    facts.addAll(report.actors());
    facts.addAll(report.places());
    facts.addAll(report.relations());
    facts.addAll(report.loans());
    facts.addAll(report.agreements());
    facts.addAll(report.recommendations());
    facts.addAll(report.events());
    facts.addAll(report.figures());
    facts.addAll(report.assessments());
    facts.addAll(report.errata());
    facts.addAll(report.citations());
    assertThat(facts).allSatisfy(f -> assertThat(f.provenance().sections())
        .allSatisfy(s -> assertThat(report.findSection(s)).as(f.ref() + " section " + s).isPresent()));
  }
}
