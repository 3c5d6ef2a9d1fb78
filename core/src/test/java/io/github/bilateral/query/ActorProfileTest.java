package io.github.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.io.ReportReader;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An actor's profile and the facts citing a footnote, on the sample report with a few links added in code. */
class ActorProfileTest {

  private static final ActorId PAKISTAN = ActorId.of("pakistan");

  private static Report sample() {
    try (InputStream in = ActorProfileTest.class.getResourceAsStream("/io/github/bilateral/io/sample-report.json")) {
      return ReportReader.strict().readString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Pakistan both lends and borrows the stand-by money, and is both addressee and subject of the recommendation. */
  private static Report linked() {
    Report r = sample();
    Actor kakar = r.actors().get(2).withOffices(
        Office.builder().title("Caretaker Prime Minister").organisation(PAKISTAN).build());
    Loan sba = r.loans().get(0).withLenders(ActorId.of("imf"), PAKISTAN);
    Recommendation rec = r.recommendations().get(0).withSubjects(ActorId.of("imf"), PAKISTAN);
    return Report.copyOf(r).withActors(r.actors().get(0), r.actors().get(1), kakar)
        .withLoans(sba, r.loans().get(1)).withRecommendations(rec);
  }

  @Test
  void aFactThatLinksTheActorTwiceIsListedOnce() {
    ActorProfile p = ReportQuery.of(linked()).profile(PAKISTAN);
    assertThat(p.moneyGiven()).extracting(Loan::id).extracting(Object::toString).contains("imf-sba-2023");
    assertThat(p.moneyReceived()).extracting(l -> l.id().value()).contains("imf-sba-2023");
    assertThat(p.facts().map(f -> f.ref().toString())).doesNotHaveDuplicates()
        .contains("loan:imf-sba-2023", "recommendation:rec-01").startsWith("actor:pakistan");
    assertThat(p.recommendationsAddressed()).hasSize(1);
    assertThat(p.recommendationsAbout()).hasSize(1);
  }

  @Test
  void theFactsOfAProfileAreEveryListOnce() {
    ActorProfile p = ReportQuery.of(sample()).profile(PAKISTAN);
    long listed = 1 + p.moneyGiven().size() + p.moneyReceived().size() + p.agreements().size()
        + p.recommendationsAddressed().size() + p.recommendationsAbout().size() + p.events().size()
        + p.figures().size() + p.assessments().size() + p.relations().size();
    assertThat(p.facts()).hasSize((int) listed);
    assertThat(p.toString()).isEqualTo("ActorProfile[pakistan: " + p.moneyGiven().size() + " given, "
        + p.moneyReceived().size() + " received, " + p.agreements().size() + " agreements, "
        + p.recommendationsAddressed().size() + " addressed, " + p.recommendationsAbout().size() + " about, "
        + p.events().size() + " events, " + p.figures().size() + " figures, " + p.assessments().size()
        + " assessments, " + p.relations().size() + " relations, " + p.citations().size() + " citations]");
  }

  @Test
  void anOrganisationsProfileListsWhoHoldsItsOffices() {
    ReportQuery q = ReportQuery.of(linked());
    assertThat(q.profile(PAKISTAN).officeHolders()).extracting(h -> h.holder() + ": " + h.office().title())
        .containsExactly("anwar-ul-haq-kakar: Caretaker Prime Minister");
    assertThat(q.profile(ActorId.of("imf")).officeHolders()).isEmpty();
  }

  @Test
  void citingListsTheFactsWhoseProvenanceNamesTheFootnote() {
    ReportQuery q = ReportQuery.of(sample());
    assertThat(q.citing(1)).extracting(Fact::ref).extracting(Object::toString)
        .containsExactly("actor:anwar-ul-haq-kakar", "loan:imf-sba-2023");
    assertThat(q.citing(2)).extracting(Fact::ref).extracting(Object::toString).containsExactly("figure:tax-to-gdp");
    assertThat(q.citing(99)).isEmpty();
  }

  @Test
  void everyFootnoteAFactCitesIsFound() {
    Report r = sample();
    Loan sba = r.loans().get(0);
    Loan cites = sba.withProvenance(io.github.bilateral.model.Provenance.builder().from(sba.provenance())
        .footnotes(java.util.List.of(1, 2)).build());
    ReportQuery q = ReportQuery.of(Report.copyOf(r).withLoans(cites, r.loans().get(1)));
    assertThat(q.citations().citedBy(sba.ref()).list()).extracting(c -> c.footnote()).containsExactly(1, 2);
    assertThat(q.citations().citedBy(r.loans().get(1).ref()).list()).isEmpty();
  }
}
