package io.github.bilateral.io;

import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.Amount;
import io.github.bilateral.model.Basis;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.Estimate;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanKind;
import io.github.bilateral.model.NoDate;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.PossibleIdentity;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.Sourcing;
import io.github.bilateral.model.StatusEntry;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The sample report with every field that format version 2 adds set somewhere: a basis with a note
 * and a field's own sourcing, an unnamed actor with a possible identity, a loan's history and
 * agreement, a vague amount, an event without a date, an agreement's history and a link target.
 */
final class Version2Sample {

  private Version2Sample() {}

  static Report report() {
    Report r = ReportReader.strict().readString(ReportReaderTest.sample());
    List<Actor> actors = new ArrayList<>(r.actors());
    Actor kakar = actors.get(2);
    actors.add(Actor.builder().id(ActorId.of("us-envoy")).kind(kakar.kind()).name("the U.S. envoy to Pakistan")
        .unnamed(true).addAlias("US envoy")
        .addPossibleIdentity(PossibleIdentity.builder().actor(kakar.id()).basis(Basis.INFERRED).addFootnote(1)
            .note("only a guess, for the test").build())
        .provenance(kakar.provenance()).build());
    List<Loan> loans = new ArrayList<>(r.loans());
    Loan sba = loans.get(0);
    Agreement treaty = r.agreements().get(0);
    loans.set(0, sba
        .withHistory(StatusEntry.<io.github.bilateral.model.LoanStatus>builder().date(PartialDate.ofYear(2023).withPart(PartialDate.Part.LATE))
            .status(sba.status()).note("as of the report").build())
        .withAgreement(treaty.id())
        .withProvenance(sba.provenance().withBasis(Basis.FOOTNOTE).withFields(java.util.Map.of(
            "kind", Sourcing.builder().basis(Basis.OUTSIDE_KNOWLEDGE).note("from the IMF's site").build(),
            "status", Sourcing.builder().basis(Basis.FOOTNOTE).addFootnote(r.citations().get(0).footnote())
                .addSection(r.sections().get(0).id()).build()))));
    Loan second = loans.get(1);
    loans.set(1, second.withKind(LoanKind.FINANCING)
        .withAmount(Amount.builder().estimate(Estimate.vague(Estimate.Qualifier.BILLIONS, "billions of dollars"))
            .currency(Currency.getInstance("USD")).build())
        .withProvenance(second.provenance().withNote("worked out from the report's date").withBasis(Basis.INFERRED)));
    List<Agreement> agreements = new ArrayList<>(r.agreements());
    agreements.set(0, treaty.withHistory(StatusEntry.<io.github.bilateral.model.AgreementStatus>builder()
        .date(PartialDate.ofYear(1960).withPart(PartialDate.Part.EARLY)).status(treaty.status()).note("signed").build()));
    List<Event> events = new ArrayList<>(r.events());
    Event e = events.get(0);
    events.set(0, Event.builder().id(e.id()).kind(e.kind()).noDate(NoDate.ONGOING).addAllActors(e.actors())
        .addAllPlaces(e.places()).addAllRelated(e.related()).summary(e.summary()).provenance(e.provenance()).build());
    List<Citation> citations = new ArrayList<>(r.citations());
    citations.set(0, citations.get(0).withLinkTarget("https://example.org/target"));
    return r.withActors(actors).withLoans(loans).withAgreements(agreements).withEvents(events).withCitations(citations);
  }

  /** The sample's canonical version-2 text. */
  static String json() {
    return ReportWriter.canonical().toJson(report());
  }
}
