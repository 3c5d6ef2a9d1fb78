package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.model.Actor;
import io.github.bilateral.model.Report;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportValidatorTest {

  @Test
  void everyNameAndAliasOfTheBundledReportPicksOutOneActor() {
    // Version 1 had "U.S. lawmakers" and "US lawmakers" on two actors; version 2 keeps both
    // spellings on one.
    assertThat(ReportValidator.ambiguousNames(Reports.usPakistan2023())).isEmpty();
  }

  private final Report sample = ReportReader.strict().readString(ReportReaderTest.sample());

  @Test
  void namesThatFoldAlikeOnTwoActorsAreReported() {
    assertThat(ReportValidator.ambiguousNames(sample)).isEmpty();
    List<Actor> actors = new ArrayList<>(sample.actors());
    Actor imf = actors.get(0);
    actors.set(0, Actor.copyOf(imf).withAliases("IMF", "PAKISTAN"));
    Report clash = Report.copyOf(sample).withActors(actors);
    assertThat(ReportValidator.ambiguousNames(clash)).extracting(Problem::toString).containsExactly(
        "actors[1].name: name 'Pakistan' of actor 'pakistan' is the same name to a look-up as 'PAKISTAN' of actor"
            + " 'imf' (both fold to 'pakistan'); drop it from one of the two actors or spell it in full");
  }

  @Test
  void possibleIdentitiesAgreementsAndFieldFootnotesMustResolve() {
    List<Actor> actors = new ArrayList<>(sample.actors());
    actors.set(0, Actor.copyOf(actors.get(0)).withPossibleIdentities(io.github.bilateral.model.PossibleIdentity.builder()
        .actor(io.github.bilateral.model.ActorId.of("kakr")).basis(io.github.bilateral.model.Basis.FOOTNOTE)
        .addFootnote(9).build()));
    List<io.github.bilateral.model.Loan> loans = new ArrayList<>(sample.loans());
    io.github.bilateral.model.Loan sba = loans.get(0);
    loans.set(0, sba.withAgreement(io.github.bilateral.model.AgreementId.of("water-traety"))
        .withPartOf(loans.get(1).id())
        .withProvenance(io.github.bilateral.model.Provenance.builder().from(sba.provenance())
            .putField("kind", io.github.bilateral.model.Sourcing.builder()
                .basis(io.github.bilateral.model.Basis.FOOTNOTE).addFootnote(7).build()).build()));
    Report bad = Report.copyOf(sample).withActors(actors).withLoans(loans);
    assertThat(ReportValidator.validate(bad)).extracting(Problem::toString).containsExactly(
        "actors[0].possibleIdentities[0].actor: unknown actor 'kakr'",
        "actors[0].possibleIdentities[0].footnotes[0]: unknown footnote 9: no citation has that number",
        "loans[0].agreement: unknown agreement 'water-traety'; did you mean 'water-treaty'?",
        "loans[0].provenance.fields.kind.footnotes[0]: unknown footnote 7: no citation has that number");
  }
}
