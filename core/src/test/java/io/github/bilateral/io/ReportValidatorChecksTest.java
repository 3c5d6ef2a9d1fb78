package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.AgreementId;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.Place;
import io.github.bilateral.model.PlaceId;
import io.github.bilateral.model.Provenance;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.Section;
import io.github.bilateral.model.SectionId;
import io.github.bilateral.model.Sourcing;
import io.github.bilateral.model.Basis;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every check of {@link ReportValidator#validate}, each on the sample report broken in code in one way: the
 * reader rejects such reports before the validator sees them, so only reports built in code reach these
 * paths.
 */
class ReportValidatorChecksTest {

  private static final Report SAMPLE = ReportReader.strict().readString(ReportReaderTest.sample());

  private static List<String> problems(Report r) {
    List<Problem> problems = ReportValidator.validate(r);
    assertThat(problems).allMatch(p -> p.line().isEmpty() && p.column().isEmpty());
    return problems.stream().map(Problem::toString).toList();
  }

  private static Report sample() {
    return Report.copyOf(SAMPLE);
  }

  private static Loan sba() {
    return SAMPLE.loans().get(0);
  }

  private static Loan debt() {
    return SAMPLE.loans().get(1);
  }

  @Test
  void theSampleHasNoProblem() {
    assertThat(problems(SAMPLE)).isEmpty();
  }

  @Test
  void aReportNeedsASection() {
    Report r = Report.builder().metadata(SAMPLE.metadata()).build();
    assertThat(problems(r)).containsExactly(
        "sections: a report needs at least one section; add the report's sections in reading order");
  }

  @Test
  void aDuplicateIdNamesWhereTheFirstStands() {
    Report r = sample().withLoans(sba(), debt(), debt(), debt())
        .withSections(SAMPLE.sections().get(0), SAMPLE.sections().get(1), SAMPLE.sections().get(0));
    assertThat(problems(r)).containsExactly(
        "sections[2]: duplicate section id 'economy' (first at sections[0])",
        "loans[2]: duplicate loan id 'china-debt' (first at loans[1])",
        "loans[3]: duplicate loan id 'china-debt' (first at loans[1])");
  }

  @Test
  void aDuplicateFootnoteOrRecommendationNumberIsReported() {
    Report r = sample().withCitations(SAMPLE.citations().get(0), SAMPLE.citations().get(1),
            SAMPLE.citations().get(1))
        .withRecommendations(SAMPLE.recommendations().get(0),
            SAMPLE.recommendations().get(0).withId(io.github.bilateral.model.RecommendationId.of("rec-02")));
    assertThat(problems(r)).containsExactly(
        "citations[2]: duplicate citation id '2' (first at citations[1])",
        "recommendations[1].number: duplicate recommendation number 1");
  }

  @Test
  void aSectionsParentMustExistAndNotLeadBackToIt() {
    Section economy = SAMPLE.sections().get(0);
    Section recs = SAMPLE.sections().get(1);
    Report unknown = sample().withSections(economy, recs.withParent(SectionId.of("econmy")));
    assertThat(problems(unknown)).containsExactly(
        "sections[1].parent: unknown section 'econmy'; did you mean 'economy'?");
    Report cycle = sample().withSections(economy.withParent(recs.id()), recs.withParent(economy.id()));
    assertThat(problems(cycle)).containsExactly(
        "sections[0].parent: cycle: section 'economy' leads back to itself",
        "sections[1].parent: cycle: section 'recommendations' leads back to itself");
  }

  @Test
  void onlyTheMembersOfACycleAreReportedNotWhatLeadsIntoIt() {
    Section economy = SAMPLE.sections().get(0);
    Section recs = SAMPLE.sections().get(1);
    Section annex = Section.builder().id(SectionId.of("annex")).title("Annex").parent(economy.id()).build();
    Report r = sample().withSections(economy.withParent(recs.id()), recs.withParent(economy.id()), annex);
    assertThat(problems(r)).containsExactly(
        "sections[0].parent: cycle: section 'economy' leads back to itself",
        "sections[1].parent: cycle: section 'recommendations' leads back to itself");
  }

  @Test
  void aCitationsIbidAndSameAsMustNameAFootnote() {
    Citation fifth = SAMPLE.citations().get(0).withFootnote(5);
    Report ibid = sample().withCitations(SAMPLE.citations().get(0), SAMPLE.citations().get(1), fifth.withIbid(3));
    assertThat(problems(ibid)).containsExactly(
        "citations[2].ibid: unknown footnote 3: no citation has that number");
    Report sameAs = sample().withCitations(SAMPLE.citations().get(0), SAMPLE.citations().get(1), fifth.withSameAs(4));
    assertThat(problems(sameAs)).containsExactly(
        "citations[2].sameAs: unknown footnote 4: no citation has that number");
    Report fine = sample().withCitations(SAMPLE.citations().get(0), SAMPLE.citations().get(1),
        fifth.withIbid(2));
    assertThat(problems(fine)).isEmpty();
  }

  @Test
  void everyReferenceToAnActorMustResolve() {
    Actor kakar = SAMPLE.actors().get(2);
    Report office = sample().withActors(SAMPLE.actors().get(0), SAMPLE.actors().get(1),
        kakar.withOffices(Office.builder().title("Senator").build(),
            Office.builder().title("Prime Minister").organisation(ActorId.of("pakistn")).build()));
    assertThat(problems(office)).containsExactly(
        "actors[2].offices[1].organisation: unknown actor 'pakistn'; did you mean 'pakistan'?");
    Report relation = sample().withRelations(SAMPLE.relations().get(0).withFrom(ActorId.of("x"))
        .withTo(ActorId.of("imff")));
    assertThat(problems(relation)).containsExactly(
        "relations[0].from: unknown actor 'x'",
        "relations[0].to: unknown actor 'imff'; did you mean 'imf'?");
  }

  @Test
  void aPlaceWithinMustExistAndNotLeadBackToIt() {
    Place gwadar = SAMPLE.places().get(0);
    Place balochistan = Place.copyOf(gwadar).withId(PlaceId.of("balochistan")).withName("Balochistan")
        .withWithin(gwadar.id());
    Report unknown = sample().withPlaces(gwadar.withWithin(PlaceId.of("balochistn")));
    assertThat(problems(unknown)).containsExactly("places[0].within: unknown place 'balochistn'");
    Report cycle = sample().withPlaces(gwadar.withWithin(balochistan.id()), balochistan);
    assertThat(problems(cycle)).containsExactly(
        "places[0].within: cycle: place 'gwadar' leads back to itself",
        "places[1].within: cycle: place 'balochistan' leads back to itself");
    Report chain = sample().withPlaces(gwadar, balochistan);
    assertThat(problems(chain)).isEmpty();
  }

  @Test
  void everyReferenceOfALoanMustResolveAndItsChainsMustEnd() {
    Loan bad = sba().withLenders(ActorId.of("imf"), ActorId.of("imf2")).withBorrowers(ActorId.of("pak"))
        .withExtendsLoan(LoanId.of("gone")).withPartOf(LoanId.of("china-dbt"))
        .withAgreement(AgreementId.of("deal")).withPlaces(PlaceId.of("gwadar"), PlaceId.of("karachi"));
    assertThat(problems(sample().withLoans(bad, debt()))).containsExactly(
        "loans[0].lenders[1]: unknown actor 'imf2'; did you mean 'imf'?",
        "loans[0].borrowers[0]: unknown actor 'pak'",
        "loans[0].extends: unknown loan 'gone'",
        "loans[0].partOf: unknown loan 'china-dbt'; did you mean 'china-debt'?",
        "loans[0].agreement: unknown agreement 'deal'",
        "loans[0].places[1]: unknown place 'karachi'");
    Report extendsCycle = sample().withLoans(sba().withExtendsLoan(debt().id()), debt().withExtendsLoan(sba().id()));
    assertThat(problems(extendsCycle)).containsExactly(
        "loans[0].extends: cycle: loan 'imf-sba-2023' leads back to itself",
        "loans[1].extends: cycle: loan 'china-debt' leads back to itself");
    Report partOfCycle = sample().withLoans(sba().withPartOf(debt().id()), debt().withPartOf(sba().id()));
    assertThat(problems(partOfCycle)).containsExactly(
        "loans[0].partOf: cycle: loan 'imf-sba-2023' leads back to itself",
        "loans[1].partOf: cycle: loan 'china-debt' leads back to itself");
    Report chain = sample().withLoans(sba().withExtendsLoan(debt().id()).withPartOf(debt().id()), debt());
    assertThat(problems(chain)).isEmpty();
  }

  @Test
  void everyReferenceOfTheOtherFactsMustResolve() {
    Report r = sample()
        .withAgreements(SAMPLE.agreements().get(0).withParties(ActorId.of("indi"))
            .withPlaces(PlaceId.of("indus")))
        .withRecommendations(SAMPLE.recommendations().get(0).withAddressees(ActorId.of("us"))
            .withSubjects(ActorId.of("imf"), ActorId.of("china"))
            .withInstruments(FactRef.parse("loan:imf-sba-2024"))
            .withEvidence(FactRef.parse("loan:imf-sba-2023"), FactRef.citation(300)))
        .withEvents(SAMPLE.events().get(0).withActors(ActorId.of("kakar")).withPlaces(PlaceId.of("islamabad"))
            .withRelated(FactRef.parse("event:election")))
        .withFigures(SAMPLE.figures().get(0).withActors(ActorId.of("pakstan")).withPlaces(PlaceId.of("lahore")))
        .withAssessments(SAMPLE.assessments().get(0).withActors(ActorId.of("pakistan"), ActorId.of("india")))
        .withErrata(SAMPLE.errata().get(0).withRefers(FactRef.parse("actor:kakar")));
    assertThat(problems(r)).containsExactly(
        "agreements[0].parties[0]: unknown actor 'indi'",
        "agreements[0].places[0]: unknown place 'indus'",
        "recommendations[0].addressees[0]: unknown actor 'us'",
        "recommendations[0].subjects[1]: unknown actor 'china'",
        "recommendations[0].instruments[0]: unknown loan 'imf-sba-2024'; did you mean 'imf-sba-2023'?",
        "recommendations[0].evidence[1]: unknown citation '300'",
        "events[0].actors[0]: unknown actor 'kakar'",
        "events[0].places[0]: unknown place 'islamabad'",
        "events[0].related[0]: unknown event 'election'",
        "figures[0].actors[0]: unknown actor 'pakstan'; did you mean 'pakistan'?",
        "figures[0].places[0]: unknown place 'lahore'",
        "assessments[0].actors[1]: unknown actor 'india'",
        "errata[0].refers[0]: unknown actor 'kakar'");
  }

  @Test
  void everyProvenancesSectionsAndFootnotesMustExist() {
    Provenance bad = Provenance.builder().addSection(SectionId.of("economy")).addSection(SectionId.of("econmy"))
        .addFootnote(1).addFootnote(5).build();
    Report r = sample().withCitations(SAMPLE.citations().get(0).withProvenance(bad))
        .withActors(SAMPLE.actors().get(0).withProvenance(bad), SAMPLE.actors().get(1), SAMPLE.actors().get(2))
        .withPlaces(SAMPLE.places().get(0).withProvenance(bad))
        .withRelations(SAMPLE.relations().get(0).withProvenance(bad))
        .withLoans(sba(), debt().withProvenance(bad))
        .withAgreements(SAMPLE.agreements().get(0).withProvenance(bad))
        .withRecommendations(SAMPLE.recommendations().get(0).withProvenance(bad))
        .withEvents(SAMPLE.events().get(0).withProvenance(bad))
        .withFigures(SAMPLE.figures().get(0).withProvenance(bad))
        .withAssessments(SAMPLE.assessments().get(0).withProvenance(bad))
        .withErrata(SAMPLE.errata().get(0).withProvenance(bad));
    List<String> expected = new java.util.ArrayList<>();
    for (String at : List.of("citations[0]", "actors[0]", "places[0]", "relations[0]", "loans[1]", "agreements[0]",
        "recommendations[0]", "events[0]", "figures[0]", "assessments[0]", "errata[0]")) {
      expected.add(at + ".provenance.sections[1]: unknown section 'econmy'; did you mean 'economy'?");
      expected.add(at + ".provenance.footnotes[1]: unknown footnote 5: no citation has that number");
    }
    assertThat(problems(r)).containsExactlyElementsOf(expected);
    Provenance field = Provenance.builder().addSection(SectionId.of("economy"))
        .putField("amount", Sourcing.builder().basis(Basis.TEXT).addSection(SectionId.of("intro")).build()).build();
    assertThat(problems(sample().withLoans(sba().withProvenance(field), debt()))).containsExactly(
        "loans[0].provenance.fields.amount.sections[0]: unknown section 'intro'");
  }

  @Test
  void anUnnamedActorsDescriptionMayFoldLikeAnotherActorsName() {
    Actor imf = SAMPLE.actors().get(0);
    Actor unnamed = Actor.builder().id(ActorId.of("someone")).kind(imf.kind()).name("IMF").unnamed(true)
        .addAliases("imf envoy").provenance(imf.provenance()).build();
    Report r = sample().withActors(imf, SAMPLE.actors().get(1), SAMPLE.actors().get(2), unnamed);
    assertThat(ReportValidator.ambiguousNames(r)).isEmpty();
    Report aliasClash = sample().withActors(imf, SAMPLE.actors().get(1), SAMPLE.actors().get(2),
        unnamed.withAliases("imf envoy", "I.M.F."));
    assertThat(ReportValidator.ambiguousNames(aliasClash)).extracting(Problem::path)
        .containsExactly("actors[3].aliases[1]");
    Report ownNames = sample().withActors(imf.withAliases("IMF", "imf"), SAMPLE.actors().get(1),
        SAMPLE.actors().get(2));
    assertThat(ReportValidator.ambiguousNames(ownNames)).isEmpty();
    Report noLetters = sample().withActors(imf.withAliases("IMF", "—"), SAMPLE.actors().get(1).withAliases("—"),
        SAMPLE.actors().get(2));
    assertThat(ReportValidator.ambiguousNames(noLetters)).isEmpty();
  }
}
