package io.github.bilateral.io;

import static io.github.bilateral.io.ValueKind.BOOLEAN;
import static io.github.bilateral.io.ValueKind.COUNTRY;
import static io.github.bilateral.io.ValueKind.CURRENCY;
import static io.github.bilateral.io.ValueKind.FACT_REF;
import static io.github.bilateral.io.ValueKind.FOOTNOTE;
import static io.github.bilateral.io.ValueKind.FOOTNOTE_NUMBER;
import static io.github.bilateral.io.ValueKind.PAGE;
import static io.github.bilateral.io.ValueKind.PERIOD;
import static io.github.bilateral.io.ValueKind.TEXT;
import static io.github.bilateral.io.ValueKind.UNIT;
import static io.github.bilateral.io.ValueKind.enumOf;
import static io.github.bilateral.io.ValueKind.id;
import static io.github.bilateral.io.ValueKind.object;
import static io.github.bilateral.io.ValueKind.reference;

import com.google.common.collect.ImmutableMap;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.ActorKind;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.AgreementId;
import io.github.bilateral.model.AgreementKind;
import io.github.bilateral.model.AgreementStatus;
import io.github.bilateral.model.Amount;
import io.github.bilateral.model.Assessment;
import io.github.bilateral.model.AssessmentId;
import io.github.bilateral.model.AssessmentKind;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.CitationProblem;
import io.github.bilateral.model.CitationProblemKind;
import io.github.bilateral.model.Conversion;
import io.github.bilateral.model.Erratum;
import io.github.bilateral.model.ErratumId;
import io.github.bilateral.model.ErratumKind;
import io.github.bilateral.model.Estimate;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.EventId;
import io.github.bilateral.model.EventKind;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Figure;
import io.github.bilateral.model.FigureId;
import io.github.bilateral.model.Likelihood;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.LoanKind;
import io.github.bilateral.model.LoanStatus;
import io.github.bilateral.model.Measure;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.Place;
import io.github.bilateral.model.PlaceId;
import io.github.bilateral.model.PlaceKind;
import io.github.bilateral.model.Provenance;
import io.github.bilateral.model.Quantity;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.RecommendationId;
import io.github.bilateral.model.RecommendationStatus;
import io.github.bilateral.model.Relation;
import io.github.bilateral.model.RelationId;
import io.github.bilateral.model.RelationKind;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.ReportId;
import io.github.bilateral.model.ReportMetadata;
import io.github.bilateral.model.Section;
import io.github.bilateral.model.SectionId;
import io.github.bilateral.model.SourceLocation;
import io.github.bilateral.model.StatusChange;
import io.github.bilateral.model.Theme;
import io.github.bilateral.model.StatusEntry;
import io.github.bilateral.model.Sourcing;
import io.github.bilateral.model.PossibleIdentity;
import io.github.bilateral.model.NoDate;
import io.github.bilateral.model.Basis;
import io.github.bilateral.model.UnknownFields;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The format, described once: every object of format version 1 with its fields in canonical order,
 * each with its JSON name, the kind of its value, whether it is required, the default that is left
 * out, and the model's accessor and builder setter. The reader ({@link TableReader}), the writer
 * ({@link TableWriter}), the resolver of references ({@link Resolver}) and the tests of the JSON
 * Schema and of {@code docs/FORMAT.md} all walk these shapes. Adding a field is one line here and
 * one accessor in the model type; {@link Shape.Builder#since} marks a field that a later version
 * of the format adds.
 */
final class Format {

  private Format() {}

  // ---- ids and references: one kind per id type, so that each kind's ids are kept once per load ----

  private static final ValueKind ACTOR_ID = id(ActorId::of);
  private static final ValueKind PLACE_ID = id(PlaceId::of);
  private static final ValueKind LOAN_ID = id(LoanId::of);
  private static final ValueKind SECTION_ID = id(SectionId::of);
  private static final ValueKind ACTOR_REF = reference(FactKind.ACTOR, ACTOR_ID);
  private static final ValueKind PLACE_REF = reference(FactKind.PLACE, PLACE_ID);
  private static final ValueKind LOAN_REF = reference(FactKind.LOAN, LOAN_ID);
  private static final ValueKind SECTION_REF = reference(FactKind.SECTION, SECTION_ID);
  private static final ValueKind AGREEMENT_ID = id(AgreementId::of);
  private static final ValueKind AGREEMENT_REF = reference(FactKind.AGREEMENT, AGREEMENT_ID);
  private static final ValueKind BASIS = enumOf(Basis.class);
  private static final ValueKind AMOUNT_VALUE = ValueKind.decimal("amountValue", 16, 6, false);

  // ---- shared shapes ----

  /** How one value of a fact is sourced, when not as the fact as a whole. */
  static final Shape<Sourcing> SOURCING = Shape.of("Sourcing", "sourcing", Sourcing::builder, Sourcing.Builder::build,
          Sourcing.Builder::unknownFields, Sourcing::unknownFields)
      .one("basis", BASIS, Sourcing::basis, Sourcing.Builder::basis).since(2)
      .list("footnotes", FOOTNOTE, false, Sourcing::footnotes, Sourcing.Builder::addAllFootnotes).since(2)
      .list("sections", SECTION_REF, false, Sourcing::sections, Sourcing.Builder::addAllSections).since(2)
      .optional("note", TEXT, Sourcing::note, Sourcing.Builder::note).since(2)
      .build();

  @SuppressWarnings("deprecation") // a version-1 location is read into the basis
  static final Shape<Provenance> PROVENANCE = Shape.of("Provenance", "provenance", Provenance::builder,
          Provenance.Builder::build, Provenance.Builder::unknownFields, Provenance::unknownFields)
      .list("sections", SECTION_REF, true, Provenance::sections, Provenance.Builder::addAllSections)
      .list("footnotes", FOOTNOTE, false, Provenance::footnotes, Provenance.Builder::addAllFootnotes)
      .optionalInt("page", PAGE, Provenance::page, Provenance.Builder::page)
      .defaulted("location", enumOf(SourceLocation.class), SourceLocation.TEXT,
          p -> p.basis().location().orElse(SourceLocation.TEXT),
          (Provenance.Builder b, SourceLocation l) -> b.basis(Basis.of(l))).until(1, "basis")
      .defaulted("basis", BASIS, Basis.TEXT, Provenance::basis, Provenance.Builder::basis).since(2)
      .optional("note", TEXT, Provenance::note, Provenance.Builder::note).since(2)
      .defaulted("fields", ValueKind.map(SOURCING), ImmutableMap.of(), Provenance::fields,
          Provenance.Builder::putAllFields).since(2)
      .build();

  private static final ValueKind PROVENANCE_OBJECT = object(PROVENANCE);

  /** Adds an Estimate's fields, which Amount and Quantity inline. */
  private static <T> Shape.Builder<T, Void> estimate(Shape.Builder<T, Void> b, Function<T, Estimate> e) {
    return b.optional("value", AMOUNT_VALUE, t -> e.apply(t).value(), null).required().requiredUntil(1)
        .defaulted("qualifier", enumOf(Estimate.Qualifier.class, Estimate.Qualifier.SEVERAL,
            Estimate.Qualifier.DOZENS, Estimate.Qualifier.HUNDREDS, Estimate.Qualifier.THOUSANDS,
            Estimate.Qualifier.MILLIONS, Estimate.Qualifier.BILLIONS), Estimate.Qualifier.EXACT,
            t -> e.apply(t).qualifier(), null)
        .optional("printed", TEXT, t -> e.apply(t).printed(), null);
  }

  private static Estimate estimate(Shape<?> s, Object[] v) {
    Estimate.Qualifier q = (Estimate.Qualifier) s.value(v, "qualifier");
    BigDecimal value = (BigDecimal) s.value(v, "value");
    String printed = (String) s.value(v, "printed");
    if (q != null && q.isVague() && value == null) {
      if (printed == null) {
        throw new IllegalArgumentException("Invalid Estimate.printed (required with the vague qualifier "
            + Json.name(q) + ": give the words as printed, such as \"dozens of\")");
      }
      return Estimate.vague(q, printed);
    }
    if (value == null) {
      throw new IllegalArgumentException("Invalid Estimate.value (required unless the qualifier is vague:"
          + " several, dozens, hundreds, thousands, millions or billions)");
    }
    return Estimate.of(q == null ? Estimate.Qualifier.EXACT : q, value).withPrinted(Optional.ofNullable(printed));
  }

  /** An estimate standing alone; inside the format its fields are inlined in Amount and Quantity. */
  static final Shape<Estimate> ESTIMATE = estimate(Shape.<Estimate>made("Estimate", "estimate",
          (s, v, extra) -> {
            if (!extra.isEmpty()) {
              throw new IllegalArgumentException("An Estimate standing alone keeps no unknown fields: " + extra);
            }
            return estimate(s, v);
          }, e -> UnknownFields.of()), e -> e)
      .build();

  /** The original amount of a conversion, which is not itself converted. */
  static final Shape<Amount> ORIGINAL_AMOUNT = estimate(Shape.<Amount>made("Amount", "originalAmount",
          (s, v, extra) -> Amount.builder().estimate(estimate(s, v)).currency((Currency) s.value(v, "currency"))
              .unknownFields(extra).build(), Amount::unknownFields), Amount::estimate)
      .one("currency", CURRENCY, Amount::currency, null)
      .build();

  static final Shape<Conversion> CONVERSION = Shape.of("Conversion", "conversion", Conversion::builder,
          Conversion.Builder::build, Conversion.Builder::unknownFields, Conversion::unknownFields)
      .one("from", object(ORIGINAL_AMOUNT), Conversion::from, Conversion.Builder::from)
      .one("rate", ValueKind.decimal("type:number", 12, 12, true), Conversion::rate, Conversion.Builder::rate)
      .one("date", ValueKind.fullDate("2023-07-27"), Conversion::date, Conversion.Builder::date)
      .one("source", TEXT, Conversion::source, Conversion.Builder::source)
      .build();

  static final Shape<Amount> AMOUNT = estimate(Shape.<Amount>made("Amount", "amount",
          (s, v, extra) -> Amount.builder().estimate(estimate(s, v)).currency((Currency) s.value(v, "currency"))
              .conversion(Optional.ofNullable((Conversion) s.value(v, "conversion"))).unknownFields(extra).build(),
          Amount::unknownFields), Amount::estimate)
      .one("currency", CURRENCY, Amount::currency, null)
      .optional("conversion", object(CONVERSION), Amount::conversion, null)
      .build();

  static final Shape<Quantity> QUANTITY = estimate(Shape.<Quantity>made("Quantity", "quantity",
          (s, v, extra) -> Quantity.of(estimate(s, v), (String) s.value(v, "unit")).withUnknownFields(extra),
          Quantity::unknownFields), Quantity::estimate)
      .one("unit", UNIT, Quantity::unit, null)
      .build();

  // ---- the objects inside facts ----

  static final Shape<CitationProblem> CITATION_PROBLEM = Shape.<CitationProblem>made("CitationProblem",
          "citationProblem", (s, v, extra) -> CitationProblem.of((CitationProblemKind) s.value(v, "kind"),
              (String) s.value(v, "note")).withUnknownFields(extra), CitationProblem::unknownFields)
      .one("kind", enumOf(CitationProblemKind.class), CitationProblem::kind, null)
      .one("note", TEXT, CitationProblem::note, null)
      .build();

  static final Shape<Office> OFFICE = Shape.of("Office", "office", Office::builder, Office.Builder::build,
          Office.Builder::unknownFields, Office::unknownFields)
      .one("title", TEXT, Office::title, Office.Builder::title)
      .optional("organisation", ACTOR_REF, Office::organisation, Office.Builder::organisation)
      .date("from", false, Office::from, Office.Builder::from)
      .date("to", false, Office::to, Office.Builder::to)
      .defaulted("acting", BOOLEAN, false, Office::acting, Office.Builder::acting)
      .optional("note", TEXT, Office::note, Office.Builder::note)
      .build();

  static final Shape<StatusChange> STATUS_CHANGE = Shape.of("StatusChange", "statusChange",
          StatusChange::builder, StatusChange.Builder::build, StatusChange.Builder::unknownFields,
          StatusChange::unknownFields)
      .date("date", true, StatusChange::date, StatusChange.Builder::date)
      .one("status", enumOf(RecommendationStatus.class), StatusChange::status, StatusChange.Builder::status)
      .optional("note", TEXT, StatusChange::note, StatusChange.Builder::note)
      .build();

  /** A dated status of a loan or an agreement, oldest first in its fact's history. */
  private static <S extends Enum<S>> Shape<StatusEntry<S>> statusEntry(String schemaName, Class<S> status) {
    return Shape.<StatusEntry<S>, StatusEntry.Builder<S>>of("StatusEntry", schemaName, StatusEntry::<S>builder,
            StatusEntry.Builder::build, StatusEntry.Builder::unknownFields, StatusEntry::unknownFields)
        .date("date", true, StatusEntry::date, StatusEntry.Builder::date).since(2)
        .one("status", enumOf(status), StatusEntry::status, StatusEntry.Builder::status).since(2)
        .optional("note", TEXT, StatusEntry::note, StatusEntry.Builder::note).since(2)
        .build();
  }

  static final Shape<StatusEntry<LoanStatus>> LOAN_STATUS = statusEntry("loanStatusChange", LoanStatus.class);

  static final Shape<StatusEntry<AgreementStatus>> AGREEMENT_STATUS =
      statusEntry("agreementStatusChange", AgreementStatus.class);

  static final Shape<PossibleIdentity> POSSIBLE_IDENTITY = Shape.of("PossibleIdentity", "possibleIdentity",
          PossibleIdentity::builder, PossibleIdentity.Builder::build, PossibleIdentity.Builder::unknownFields,
          PossibleIdentity::unknownFields)
      .one("actor", ACTOR_REF, PossibleIdentity::actor, PossibleIdentity.Builder::actor).since(2)
      .one("basis", BASIS, PossibleIdentity::basis, PossibleIdentity.Builder::basis).since(2)
      .list("footnotes", FOOTNOTE, false, PossibleIdentity::footnotes, PossibleIdentity.Builder::addAllFootnotes)
      .since(2)
      .optional("note", TEXT, PossibleIdentity::note, PossibleIdentity.Builder::note).since(2)
      .build();

  // ---- metadata and facts ----

  static final Shape<ReportMetadata> METADATA = Shape.of("Metadata", "metadata", ReportMetadata::builder,
          ReportMetadata.Builder::build, ReportMetadata.Builder::unknownFields, ReportMetadata::unknownFields)
      .one("id", id(ReportId::of), ReportMetadata::id, ReportMetadata.Builder::id)
      .one("title", TEXT, ReportMetadata::title, ReportMetadata.Builder::title)
      .list("authors", TEXT, true, ReportMetadata::authors, ReportMetadata.Builder::addAllAuthors)
      .one("publisher", TEXT, ReportMetadata::publisher, ReportMetadata.Builder::publisher)
      .optional("place", TEXT, ReportMetadata::place, ReportMetadata.Builder::place)
      .date("date", true, ReportMetadata::date, ReportMetadata.Builder::date)
      .optional("url", TEXT, ReportMetadata::url, ReportMetadata.Builder::url)
      .defaulted("language", TEXT, "en", ReportMetadata::language, ReportMetadata.Builder::language)
      .build();

  static final Shape<Section> SECTION = Shape.of("Section", "section", Section::builder, Section.Builder::build,
          Section.Builder::unknownFields, Section::unknownFields)
      .one("id", SECTION_ID, Section::id, Section.Builder::id)
      .one("title", TEXT, Section::title, Section.Builder::title)
      .optionalInt("page", PAGE, Section::page, Section.Builder::page)
      .optional("parent", SECTION_REF, Section::parent, Section.Builder::parent)
      .build();

  static final Shape<Citation> CITATION = Shape.of("Citation", "citation", Citation::builder,
          Citation.Builder::build, Citation.Builder::unknownFields, Citation::unknownFields)
      .one("footnote", FOOTNOTE_NUMBER, Citation::footnote, Citation.Builder::footnote)
      .list("authors", TEXT, false, Citation::authors, Citation.Builder::addAllAuthors)
      .optional("title", TEXT, Citation::title, Citation.Builder::title)
      .optional("outlet", TEXT, Citation::outlet, Citation.Builder::outlet)
      .date("date", false, Citation::date, Citation.Builder::date)
      .optional("printedDate", TEXT, Citation::printedDate, Citation.Builder::printedDate)
      .optional("url", TEXT, Citation::url, Citation.Builder::url)
      .optional("linkTarget", TEXT, Citation::linkTarget, Citation.Builder::linkTarget).since(2)
      .optional("accessed", ValueKind.fullDate("2023-12-05"), Citation::accessed, Citation.Builder::accessed)
      .optionalInt("ibid", FOOTNOTE, Citation::ibid, Citation.Builder::ibid)
      .optionalInt("sameAs", FOOTNOTE, Citation::sameAs, Citation.Builder::sameAs)
      .list("problems", object(CITATION_PROBLEM), false, Citation::problems, Citation.Builder::addAllProblems)
      .one("provenance", PROVENANCE_OBJECT, Citation::provenance, Citation.Builder::provenance)
      .build();

  static final Shape<Actor> ACTOR = Shape.of("Actor", "actor", Actor::builder, Actor.Builder::build,
          Actor.Builder::unknownFields, Actor::unknownFields)
      .one("id", ACTOR_ID, Actor::id, Actor.Builder::id)
      .one("kind", enumOf(ActorKind.class), Actor::kind, Actor.Builder::kind)
      .one("name", TEXT, Actor::name, Actor.Builder::name)
      .defaulted("unnamed", BOOLEAN, false, Actor::unnamed, Actor.Builder::unnamed).since(2)
      .list("aliases", TEXT, false, Actor::aliases, Actor.Builder::addAllAliases)
      .optional("country", COUNTRY, Actor::country, Actor.Builder::country)
      .list("offices", object(OFFICE), false, Actor::offices, Actor.Builder::addAllOffices)
      .list("possibleIdentities", object(POSSIBLE_IDENTITY), false, Actor::possibleIdentities,
          Actor.Builder::addAllPossibleIdentities).since(2)
      .optional("summary", TEXT, Actor::summary, Actor.Builder::summary)
      .one("provenance", PROVENANCE_OBJECT, Actor::provenance, Actor.Builder::provenance)
      .build();

  static final Shape<Place> PLACE = Shape.of("Place", "place", Place::builder, Place.Builder::build,
          Place.Builder::unknownFields, Place::unknownFields)
      .one("id", PLACE_ID, Place::id, Place.Builder::id)
      .one("kind", enumOf(PlaceKind.class), Place::kind, Place.Builder::kind)
      .one("name", TEXT, Place::name, Place.Builder::name)
      .list("aliases", TEXT, false, Place::aliases, Place.Builder::addAllAliases)
      .optional("country", COUNTRY, Place::country, Place.Builder::country)
      .optional("within", PLACE_REF, Place::within, Place.Builder::within)
      .one("provenance", PROVENANCE_OBJECT, Place::provenance, Place.Builder::provenance)
      .build();

  static final Shape<Relation> RELATION = Shape.of("Relation", "relation", Relation::builder,
          Relation.Builder::build, Relation.Builder::unknownFields, Relation::unknownFields)
      .one("id", id(RelationId::of), Relation::id, Relation.Builder::id)
      .one("kind", enumOf(RelationKind.class), Relation::kind, Relation.Builder::kind)
      .one("from", ACTOR_REF, Relation::from, Relation.Builder::from)
      .one("to", ACTOR_REF, Relation::to, Relation.Builder::to)
      .date("date", false, Relation::date, Relation.Builder::date)
      .optional("summary", TEXT, Relation::summary, Relation.Builder::summary)
      .one("provenance", PROVENANCE_OBJECT, Relation::provenance, Relation.Builder::provenance)
      .build();

  static final Shape<Loan> LOAN = Shape.of("Loan", "loan", Loan::builder, Loan.Builder::build,
          Loan.Builder::unknownFields, Loan::unknownFields)
      .one("id", LOAN_ID, Loan::id, Loan.Builder::id)
      .one("kind", enumOf(LoanKind.class, LoanKind.FINANCING), Loan::kind, Loan.Builder::kind)
      .list("lenders", ACTOR_REF, true, Loan::lenders, Loan.Builder::addAllLenders)
      .list("borrowers", ACTOR_REF, true, Loan::borrowers, Loan.Builder::addAllBorrowers)
      .optional("amount", object(AMOUNT), Loan::amount, Loan.Builder::amount)
      .one("status", enumOf(LoanStatus.class), Loan::status, Loan.Builder::status)
      .list("history", object(LOAN_STATUS), false, Loan::history, Loan.Builder::addAllHistory).since(2)
      .date("date", false, Loan::date, Loan.Builder::date)
      .optional("term", PERIOD, Loan::term, Loan.Builder::term)
      .optional("extends", LOAN_REF, Loan::extendsLoan, Loan.Builder::extendsLoan)
      .optional("partOf", LOAN_REF, Loan::partOf, Loan.Builder::partOf)
      .optional("agreement", AGREEMENT_REF, Loan::agreement, Loan.Builder::agreement).since(2)
      .optional("purpose", TEXT, Loan::purpose, Loan.Builder::purpose)
      .list("places", PLACE_REF, false, Loan::places, Loan.Builder::addAllPlaces)
      .one("summary", TEXT, Loan::summary, Loan.Builder::summary)
      .one("provenance", PROVENANCE_OBJECT, Loan::provenance, Loan.Builder::provenance)
      .build();

  static final Shape<Agreement> AGREEMENT = Shape.of("Agreement", "agreement", Agreement::builder,
          Agreement.Builder::build, Agreement.Builder::unknownFields, Agreement::unknownFields)
      .one("id", AGREEMENT_ID, Agreement::id, Agreement.Builder::id)
      .one("kind", enumOf(AgreementKind.class), Agreement::kind, Agreement.Builder::kind)
      .optional("name", TEXT, Agreement::name, Agreement.Builder::name)
      .list("parties", ACTOR_REF, false, Agreement::parties, Agreement.Builder::addAllParties)
      .one("status", enumOf(AgreementStatus.class), Agreement::status, Agreement.Builder::status)
      .list("history", object(AGREEMENT_STATUS), false, Agreement::history, Agreement.Builder::addAllHistory)
      .since(2)
      .date("date", false, Agreement::date, Agreement.Builder::date)
      .list("places", PLACE_REF, false, Agreement::places, Agreement.Builder::addAllPlaces)
      .one("summary", TEXT, Agreement::summary, Agreement.Builder::summary)
      .one("provenance", PROVENANCE_OBJECT, Agreement::provenance, Agreement.Builder::provenance)
      .build();

  static final Shape<Recommendation> RECOMMENDATION = Shape.of("Recommendation", "recommendation",
          Recommendation::builder, Recommendation.Builder::build, Recommendation.Builder::unknownFields,
          Recommendation::unknownFields)
      .one("id", id(RecommendationId::of), Recommendation::id, Recommendation.Builder::id)
      .one("number", ValueKind.integer("type:integer", 1, 100_000), Recommendation::number,
          Recommendation.Builder::number)
      .one("summary", TEXT, Recommendation::summary, Recommendation.Builder::summary)
      .list("addressees", ACTOR_REF, true, Recommendation::addressees, Recommendation.Builder::addAllAddressees)
      .list("subjects", ACTOR_REF, false, Recommendation::subjects, Recommendation.Builder::addAllSubjects)
      .list("themes", ValueKind.converted("id", "a theme id", Theme::of), true, Recommendation::themes,
          Recommendation.Builder::addAllThemes)
      .list("instruments", FACT_REF, false, Recommendation::instruments, Recommendation.Builder::addAllInstruments)
      .list("evidence", FACT_REF, false, Recommendation::evidence, Recommendation.Builder::addAllEvidence)
      .list("history", object(STATUS_CHANGE), true, Recommendation::history, Recommendation.Builder::addAllHistory)
      .one("provenance", PROVENANCE_OBJECT, Recommendation::provenance, Recommendation.Builder::provenance)
      .build();

  static final Shape<Event> EVENT = Shape.of("Event", "event", Event::builder, Event.Builder::build,
          Event.Builder::unknownFields, Event::unknownFields)
      .one("id", id(EventId::of), Event::id, Event.Builder::id)
      .one("kind", enumOf(EventKind.class), Event::kind, Event.Builder::kind)
      .date("date", true, Event::date, Event.Builder::date).requiredUntil(1)
      .optional("noDate", enumOf(NoDate.class), Event::noDate, Event.Builder::noDate).since(2)
      .list("actors", ACTOR_REF, false, Event::actors, Event.Builder::addAllActors)
      .list("places", PLACE_REF, false, Event::places, Event.Builder::addAllPlaces)
      .list("related", FACT_REF, false, Event::related, Event.Builder::addAllRelated)
      .one("summary", TEXT, Event::summary, Event.Builder::summary)
      .one("provenance", PROVENANCE_OBJECT, Event::provenance, Event.Builder::provenance)
      .build();

  static final Shape<Figure> FIGURE = Shape.of("Figure", "figure", Figure::builder, Figure.Builder::build,
          Figure.Builder::unknownFields, Figure::unknownFields)
      .one("id", id(FigureId::of), Figure::id, Figure.Builder::id)
      .one("measure", ValueKind.converted("id", "a measure id", Measure::of), Figure::measure,
          Figure.Builder::measure)
      .optional("quantity", object(QUANTITY), Figure::quantity, Figure.Builder::quantity)
      .optional("amount", object(AMOUNT), Figure::amount, Figure.Builder::amount)
      .date("date", false, Figure::date, Figure.Builder::date)
      .list("actors", ACTOR_REF, false, Figure::actors, Figure.Builder::addAllActors)
      .list("places", PLACE_REF, false, Figure::places, Figure.Builder::addAllPlaces)
      .one("summary", TEXT, Figure::summary, Figure.Builder::summary)
      .one("provenance", PROVENANCE_OBJECT, Figure::provenance, Figure.Builder::provenance)
      .build();

  static final Shape<Assessment> ASSESSMENT = Shape.of("Assessment", "assessment", Assessment::builder,
          Assessment.Builder::build, Assessment.Builder::unknownFields, Assessment::unknownFields)
      .one("id", id(AssessmentId::of), Assessment::id, Assessment.Builder::id)
      .one("kind", enumOf(AssessmentKind.class), Assessment::kind, Assessment.Builder::kind)
      .optional("likelihood", enumOf(Likelihood.class), Assessment::likelihood, Assessment.Builder::likelihood)
      .optional("printedLikelihood", TEXT, Assessment::printedLikelihood, Assessment.Builder::printedLikelihood)
      .list("actors", ACTOR_REF, false, Assessment::actors, Assessment.Builder::addAllActors)
      .one("summary", TEXT, Assessment::summary, Assessment.Builder::summary)
      .one("provenance", PROVENANCE_OBJECT, Assessment::provenance, Assessment.Builder::provenance)
      .build();

  static final Shape<Erratum> ERRATUM = Shape.of("Erratum", "erratum", Erratum::builder, Erratum.Builder::build,
          Erratum.Builder::unknownFields, Erratum::unknownFields)
      .one("id", id(ErratumId::of), Erratum::id, Erratum.Builder::id)
      .one("kind", enumOf(ErratumKind.class), Erratum::kind, Erratum.Builder::kind)
      .one("printed", TEXT, Erratum::printed, Erratum.Builder::printed)
      .one("summary", TEXT, Erratum::summary, Erratum.Builder::summary)
      .list("refers", FACT_REF, false, Erratum::refers, Erratum.Builder::addAllRefers)
      .one("provenance", PROVENANCE_OBJECT, Erratum::provenance, Erratum.Builder::provenance)
      .build();

  // ---- the report ----

  private static final Map<FactKind, Shape<?>> FACTS = new EnumMap<>(Map.ofEntries(
      Map.entry(FactKind.SECTION, SECTION), Map.entry(FactKind.CITATION, CITATION),
      Map.entry(FactKind.ACTOR, ACTOR), Map.entry(FactKind.PLACE, PLACE),
      Map.entry(FactKind.RELATION, RELATION), Map.entry(FactKind.LOAN, LOAN),
      Map.entry(FactKind.AGREEMENT, AGREEMENT), Map.entry(FactKind.RECOMMENDATION, RECOMMENDATION),
      Map.entry(FactKind.EVENT, EVENT), Map.entry(FactKind.FIGURE, FIGURE),
      Map.entry(FactKind.ASSESSMENT, ASSESSMENT), Map.entry(FactKind.ERRATUM, ERRATUM)));

  /** The shape of the facts of {@code kind}. */
  static Shape<?> shape(FactKind kind) {
    return FACTS.get(kind);
  }

  /** The report: its version, its metadata, then one list per kind of fact, in the kinds' format order. */
  static final Shape<Report> REPORT = report();

  private static Shape<Report> report() {
    Shape.Builder<Report, Report.Builder> b = Shape.of("Report", "report", Report::builder, Report.Builder::build,
            Report.Builder::unknownFields, Report::unknownFields)
        .one("schemaVersion", ValueKind.VERSION, r -> Json.SCHEMA_VERSION, null)
        .one("metadata", object(METADATA), Report::metadata, Report.Builder::metadata);
    for (FactKind kind : FactKind.inFormatOrder()) {
      b.list(kind.listName(), ValueKind.facts(kind, FACTS.get(kind)), kind == FactKind.SECTION,
          r -> kind.facts(r), (builder, facts) -> addAll(builder, kind, facts));
    }
    return b.build();
  }

  /** Adds a list of facts of {@code kind} to the report being built. */
  @SuppressWarnings("unchecked")
  private static void addAll(Report.Builder b, FactKind kind, Iterable<?> facts) {
    switch (kind) {
      case ACTOR: b.addAllActors((List<Actor>) facts); break;
      case PLACE: b.addAllPlaces((List<Place>) facts); break;
      case LOAN: b.addAllLoans((List<Loan>) facts); break;
      case AGREEMENT: b.addAllAgreements((List<Agreement>) facts); break;
      case RECOMMENDATION: b.addAllRecommendations((List<Recommendation>) facts); break;
      case EVENT: b.addAllEvents((List<Event>) facts); break;
      case FIGURE: b.addAllFigures((List<Figure>) facts); break;
      case ASSESSMENT: b.addAllAssessments((List<Assessment>) facts); break;
      case RELATION: b.addAllRelations((List<Relation>) facts); break;
      case SECTION: b.addAllSections((List<Section>) facts); break;
      case CITATION: b.addAllCitations((List<Citation>) facts); break;
      case ERRATUM: b.addAllErrata((List<Erratum>) facts); break;
      default: throw new AssertionError(kind);
    }
  }

  /** The shapes of the values that also stand alone as text, by their model type. */
  static final ImmutableMap<Class<?>, Shape<?>> STANDALONE = ImmutableMap.<Class<?>, Shape<?>>builder()
      .put(Estimate.class, ESTIMATE).put(Amount.class, AMOUNT).put(Quantity.class, QUANTITY)
      .put(Conversion.class, CONVERSION).put(Provenance.class, PROVENANCE).put(Office.class, OFFICE)
      .put(CitationProblem.class, CITATION_PROBLEM).put(StatusChange.class, STATUS_CHANGE)
      .put(Sourcing.class, SOURCING).put(PossibleIdentity.class, POSSIBLE_IDENTITY)
      .buildOrThrow();

  /** Every object shape of a report of format version {@code version}, by its schema name, in the order they are met. */
  static ImmutableMap<String, Shape<?>> shapes(int version) {
    Map<String, Shape<?>> found = new java.util.LinkedHashMap<>();
    collect(REPORT, version, found);
    return ImmutableMap.copyOf(found);
  }

  private static void collect(Shape<?> shape, int version, Map<String, Shape<?>> found) {
    if (found.putIfAbsent(shape.schemaName(), shape) != null) {
      return;
    }
    for (Field f : shape.typedFields()) {
      if (f.inVersion(version)) {
        Shape<?> inner = f.kind.shape() != null ? f.kind.shape() : f.kind.mapValues();
        if (inner != null) {
          collect(inner, version, found);
        }
      }
    }
  }

  /** Every object shape of a report by its schema name, in the newest format version. */
  static final ImmutableMap<String, Shape<?>> ALL = ImmutableMap.<String, Shape<?>>builder()
      .put("report", REPORT).put("provenance", PROVENANCE).put("amount", AMOUNT)
      .put("originalAmount", ORIGINAL_AMOUNT).put("conversion", CONVERSION).put("quantity", QUANTITY)
      .put("metadata", METADATA).put("section", SECTION).put("citation", CITATION)
      .put("citationProblem", CITATION_PROBLEM).put("actor", ACTOR).put("office", OFFICE)
      .put("place", PLACE).put("relation", RELATION).put("loan", LOAN).put("agreement", AGREEMENT)
      .put("recommendation", RECOMMENDATION).put("statusChange", STATUS_CHANGE).put("event", EVENT)
      .put("figure", FIGURE).put("assessment", ASSESSMENT).put("erratum", ERRATUM)
      .put("sourcing", SOURCING).put("possibleIdentity", POSSIBLE_IDENTITY).put("loanStatusChange", LOAN_STATUS)
      .put("agreementStatusChange", AGREEMENT_STATUS)
      .buildOrThrow();
}
