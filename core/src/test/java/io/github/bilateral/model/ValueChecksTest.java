package io.github.bilateral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule that a value type checks when it is built, each broken once on a value built in code,
 * with the message the user sees; and, beside the broken ones, the values just inside each rule.
 */
class ValueChecksTest {

  private static final Provenance PROV = Provenance.builder().addSection(SectionId.of("intro")).build();
  private static final Sourcing FOOTNOTE_1 = Sourcing.builder().basis(Basis.FOOTNOTE).addFootnote(1).build();
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency PKR = Currency.getInstance("PKR");

  /** A provenance that gives {@code field} a sourcing of its own. */
  private static Provenance sourced(String field) {
    return Provenance.builder().from(PROV).putField(field, FOOTNOTE_1).build();
  }

  private record Broken(String rule, ThrowingCallable build, String message) {}

  private static Broken broken(String rule, ThrowingCallable build, String message) {
    return new Broken(rule, build, message);
  }

  private static Actor.Builder actor() {
    return Actor.builder().id(ActorId.of("a")).kind(ActorKind.PERSON).name("Ali").provenance(PROV);
  }

  private static Place.Builder place() {
    return Place.builder().id(PlaceId.of("gwadar")).kind(PlaceKind.CITY).name("Gwadar").provenance(PROV);
  }

  private static Loan.Builder loan() {
    return Loan.builder().id(LoanId.of("l")).kind(LoanKind.ROLLOVER)
        .addLender(ActorId.of("china")).addBorrower(ActorId.of("pakistan"))
        .status(LoanStatus.ROLLED_OVER).summary("A rollover.").provenance(PROV);
  }

  private static Agreement.Builder agreement() {
    return Agreement.builder().id(AgreementId.of("g")).kind(AgreementKind.FRAMEWORK)
        .status(AgreementStatus.SIGNED).summary("A framework.").provenance(PROV);
  }

  private static Assessment.Builder assessment() {
    return Assessment.builder().id(AssessmentId.of("r")).kind(AssessmentKind.RISK).summary("A risk.").provenance(PROV);
  }

  private static Citation.Builder citation() {
    return Citation.builder().footnote(3).provenance(PROV);
  }

  private static Erratum.Builder erratum() {
    return Erratum.builder().id(ErratumId.of("e")).kind(ErratumKind.SPELLING_VARIANT).printed("Gwader")
        .summary("Misspelt.").provenance(PROV);
  }

  private static Event.Builder event() {
    return Event.builder().id(EventId.of("v")).kind(EventKind.POLITICAL).date(PartialDate.ofYear(2023))
        .summary("An event.").provenance(PROV);
  }

  private static Figure.Builder figure() {
    return Figure.builder().id(FigureId.of("f")).measure(Measure.of("m"))
        .quantity(Quantity.of(Estimate.exact(BigDecimal.TEN), "percent")).summary("A figure.").provenance(PROV);
  }

  private static Recommendation.Builder recommendation() {
    return Recommendation.builder().id(RecommendationId.of("rec")).number(1).summary("Do it.")
        .addAddressee(ActorId.of("usaid")).addTheme(Theme.of("climate"))
        .addHistory(change(PartialDate.ofYear(2023), RecommendationStatus.OPEN)).provenance(PROV);
  }

  private static Relation.Builder relation() {
    return Relation.builder().id(RelationId.of("rel")).kind(RelationKind.MEMBER_OF)
        .from(ActorId.of("a")).to(ActorId.of("b")).provenance(PROV);
  }

  private static ReportMetadata.Builder metadata() {
    return ReportMetadata.builder().id(ReportId.of("report")).title("Title").addAuthor("An Author")
        .publisher("Publisher").date(PartialDate.ofMonth(2023, 12));
  }

  private static Section.Builder section() {
    return Section.builder().id(SectionId.of("s")).title("A section");
  }

  private static StatusChange change(PartialDate date, RecommendationStatus status) {
    return StatusChange.builder().date(date).status(status).build();
  }

  private static <S extends Enum<S>> StatusEntry<S> entry(PartialDate date, S status) {
    return StatusEntry.<S>builder().date(date).status(status).build();
  }

  private static PossibleIdentity identity(String actor) {
    return PossibleIdentity.builder().actor(ActorId.of(actor)).basis(Basis.INFERRED).note("same office").build();
  }

  private static Amount dollars(String amount) {
    return Amount.of(Estimate.exact(new BigDecimal(amount)), USD);
  }

  private static Conversion.Builder conversion() {
    return Conversion.builder().from(Amount.of(Estimate.exact(new BigDecimal("1000")), PKR)).rate(new BigDecimal("0.0036"))
        .date(LocalDate.of(2023, 7, 1)).source("State Bank of Pakistan");
  }

  private static List<ActorId> actors(String... ids) {
    List<ActorId> out = new ArrayList<>();
    for (String id : ids) {
      out.add(ActorId.of(id));
    }
    return out;
  }

  private static final String RLO = "\u202E";

  @TestFactory
  Stream<DynamicTest> eachRuleSaysWhereAndWhy() {
    List<Broken> cases = List.of(
        // Actor
        broken("actor name with white space", () -> actor().name(" Ali").build(),
            "Invalid Actor 'a'.name (must not start or end with white space): \" Ali\""),
        broken("actor name with a spoofing character", () -> actor().name("Ali" + RLO).build(),
            "Invalid Actor 'a'.name (contains U+202E RIGHT-TO-LEFT OVERRIDE, which can disguise text on a terminal): \"Ali<U+202E>\""),
        broken("an actor name of no-break spaces", () -> actor().name("\u00a0\u202f").build(),
            "Invalid Actor 'a'.name (must not be blank): \"\u00a0\u202f\""),
        broken("an actor name after a no-break space", () -> actor().name("\u00a0Ali").build(),
            "Invalid Actor 'a'.name (must not start or end with white space): \"\u00a0Ali\""),
        broken("a blank alias", () -> actor().addAliases("A", " ").build(),
            "Invalid Actor 'a'.aliases[1] (must not be blank): \" \""),
        broken("an alias with a spoofing character", () -> actor().addAlias("A" + RLO).build(),
            "Invalid Actor 'a'.aliases[0] (contains U+202E RIGHT-TO-LEFT OVERRIDE, which can disguise text on a terminal): \"A<U+202E>\""),
        broken("an alias that starts with a spoofing character", () -> actor().addAliases("A", RLO + "B").build(),
            "Invalid Actor 'a'.aliases[1] (contains U+202E RIGHT-TO-LEFT OVERRIDE, which can disguise text on a terminal): \"<U+202E>B\""),
        broken("an alias with white space around it", () -> actor().addAliases("A", "B ").build(),
            "Invalid Actor 'a'.aliases[1] (must not start or end with white space): \"B \""),
        broken("a repeated alias", () -> actor().addAliases("A", "A").build(),
            "Invalid Actor 'a'.aliases (must not repeat an element): \"A\""),
        broken("an alias that is the name", () -> actor().addAlias("Ali").build(),
            "Invalid Actor 'a'.aliases (must not repeat the name): \"Ali\""),
        broken("an actor's blank summary", () -> actor().summary(" ").build(),
            "Invalid Actor 'a'.summary (must not be blank): \" \""),
        broken("an actor that may be itself", () -> actor().addPossibleIdentities(identity("b"), identity("a")).build(),
            "Invalid Actor 'a'.possibleIdentities[1].actor (must name another actor; an actor is not a possible"
                + " identity of itself): \"a\""),
        broken("a repeated possible identity", () -> actor().addPossibleIdentities(identity("b"), identity("b")).build(),
            "Invalid Actor 'a'.possibleIdentities (must not repeat an element): b"),
        broken("a field the actor does not have", () -> actor().provenance(sourced("nmae")).build(),
            "Invalid Actor 'a'.provenance.fields (names 'nmae', which Actor does not have; did you mean 'name'? the"
                + " fields are kind, name, unnamed, aliases, country, offices, possibleIdentities, summary): \"nmae\""),
        broken("a field far from every field", () -> actor().provenance(sourced("amount")).build(),
            "Invalid Actor 'a'.provenance.fields (names 'amount', which Actor does not have; the fields are kind, name,"
                + " unnamed, aliases, country, offices, possibleIdentities, summary): \"amount\""),
        broken("a sourced field the actor leaves out", () -> actor().provenance(sourced("country")).build(),
            "Invalid Actor 'a'.provenance.fields (names 'country', which this Actor does not hold; give the value or"
                + " remove the entry): \"country\""),
        broken("a sourced unnamed of a named actor", () -> actor().provenance(sourced("unnamed")).build(),
            "Invalid Actor 'a'.provenance.fields (names 'unnamed', which this Actor does not hold; give the value or"
                + " remove the entry): \"unnamed\""),
        // PossibleIdentity and Sourcing
        broken("an inferred identity without a note",
            () -> PossibleIdentity.builder().actor(ActorId.of("b")).basis(Basis.INFERRED).build(),
            "Invalid PossibleIdentity 'b'.note (required when the basis is inferred: say how the value was worked out or"
                + " where it comes from): \"\""),
        broken("outside knowledge without a note", () -> Sourcing.builder().basis(Basis.OUTSIDE_KNOWLEDGE).build(),
            "Invalid Sourcing.note (required when the basis is outside-knowledge: say how the value was worked out or"
                + " where it comes from): \"\""),
        broken("a blank note", () -> Sourcing.builder().basis(Basis.TEXT).note("").build(),
            "Invalid Sourcing.note (must not be blank): \"\""),
        broken("footnote zero", () -> Sourcing.builder().basis(Basis.FOOTNOTE).addFootnote(0).build(),
            "Invalid Sourcing.footnotes[0] (must be at least 1): 0"),
        broken("a footnote below 1 after others", () -> Sourcing.builder().basis(Basis.FOOTNOTE).addFootnotes(1, -2).build(),
            "Invalid Sourcing.footnotes[1] (must be at least 1): -2"),
        broken("a repeated footnote", () -> Sourcing.builder().basis(Basis.FOOTNOTE).addFootnotes(2, 2).build(),
            "Invalid Sourcing.footnotes (must be ascending without repeats): [2, 2]"),
        broken("footnotes out of order late in the list",
            () -> Sourcing.builder().basis(Basis.FOOTNOTE).addFootnotes(1, 3, 2).build(),
            "Invalid Sourcing.footnotes (must be ascending without repeats): [1, 3, 2]"),
        broken("a repeated section of a sourcing",
            () -> Sourcing.builder().basis(Basis.TEXT).addSections(SectionId.of("s"), SectionId.of("s")).build(),
            "Invalid Sourcing.sections (must not repeat an element): s"),
        // Provenance
        broken("a repeated section", () -> Provenance.builder().addSections(SectionId.of("s"), SectionId.of("s")).build(),
            "Invalid Provenance.sections (must not repeat an element): s"),
        broken("page zero", () -> Provenance.builder().from(PROV).page(0).build(),
            "Invalid Provenance.page (must be at least 1): 0"),
        broken("a blank field name", () -> Provenance.builder().from(PROV).putField(" ", FOOTNOTE_1).build(),
            "Invalid Provenance.fields key (must not be blank): \" \""),
        broken("a field name with white space", () -> Provenance.builder().from(PROV).putField("date ", FOOTNOTE_1).build(),
            "Invalid Provenance.fields key (must not start or end with white space): \"date \""),
        broken("an inferred fact without a note", () -> Provenance.builder().from(PROV).basis(Basis.INFERRED).build(),
            "Invalid Provenance.note (required when the basis is inferred: say how the value was worked out or where"
                + " it comes from): \"\""),
        // Place
        broken("a blank place name", () -> place().name("").build(), "Invalid Place 'gwadar'.name (must not be blank): \"\""),
        broken("a place name with a spoofing character", () -> place().name("Gwadar" + RLO).build(),
            "Invalid Place 'gwadar'.name (contains U+202E RIGHT-TO-LEFT OVERRIDE, which can disguise text on a terminal):"
                + " \"Gwadar<U+202E>\""),
        broken("a place's blank alias", () -> place().addAlias(" ").build(),
            "Invalid Place 'gwadar'.aliases[0] (must not be blank): \" \""),
        broken("a place's repeated alias", () -> place().addAliases("G", "G").build(),
            "Invalid Place 'gwadar'.aliases (must not repeat an element): \"G\""),
        broken("a place's country that is not a code", () -> place().country("pk").build(),
            "Invalid Place 'gwadar'.country (an ISO 3166-1 alpha-2 code such as \"PK\" expected): \"pk\""),
        broken("a place within itself", () -> place().within(PlaceId.of("gwadar")).build(),
            "Invalid Place 'gwadar'.within (must not contain itself): \"gwadar\""),
        broken("a sourced field the place leaves out", () -> place().provenance(sourced("within")).build(),
            "Invalid Place 'gwadar'.provenance.fields (names 'within', which this Place does not hold; give the value or"
                + " remove the entry): \"within\""),
        // Loan
        broken("a loan without borrowers", () -> loan().borrowers(List.of()).build(),
            "Invalid Loan 'l'.borrowers (must not be empty): []"),
        broken("a repeated borrower", () -> loan().addBorrower(ActorId.of("pakistan")).build(),
            "Invalid Loan 'l'.borrowers (must not repeat an element): pakistan"),
        broken("a repeated place of a loan", () -> loan().addPlaces(PlaceId.of("p"), PlaceId.of("p")).build(),
            "Invalid Loan 'l'.places (must not repeat an element): p"),
        broken("a blank purpose", () -> loan().purpose(" ").build(),
            "Invalid Loan 'l'.purpose (must not be blank): \" \""),
        broken("a loan inside itself", () -> loan().partOf(LoanId.of("l")).build(),
            "Invalid Loan 'l'.partOf (must not contain itself): \"l\""),
        broken("a negative term", () -> loan().term(Period.ofMonths(-9)).build(),
            "Invalid Loan 'l'.term (must be a positive period such as P9M): P-9M"),
        broken("a loan's history out of order", () -> loan()
                .addHistory(entry(PartialDate.ofMonth(2023, 7), LoanStatus.COMMITTED))
                .addHistory(entry(PartialDate.ofMonth(2023, 6), LoanStatus.ROLLED_OVER)).build(),
            "Invalid Loan 'l'.history[1].date (must not start before the previous entry's 2023-07; list the history"
                + " oldest first): 2023-06"),
        broken("a history that ends elsewhere", () -> loan()
                .addHistory(entry(PartialDate.ofMonth(2023, 7), LoanStatus.COMMITTED)).build(),
            "Invalid Loan 'l'.history (the last entry's status must be the fact's status rolled-over; add an entry for"
                + " it or correct the status): \"committed\""),
        broken("a sourced amount of a loan without one", () -> loan().provenance(sourced("amount")).build(),
            "Invalid Loan 'l'.provenance.fields (names 'amount', which this Loan does not hold; give the value or"
                + " remove the entry): \"amount\""),
        // Agreement
        broken("an agreement's name with white space", () -> agreement().name("CPEC ").build(),
            "Invalid Agreement 'g'.name (must not start or end with white space): \"CPEC \""),
        broken("an agreement's blank summary", () -> agreement().summary("").build(),
            "Invalid Agreement 'g'.summary (must not be blank): \"\""),
        broken("a repeated party", () -> agreement().parties(actors("a", "b", "a")).build(),
            "Invalid Agreement 'g'.parties (must not repeat an element): a"),
        broken("a repeated place of an agreement", () -> agreement().addPlaces(PlaceId.of("p"), PlaceId.of("p")).build(),
            "Invalid Agreement 'g'.places (must not repeat an element): p"),
        broken("an agreement's history out of order", () -> agreement()
                .addHistory(entry(PartialDate.ofYear(2024), AgreementStatus.PROPOSED))
                .addHistory(entry(PartialDate.ofYear(2023), AgreementStatus.SIGNED)).build(),
            "Invalid Agreement 'g'.history[1].date (must not start before the previous entry's 2024; list the history"
                + " oldest first): 2023"),
        broken("an agreement's history that ends elsewhere", () -> agreement()
                .addHistory(entry(PartialDate.ofYear(2023), AgreementStatus.PROPOSED)).build(),
            "Invalid Agreement 'g'.history (the last entry's status must be the fact's status signed; add an entry for"
                + " it or correct the status): \"proposed\""),
        broken("a sourced name of an agreement without one", () -> agreement().provenance(sourced("name")).build(),
            "Invalid Agreement 'g'.provenance.fields (names 'name', which this Agreement does not hold; give the value"
                + " or remove the entry): \"name\""),
        // Assessment
        broken("an assessment's blank summary", () -> assessment().summary(" ").build(),
            "Invalid Assessment 'r'.summary (must not be blank): \" \""),
        broken("a printed likelihood with white space", () -> assessment().printedLikelihood(" likely").build(),
            "Invalid Assessment 'r'.printedLikelihood (must not start or end with white space): \" likely\""),
        broken("a repeated actor of an assessment", () -> assessment().actors(actors("a", "a")).build(),
            "Invalid Assessment 'r'.actors (must not repeat an element): a"),
        broken("a sourced likelihood of an assessment without one", () -> assessment().provenance(sourced("likelihood")).build(),
            "Invalid Assessment 'r'.provenance.fields (names 'likelihood', which this Assessment does not hold; give the"
                + " value or remove the entry): \"likelihood\""),
        // Citation
        broken("footnote zero of a citation", () -> citation().footnote(0).build(),
            "Invalid Citation.footnote (must be at least 1): 0"),
        broken("a blank author", () -> citation().addAuthors("A. Writer", "").build(),
            "Invalid Citation 3.authors[1] (must not be blank): \"\""),
        broken("a title with white space", () -> citation().title("Title ").build(),
            "Invalid Citation 3.title (must not start or end with white space): \"Title \""),
        broken("a blank outlet", () -> citation().outlet(" ").build(), "Invalid Citation 3.outlet (must not be blank): \" \""),
        broken("a printed date with a spoofing character", () -> citation().printedDate("May" + RLO).build(),
            "Invalid Citation 3.printedDate (contains U+202E RIGHT-TO-LEFT OVERRIDE, which can disguise text on a"
                + " terminal): \"May<U+202E>\""),
        broken("a URL with a hidden character", () -> citation().url("https://example.org/a\u200Bb").build(),
            "Invalid Citation 3.url (contains U+200B ZERO WIDTH SPACE, which can disguise text on a terminal):"
                + " \"https://example.org/a<U+200B>b\""),
        broken("a link target that is no URL", () -> citation().linkTarget("ftp://example.org").build(),
            "Invalid Citation 3.linkTarget (an http or https URL without spaces expected): \"ftp://example.org\""),
        broken("a link target with a hidden character", () -> citation().linkTarget("https://example.org/a\u200Bb").build(),
            "Invalid Citation 3.linkTarget (contains U+200B ZERO WIDTH SPACE, which can disguise text on a terminal):"
                + " \"https://example.org/a<U+200B>b\""),
        broken("ibid of a later footnote", () -> citation().ibid(4).build(),
            "Invalid Citation 3.ibid (must name an earlier footnote): 4"),
        broken("the same as itself", () -> citation().sameAs(3).build(),
            "Invalid Citation 3.sameAs (must name an earlier footnote): 3"),
        broken("both ibid and sameAs", () -> citation().ibid(2).sameAs(1).build(),
            "Invalid Citation 3 (ibid and sameAs exclude each other): 3"),
        broken("a sourced title of a citation without one", () -> citation().provenance(sourced("title")).build(),
            "Invalid Citation 3.provenance.fields (names 'title', which this Citation does not hold; give the value or"
                + " remove the entry): \"title\""),
        broken("a sourced ibid of a citation without one", () -> citation().provenance(sourced("ibid")).build(),
            "Invalid Citation 3.provenance.fields (names 'ibid', which this Citation does not hold; give the value or"
                + " remove the entry): \"ibid\""),
        broken("a citation problem without a note", () -> CitationProblem.of(CitationProblemKind.SPELLING, " "),
            "Invalid CitationProblem.note (must not be blank): \" \""),
        // Amount and Conversion
        broken("a conversion from the same currency", () -> Amount.builder().from(dollars("3"))
                .conversion(conversion().from(dollars("3")).build()).build(),
            "Invalid Amount.conversion (converted from the same currency USD): Conversion{from=Amount{estimate=3,"
                + " currency=USD, unknownFields={}}, rate=0.0036, date=2023-07-01, source=State Bank of Pakistan,"
                + " unknownFields={}}"),
        broken("a conversion from a converted amount", () -> Amount.builder().from(dollars("3.6"))
                .conversion(conversion().from(Amount.builder().from(Amount.of(Estimate.exact(new BigDecimal("1000")), PKR))
                    .conversion(conversion().from(Amount.of(Estimate.exact(BigDecimal.ONE), Currency.getInstance("GBP")))
                        .build()).build()).build()).build(),
            null),
        broken("a rate of zero", () -> conversion().rate(BigDecimal.ZERO).build(), "Invalid Conversion.rate (must be positive): 0"),
        broken("a negative rate", () -> conversion().rate(new BigDecimal("-0.5")).build(),
            "Invalid Conversion.rate (must be positive): -0.5"),
        broken("a blank source", () -> conversion().source(" ").build(), "Invalid Conversion.source (must not be blank): \" \""),
        // Erratum
        broken("an erratum's printed text with white space", () -> erratum().printed("Gwader ").build(),
            "Invalid Erratum 'e'.printed (must not start or end with white space): \"Gwader \""),
        broken("an erratum's blank summary", () -> erratum().summary(" ").build(),
            "Invalid Erratum 'e'.summary (must not be blank): \" \""),
        broken("an erratum that refers twice to one fact",
            () -> erratum().addRefers(FactRef.citation(2), FactRef.citation(2)).build(),
            "Invalid Erratum 'e'.refers (must not repeat an element): citation:2"),
        broken("a sourced field the erratum does not have", () -> erratum().provenance(sourced("printd")).build(),
            "Invalid Erratum 'e'.provenance.fields (names 'printd', which Erratum does not have; did you mean 'printed'?"
                + " the fields are kind, printed, summary, refers): \"printd\""),
        // Event
        broken("an event's blank summary", () -> event().summary("").build(), "Invalid Event 'v'.summary (must not be blank): \"\""),
        broken("a repeated actor of an event", () -> event().actors(actors("a", "a")).build(),
            "Invalid Event 'v'.actors (must not repeat an element): a"),
        broken("a repeated place of an event", () -> event().addPlaces(PlaceId.of("p"), PlaceId.of("p")).build(),
            "Invalid Event 'v'.places (must not repeat an element): p"),
        broken("a repeated related fact", () -> event().addRelated(FactRef.citation(1), FactRef.citation(1)).build(),
            "Invalid Event 'v'.related (must not repeat an element): citation:1"),
        broken("a date and a noDate", () -> event().noDate(NoDate.ONGOING).build(),
            "Invalid Event 'v'.date (give either a date or a noDate, not both; remove noDate ongoing): \"\""),
        broken("neither a date nor a noDate", () -> Event.builder().id(EventId.of("v")).kind(EventKind.POLITICAL)
                .summary("An event.").provenance(PROV).build(),
            "Invalid Event 'v'.date (give a date, or a noDate (ongoing, undated or era) that says why there is none):"
                + " \"\""),
        broken("a sourced noDate of a dated event", () -> event().provenance(sourced("noDate")).build(),
            "Invalid Event 'v'.provenance.fields (names 'noDate', which this Event does not hold; give the value or"
                + " remove the entry): \"noDate\""),
        // Figure
        broken("a figure with both a quantity and an amount", () -> figure().amount(dollars("1")).build(),
            "Invalid Figure 'f' (exactly one of quantity and amount must be present): \"both\""),
        broken("a figure's blank summary", () -> figure().summary(" ").build(),
            "Invalid Figure 'f'.summary (must not be blank): \" \""),
        broken("a repeated actor of a figure", () -> figure().actors(actors("a", "a")).build(),
            "Invalid Figure 'f'.actors (must not repeat an element): a"),
        broken("a repeated place of a figure", () -> figure().addPlaces(PlaceId.of("p"), PlaceId.of("p")).build(),
            "Invalid Figure 'f'.places (must not repeat an element): p"),
        broken("a sourced amount of a figure with a quantity", () -> figure().provenance(sourced("amount")).build(),
            "Invalid Figure 'f'.provenance.fields (names 'amount', which this Figure does not hold; give the value or"
                + " remove the entry): \"amount\""),
        // Office
        broken("an office's title with a spoofing character", () -> Office.builder().title("PM" + RLO).build(),
            "Invalid Office.title (contains U+202E RIGHT-TO-LEFT OVERRIDE, which can disguise text on a terminal):"
                + " \"PM<U+202E>\""),
        broken("an office's blank note", () -> Office.builder().title("PM").note(" ").build(),
            "Invalid Office.note (must not be blank): \" \""),
        broken("an office that ends the day before it starts", () -> Office.builder().title("PM")
                .from(PartialDate.of(2020, 5, 2)).to(PartialDate.of(2020, 5, 1)).build(),
            "Invalid Office.to (must not end before it starts, from 2020-05-02): 2020-05-01"),
        // Quantity
        broken("a unit with a capital", () -> Quantity.of(Estimate.exact(BigDecimal.ONE), "km2 Area"),
            "Invalid Quantity.unit (lowercase words such as \"people\" expected): \"km2 Area\""),
        broken("a unit that starts with a digit", () -> Quantity.of(Estimate.exact(BigDecimal.ONE), "2 people"),
            "Invalid Quantity.unit (lowercase words such as \"people\" expected): \"2 people\""),
        // Recommendation
        broken("recommendation number zero", () -> recommendation().number(0).build(),
            "Invalid Recommendation 'rec'.number (must be at least 1): 0"),
        broken("a recommendation's blank summary", () -> recommendation().summary(" ").build(),
            "Invalid Recommendation 'rec'.summary (must not be blank): \" \""),
        broken("a recommendation to no one", () -> recommendation().addressees(List.of()).build(),
            "Invalid Recommendation 'rec'.addressees (must not be empty): []"),
        broken("a recommendation without a theme", () -> recommendation().themes(List.of()).build(),
            "Invalid Recommendation 'rec'.themes (must not be empty): []"),
        broken("a recommendation without a history", () -> recommendation().history(List.of()).build(),
            "Invalid Recommendation 'rec'.history (must not be empty): []"),
        broken("a repeated addressee", () -> recommendation().addAddressee(ActorId.of("usaid")).build(),
            "Invalid Recommendation 'rec'.addressees (must not repeat an element): usaid"),
        broken("a repeated subject", () -> recommendation().subjects(actors("pakistan", "pakistan")).build(),
            "Invalid Recommendation 'rec'.subjects (must not repeat an element): pakistan"),
        broken("a repeated theme", () -> recommendation().addTheme(Theme.of("climate")).build(),
            "Invalid Recommendation 'rec'.themes (must not repeat an element): climate"),
        broken("a repeated instrument", () -> recommendation()
                .addInstruments(FactRef.parse("loan:l"), FactRef.parse("loan:l")).build(),
            "Invalid Recommendation 'rec'.instruments (must not repeat an element): loan:l"),
        broken("a repeated piece of evidence", () -> recommendation()
                .addEvidence(FactRef.citation(7), FactRef.citation(7)).build(),
            "Invalid Recommendation 'rec'.evidence (must not repeat an element): citation:7"),
        broken("a recommendation's history out of order late in the list", () -> recommendation()
                .addHistory(change(PartialDate.ofYear(2025), RecommendationStatus.OPEN))
                .addHistory(change(PartialDate.ofYear(2024), RecommendationStatus.OPEN)).build(),
            "Invalid Recommendation 'rec'.history[2].date (must not be before the previous entry's 2025): 2024"),
        broken("a sourced field the recommendation does not have", () -> recommendation().provenance(sourced("status")).build(),
            "Invalid Recommendation 'rec'.provenance.fields (names 'status', which Recommendation does not have; the"
                + " fields are number, summary, addressees, subjects, themes, instruments, evidence, history):"
                + " \"status\""),
        broken("a blank note of a status change", () -> StatusChange.builder().date(PartialDate.ofYear(2023))
                .status(RecommendationStatus.OPEN).note("").build(),
            "Invalid StatusChange.note (must not be blank): \"\""),
        broken("a blank note of a status entry", () -> StatusEntry.<LoanStatus>builder().date(PartialDate.ofYear(2023))
                .status(LoanStatus.REPAID).note(" ").build(),
            "Invalid StatusEntry.note (must not be blank): \" \""),
        // Relation
        broken("a relation of an actor to itself", () -> relation().to(ActorId.of("a")).build(),
            "Invalid Relation 'rel'.to (must differ from 'from'): \"a\""),
        broken("a relation's blank summary", () -> relation().summary(" ").build(),
            "Invalid Relation 'rel'.summary (must not be blank): \" \""),
        broken("a sourced date of an undated relation", () -> relation().provenance(sourced("date")).build(),
            "Invalid Relation 'rel'.provenance.fields (names 'date', which this Relation does not hold; give the value"
                + " or remove the entry): \"date\""),
        // ReportMetadata
        broken("a title with white space", () -> metadata().title("Title ").build(),
            "Invalid ReportMetadata.title (must not start or end with white space): \"Title \""),
        broken("a report without authors", () -> metadata().authors(List.of()).build(),
            "Invalid ReportMetadata.authors (must not be empty): []"),
        broken("a blank author of the report", () -> metadata().addAuthor(" ").build(),
            "Invalid ReportMetadata.authors[1] (must not be blank): \" \""),
        broken("a publisher with a spoofing character", () -> metadata().publisher("MEI" + RLO).build(),
            "Invalid ReportMetadata.publisher (contains U+202E RIGHT-TO-LEFT OVERRIDE, which can disguise text on a"
                + " terminal): \"MEI<U+202E>\""),
        broken("a blank place of publication", () -> metadata().place("").build(),
            "Invalid ReportMetadata.place (must not be blank): \"\""),
        broken("a URL with white space", () -> metadata().url("https://mei.edu ").build(),
            "Invalid ReportMetadata.url (must not start or end with white space): \"https://mei.edu \""),
        broken("a language in capitals", () -> metadata().language("EN").build(),
            "Invalid ReportMetadata.language (a BCP 47 tag such as \"en\" expected): \"EN\""),
        // Section
        broken("a section's blank title", () -> section().title(" ").build(),
            "Invalid Section 's'.title (must not be blank): \" \""),
        broken("a section on page zero", () -> section().page(0).build(), "Invalid Section 's'.page (must be at least 1): 0"),
        broken("a section inside itself", () -> section().parent(SectionId.of("s")).build(),
            "Invalid Section 's'.parent (must not be the section itself): \"s\""));
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.rule(), () -> {
      if (c.message() == null) {
        assertThatThrownBy(c.build()).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("Invalid Amount.conversion (the original amount must not itself be converted): ");
      } else {
        assertThatThrownBy(c.build()).isInstanceOf(IllegalArgumentException.class).hasMessage(c.message());
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> valuesJustInsideEachRuleAreAccepted() {
    List<Supplier<Object>> fine = List.of(
        () -> actor().addAlias("A").addPossibleIdentities(identity("b"), identity("c")).summary("A person.")
            .country("PK").provenance(sourced("name")).build(),
        () -> actor().unnamed(true).provenance(sourced("unnamed")).build(),
        () -> actor().addOffice(Office.builder().title("PM").build()).provenance(sourced("offices")).build(),
        () -> Sourcing.builder().basis(Basis.INFERRED).note("From the report's date.").addFootnotes(1, 2, 3).build(),
        () -> Provenance.builder().from(PROV).page(1).build(),
        () -> place().addAlias("G").country("PK").within(PlaceId.of("balochistan")).provenance(sourced("within")).build(),
        () -> loan().term(Period.ofDays(1)).extendsLoan(LoanId.of("m")).partOf(LoanId.of("n")).purpose("Reserves.")
            .addHistory(entry(PartialDate.of(2023, 7, 1), LoanStatus.COMMITTED))
            .addHistory(entry(PartialDate.ofMonth(2023, 7), LoanStatus.ROLLED_OVER)).build(),
        () -> agreement().name("CPEC").parties(actors("a", "b")).provenance(sourced("name")).build(),
        () -> assessment().printedLikelihood("likely").likelihood(Likelihood.POSSIBLE).provenance(sourced("likelihood")).build(),
        () -> citation().ibid(2).url("http://example.org/a?b=c").linkTarget("https://example.org")
            .provenance(sourced("ibid")).build(),
        () -> citation().sameAs(2).build(),
        () -> conversion().rate(new BigDecimal("0.0001")).build(),
        () -> event().noDate(java.util.Optional.empty()).provenance(sourced("date")).build(),
        () -> Office.builder().title("PM").from(PartialDate.ofMonth(2020, 5)).to(PartialDate.of(2020, 5, 1)).build(),
        () -> Quantity.of(Estimate.exact(BigDecimal.ONE), "square km-2"),
        () -> recommendation().addHistory(change(PartialDate.ofYear(2023), RecommendationStatus.CLOSED_IMPLEMENTED)).build(),
        () -> metadata().language("en-GB").place("Washington, D.C.").url("https://mei.edu").build(),
        () -> section().page(1).parent(SectionId.of("t")).build());
    return java.util.stream.IntStream.range(0, fine.size()).mapToObj(i -> DynamicTest.dynamicTest("accepted value " + i,
        () -> assertThatCode(fine.get(i)::get).doesNotThrowAnyException()));
  }

  @Test
  void repeatsAreFoundInShortAndLongLists() {
    // Lists of up to eight elements are compared pairwise and longer ones through a set: both find
    // the repeat wherever it is.
    for (int n = 2; n <= 12; n++) {
      for (int repeatOf = 0; repeatOf < n - 1; repeatOf++) {
        List<ActorId> lenders = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
          lenders.add(ActorId.of("l" + i));
        }
        lenders.add(ActorId.of("l" + repeatOf));
        String expected = "Invalid Loan 'l'.lenders (must not repeat an element): l" + repeatOf;
        assertThatThrownBy(() -> loan().lenders(lenders).build()).as("%s", lenders).hasMessage(expected);
        lenders.set(n - 1, ActorId.of("other"));
        assertThat(loan().lenders(lenders).build().lenders()).hasSize(n);
      }
    }
  }

  @Test
  void aConversionKeepsItsRateWithoutTrailingZeros() {
    assertThat(conversion().rate(new BigDecimal("2.50")).build().rate()).hasToString("2.5");
    assertThat(conversion().rate(new BigDecimal("1E+1")).build().rate()).hasToString("10");
    Conversion plain = conversion().rate(new BigDecimal("0.0036")).build();
    assertThat(plain.rate()).hasToString("0.0036");
    assertThat(Conversion.copyOf(plain).withRate(new BigDecimal("0.00360"))).isEqualTo(plain);
  }

  @Test
  void anOfficeMayBeHeldFromItsFirstPossibleDayToItsLast() {
    Office o = Office.builder().title("PM").from(PartialDate.parse("mid 2020-05")).to(PartialDate.ofYear(2022)).build();
    assertThat(o.mayBeHeldOn(LocalDate.of(2020, 5, 10))).isFalse();
    assertThat(o.mayBeHeldOn(LocalDate.of(2020, 5, 11))).isTrue();
    assertThat(o.mayBeHeldOn(LocalDate.of(2022, 12, 31))).isTrue();
    assertThat(o.mayBeHeldOn(LocalDate.of(2023, 1, 1))).isFalse();
    Office open = Office.builder().title("PM").build();
    assertThat(open.mayBeHeldOn(LocalDate.of(1, 1, 1))).isTrue();
    assertThat(open.acting()).isFalse();
  }

  @Test
  void derivedAttributesComeFromTheFields() {
    Actor a = actor().addAliases("A", "Syed Ali").build();
    assertThat(a.names()).containsExactly("Ali", "A", "Syed Ali");
    assertThat(a.ref()).hasToString("actor:a");
    assertThat(place().addAlias("G").build().names()).containsExactly("Gwadar", "G");
    assertThat(place().build().ref()).hasToString("place:gwadar");
    assertThat(agreement().build().ref()).hasToString("agreement:g");
    assertThat(assessment().build().ref()).hasToString("assessment:r");
    assertThat(citation().build().ref()).hasToString("citation:3");
    assertThat(erratum().build().ref()).hasToString("erratum:e");
    assertThat(event().build().ref()).hasToString("event:v");
    assertThat(event().build().when()).isEqualTo("2023");
    assertThat(figure().build().ref()).hasToString("figure:f");
    assertThat(figure().build().estimate()).isEqualTo(Estimate.exact(BigDecimal.TEN));
    Figure money = Figure.builder().from(figure().build()).quantity(java.util.Optional.empty()).amount(dollars("5")).build();
    assertThat(money.estimate()).isEqualTo(Estimate.exact(new BigDecimal("5")));
    assertThat(recommendation().build().ref()).hasToString("recommendation:rec");
    assertThat(recommendation().build().status()).isEqualTo(RecommendationStatus.OPEN);
    assertThat(relation().build().ref()).hasToString("relation:rel");
    assertThat(section().build().ref()).hasToString("section:s");
    assertThat(loan().build().ref()).hasToString("loan:l");
    assertThat(metadata().build().language()).isEqualTo("en");
  }
  @Test
  void anUnknownFieldIsAnsweredWithTheFirstNearestFieldAtMostTwoEditsAway() {
    String fields = " the fields are kind, name, unnamed, aliases, country, offices, possibleIdentities, summary): ";
    // Two edits from both kind and name: the first in the table's order is offered.
    assertThatThrownBy(() -> actor().provenance(sourced("nand")).build()).hasMessage("Invalid Actor 'a'.provenance.fields"
        + " (names 'nand', which Actor does not have; did you mean 'kind'?" + fields + "\"nand\"");
    // Three edits from kind: too far to offer.
    assertThatThrownBy(() -> actor().provenance(sourced("kxyz")).build()).hasMessage("Invalid Actor 'a'.provenance.fields"
        + " (names 'kxyz', which Actor does not have;" + fields + "\"kxyz\"");
    // One insertion, one deletion, one substitution.
    for (String near : new String[] {"countryy", "contry", "cuntry", "coantry", "ountry"}) {
      assertThatThrownBy(() -> actor().provenance(sourced(near)).build()).as(near)
          .hasMessageContaining("did you mean 'country'?");
    }
    assertThatThrownBy(() -> actor().provenance(sourced("offices2")).build()).hasMessageContaining("did you mean 'offices'?");
    assertThatThrownBy(() -> actor().provenance(sourced("aliasses")).build()).hasMessageContaining("did you mean 'aliases'?");
  }
}
