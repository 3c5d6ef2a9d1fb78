package io.github.bilateral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bilateral.model.Estimate.Qualifier;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of the values that format version 2 adds: bases, vague estimates, undated events, unnamed actors, histories. */
class FormatVersion2ModelTest {

  private static final SectionId INTRO = SectionId.of("intro");
  private static final Provenance PROV = Provenance.builder().addSection(INTRO).build();
  private static final Sourcing FOOTNOTE_68 = Sourcing.builder().basis(Basis.FOOTNOTE).addFootnote(68).build();

  private static Loan.Builder loan() {
    return Loan.builder().id(LoanId.of("l")).kind(LoanKind.ROLLOVER)
        .addLender(ActorId.of("china")).addBorrower(ActorId.of("pakistan"))
        .status(LoanStatus.ROLLED_OVER).summary("A rollover.").provenance(PROV);
  }

  // ------------------------------------------------------------------ Basis and Sourcing

  @Test
  @SuppressWarnings("deprecation")
  void basisMapsToAndFromTheDeprecatedLocation() {
    for (SourceLocation l : SourceLocation.values()) {
      assertThat(Basis.of(l).location()).hasValue(l);
      assertThat(Basis.of(l).isPrinted()).isTrue();
    }
    assertThat(Basis.INFERRED.location()).isEmpty();
    assertThat(Basis.OUTSIDE_KNOWLEDGE.location()).isEmpty();
    assertThat(Basis.INFERRED.requiresNote()).isTrue();
    assertThat(Basis.CAPTION.requiresNote()).isFalse();
    assertThat(Provenance.builder().addSection(INTRO).basis(Basis.CAPTION).build().location())
        .isEqualTo(SourceLocation.CAPTION);
    assertThatThrownBy(() -> Provenance.builder().addSection(INTRO).basis(Basis.INFERRED).note("From the date.")
        .build().location())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A fact on the basis inferred is printed nowhere; use Provenance.basis()");
  }

  @Test
  void anInferredOrOutsideValueNeedsANote() {
    assertThatThrownBy(() -> Sourcing.builder().basis(Basis.OUTSIDE_KNOWLEDGE).build())
        .hasMessage("Invalid Sourcing.note (required when the basis is outside-knowledge: say how the value was"
            + " worked out or where it comes from): \"\"");
    assertThatThrownBy(() -> Provenance.builder().addSection(INTRO).basis(Basis.INFERRED).build())
        .hasMessage("Invalid Provenance.note (required when the basis is inferred: say how the value was"
            + " worked out or where it comes from): \"\"");
    assertThat(Sourcing.builder().basis(Basis.INFERRED).note("2023, from the report's date.").build().note())
        .hasValue("2023, from the report's date.");
    assertThat(Sourcing.builder().basis(Basis.TEXT).note("Printed twice.").build().note()).isPresent();
  }

  @Test
  void sourcingFootnotesAscendWithoutRepeats() {
    assertThatThrownBy(() -> Sourcing.builder().basis(Basis.FOOTNOTE).addFootnote(68).addFootnote(41).build())
        .hasMessage("Invalid Sourcing.footnotes (must be ascending without repeats): [68, 41]");
    assertThatThrownBy(() -> Sourcing.builder().basis(Basis.FOOTNOTE).addFootnote(0).build())
        .hasMessage("Invalid Sourcing.footnotes[0] (must be at least 1): 0");
  }

  // ------------------------------------------------------------------ Provenance per field

  @Test
  void basisOfGivesTheFieldsOwnEntryElseTheFacts() {
    Provenance p = Provenance.builder().addSection(INTRO).addFootnote(41).addFootnote(68)
        .putField("term", FOOTNOTE_68).putField("amount", FOOTNOTE_68).build();
    assertThat(p.fields().keySet()).containsExactly("term", "amount");
    assertThat(p.basisOf("amount")).isEqualTo(FOOTNOTE_68);
    Sourcing kind = p.basisOf("kind");
    assertThat(kind.basis()).isEqualTo(Basis.TEXT);
    assertThat(kind.footnotes()).containsExactly(41, 68);
    assertThat(kind.sections()).containsExactly(INTRO);
    assertThat(p.basis()).isEqualTo(Basis.TEXT);
    assertThat(p.note()).isEmpty();
  }

  @Test
  void thePageIsAlwaysInferred() {
    assertThat(PROV.pageSourcing()).isEmpty();
    Sourcing page = Provenance.builder().addSection(INTRO).page(4).build().pageSourcing().orElseThrow();
    assertThat(page.basis()).isEqualTo(Basis.INFERRED);
    assertThat(page.note()).hasValue(Provenance.PAGE_NOTE);
  }

  @Test
  void aFactRefusesFieldsItDoesNotHaveOrDoesNotHold() {
    Loan ok = loan().amount(Amount.of(Estimate.exact(new BigDecimal("2400000000")), Currency.getInstance("USD")))
        .provenance(Provenance.builder().addSection(INTRO).putField("amount", FOOTNOTE_68).build()).build();
    assertThat(ok.provenance().basisOf("amount").footnotes()).containsExactly(68);
    assertThatThrownBy(() -> loan().provenance(Provenance.builder().addSection(INTRO).putField("dat", FOOTNOTE_68)
        .build()).build())
        .hasMessageStartingWith("Invalid Loan 'l'.provenance.fields (names 'dat', which Loan does not have;"
            + " did you mean 'date'? the fields are kind, lenders, borrowers, amount, status, history, date, term,")
        .hasMessageEndingWith(": \"dat\"");
    assertThatThrownBy(() -> loan().provenance(Provenance.builder().addSection(INTRO).putField("date", FOOTNOTE_68)
        .build()).build())
        .hasMessage("Invalid Loan 'l'.provenance.fields (names 'date', which this Loan does not hold; give the value"
            + " or remove the entry): \"date\"");
    assertThatThrownBy(() -> loan().provenance(Provenance.builder().addSection(INTRO).putField("id", FOOTNOTE_68)
        .build()).build())
        .hasMessageContaining("names 'id', which Loan does not have");
  }

  @Test
  void everyKindButSectionsListsItsFieldsWithoutIdOrProvenance() {
    for (FactKind kind : FactKind.values()) {
      assertThat(kind.fieldNames()).as(kind.word()).doesNotContain("id", "provenance", "footnote", "datePart")
          .doesNotHaveDuplicates();
      assertThat(kind.fieldNames().isEmpty()).as(kind.word()).isEqualTo(kind == FactKind.SECTION);
    }
    assertThat(FactKind.EVENT.fieldNames()).containsExactly("kind", "date", "noDate", "actors", "places", "related",
        "summary");
    assertThat(FactKind.LOAN.heldFields(loan().build())).containsExactly("kind", "lenders", "borrowers", "status",
        "summary");
  }

  // ------------------------------------------------------------------ vague estimates

  @Test
  void aVagueEstimateHasBoundsButNoPointValue() {
    Estimate dozens = Estimate.vague(Qualifier.DOZENS, "dozens of");
    assertThat(dozens.value()).isEmpty();
    assertThat(dozens.isVague()).isTrue();
    assertThat(dozens.printed()).hasValue("dozens of");
    assertThat(dozens.range().lowerEndpoint()).isEqualByComparingTo("24");
    assertThat(dozens.range().upperEndpoint()).isEqualByComparingTo("144");
    assertThat(dozens.range().contains(new BigDecimal("144"))).isFalse();
    assertThat(dozens).hasToString("dozens (\"dozens of\")");
    assertThat(Estimate.vague(Qualifier.SEVERAL, "several").range()).hasToString("[3..10)");
    assertThat(Estimate.vague(Qualifier.HUNDREDS, "hundreds").range()).hasToString("[200..1000)");
    assertThat(Estimate.vague(Qualifier.THOUSANDS, "thousands").range()).hasToString("[2000..1000000)");
    assertThat(Estimate.vague(Qualifier.MILLIONS, "millions").range()).hasToString("[2000000..1000000000)");
    assertThat(Estimate.vague(Qualifier.BILLIONS, "billions").range()).hasToString("[2000000000..1000000000000)");
    Amount billions = Amount.of(Estimate.vague(Qualifier.BILLIONS, "billions"), Currency.getInstance("USD"));
    assertThat(billions.point()).isEmpty();
  }

  @Test
  void theValueIsAbsentExactlyWhenTheQualifierIsVague() {
    assertThatThrownBy(() -> Estimate.of(Qualifier.DOZENS, BigDecimal.valueOf(24)))
        .hasMessage("Invalid Estimate.value (a dozens estimate has no point value; use Estimate.vague(qualifier,"
            + " printed)): 24");
    assertThatThrownBy(() -> Estimate.vague(Qualifier.APPROXIMATELY, "around"))
        .hasMessageStartingWith("Invalid Estimate.qualifier (a vague one such as dozens expected;");
    assertThatThrownBy(() -> Estimate.vague(Qualifier.DOZENS, " "))
        .hasMessage("Invalid value for Estimate.printed (must not be blank): \" \"");
    assertThatThrownBy(() -> Estimate.vague(Qualifier.DOZENS, "dozens").withPrinted(Optional.empty()))
        .hasMessage("Invalid Estimate.printed (required with the vague qualifier dozens): none");
    assertThatThrownBy(() -> Estimate.exact(BigDecimal.TEN).withQualifier(Qualifier.BILLIONS))
        .hasMessageStartingWith("Invalid Estimate.qualifier (cannot turn exact into billions");
    assertThat(Estimate.vague(Qualifier.DOZENS, "dozens").withQualifier(Qualifier.HUNDREDS).value()).isEmpty();
  }

  @Test
  void everyEstimatesRangeHoldsItsPointValueAndNoVagueOneHasOne() {
    Property.forAll("range holds the value; vague estimates have none", Generators.estimates(true)).tries(2000)
        .check(e -> {
          if (e.qualifier().isVague()) {
            return e.value().isEmpty() && e.printed().isPresent() && !e.range().isEmpty();
          }
          boolean strict = e.qualifier() == Qualifier.MORE_THAN || e.qualifier() == Qualifier.LESS_THAN;
          return e.value().isPresent() && e.range().contains(e.value().get()) != strict;
        });
  }

  // ------------------------------------------------------------------ events without a date

  @Test
  void anEventHasExactlyOneOfDateAndNoDate() {
    Event.Builder b = Event.builder().id(EventId.of("fencing")).kind(EventKind.POLITICAL)
        .summary("The border is fenced.").provenance(PROV);
    Event ongoing = Event.builder().from(b.noDate(NoDate.ONGOING).build()).build();
    assertThat(ongoing.date()).isEmpty();
    assertThat(ongoing.when()).isEqualTo("ongoing");
    assertThat(Event.builder().from(ongoing).noDate(Optional.empty()).date(PartialDate.ofYear(2023)).build().when())
        .isEqualTo("2023");
    assertThatThrownBy(() -> Event.builder().id(EventId.of("e")).kind(EventKind.POLITICAL).summary("x")
        .provenance(PROV).build())
        .hasMessage("Invalid Event 'e'.date (give a date, or a noDate (ongoing, undated or era) that says why there"
            + " is none): \"\"");
    assertThatThrownBy(() -> ongoing.withDate(PartialDate.ofYear(2023)))
        .hasMessage("Invalid Event 'fencing'.date (give either a date or a noDate, not both; remove noDate"
            + " ongoing): \"\"");
  }

  // ------------------------------------------------------------------ unnamed actors

  @Test
  void anUnnamedActorMayPointToOthersButNeverToItself() {
    Actor envoy = Actor.builder().id(ActorId.of("us-ambassador")).kind(ActorKind.PERSON)
        .name("the U.S. ambassador in Pakistan").unnamed(true).addAlias("US envoy")
        .addPossibleIdentity(PossibleIdentity.builder().actor(ActorId.of("donald-blome"))
            .basis(Basis.OUTSIDE_KNOWLEDGE).note("He held the post at the report's date.").build())
        .provenance(PROV).build();
    assertThat(envoy.unnamed()).isTrue();
    assertThat(envoy.possibleIdentities()).extracting(PossibleIdentity::actor).containsExactly(ActorId.of("donald-blome"));
    assertThat(Actor.builder().from(envoy).unnamed(false).possibleIdentities(List.of()).build().unnamed()).isFalse();
    assertThatThrownBy(() -> envoy.withPossibleIdentities(PossibleIdentity.builder().actor(envoy.id())
        .basis(Basis.TEXT).build()))
        .hasMessage("Invalid Actor 'us-ambassador'.possibleIdentities[0].actor (must name another actor; an actor is"
            + " not a possible identity of itself): \"us-ambassador\"");
    assertThatThrownBy(() -> PossibleIdentity.builder().actor(ActorId.of("x")).basis(Basis.INFERRED).build())
        .hasMessageStartingWith("Invalid PossibleIdentity 'x'.note (required when the basis is inferred");
  }

  // ------------------------------------------------------------------ histories

  @Test
  void aHistoryAscendsAndEndsInTheFactsStatus() {
    StatusEntry<LoanStatus> agreed = StatusEntry.<LoanStatus>builder().date(PartialDate.ofYear(2019))
        .status(LoanStatus.COMMITTED).build();
    StatusEntry<LoanStatus> suspended = StatusEntry.<LoanStatus>builder().date(PartialDate.ofYear(2022))
        .status(LoanStatus.SUSPENDED).note("The programme stalls.").build();
    Loan l = loan().status(LoanStatus.SUSPENDED).addHistory(agreed, suspended).build();
    assertThat(l.history()).extracting(StatusEntry::status).containsExactly(LoanStatus.COMMITTED, LoanStatus.SUSPENDED);
    assertThatThrownBy(() -> loan().status(LoanStatus.SUSPENDED).addHistory(suspended, agreed).build())
        .hasMessageStartingWith("Invalid Loan 'l'.history[1].date (must not start before the previous entry's 2022;");
    assertThatThrownBy(() -> loan().status(LoanStatus.REPAID).addHistory(agreed).build())
        .hasMessage("Invalid Loan 'l'.history (the last entry's status must be the fact's status repaid; add an entry"
            + " for it or correct the status): \"committed\"");
    // a partial date may start with its predecessor: 2023 then 2023-07
    StatusEntry<AgreementStatus> signed = StatusEntry.<AgreementStatus>builder().date(PartialDate.ofYear(2023))
        .status(AgreementStatus.SIGNED).build();
    StatusEntry<AgreementStatus> inForce = StatusEntry.<AgreementStatus>builder().date(PartialDate.ofMonth(2023, 1))
        .status(AgreementStatus.IN_FORCE).build();
    Agreement a = Agreement.builder().id(AgreementId.of("sba")).kind(AgreementKind.PROGRAMME)
        .status(AgreementStatus.IN_FORCE).addHistory(signed, inForce).summary("x").provenance(PROV).build();
    assertThat(a.history()).hasSize(2);
  }

  @Test
  void aLoanNamesItsAgreementAndACitationItsLinkTarget() {
    Loan l = loan().kind(LoanKind.FINANCING).agreement(AgreementId.of("imf-sba")).build();
    assertThat(l.agreement()).hasValue(AgreementId.of("imf-sba"));
    Citation c = Citation.builder().footnote(3).url("https://example.org/a")
        .linkTarget("https://example.org/b").provenance(PROV).build();
    assertThat(c.linkTarget()).hasValue("https://example.org/b");
    assertThatThrownBy(() -> Citation.builder().footnote(3).linkTarget("not a url").provenance(PROV).build())
        .hasMessage("Invalid Citation 3.linkTarget (an http or https URL without spaces expected): \"not a url\"");
  }
}
