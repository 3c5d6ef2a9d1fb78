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
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The format, described once: every object of every format version with its fields in canonical
 * order, each with its JSON name, the kind of its value, whether it is required, the default that
 * is left out, the versions that have it, and the model's accessor and builder setter. The reader
 * ({@link TableReader}), the writer ({@link TableWriter}), the resolver of references ({@link
 * Resolver}) and the tests of the JSON Schema and of {@code docs/FORMAT.md} all walk these shapes.
 * Adding a field is one line here and one accessor in the model type; {@link Shape.Builder#since}
 * and {@code until} mark a field that a version adds or drops. The tests then ask for the field's
 * row in each version's JSON Schema and in {@code docs/FORMAT.md}, and, for a fact's field, its
 * entry in the model's {@code FactFields}.
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
  static final Shape<Sourcing> SOURCING = Shape.of("Sourcing", "sourcing", Sourcing.class)
      .one("basis", BASIS).since(2)
      .list("footnotes", FOOTNOTE, false).since(2)
      .list("sections", SECTION_REF, false).since(2)
      .optional("note", TEXT).since(2)
      .build();

  @SuppressWarnings("deprecation") // a version-1 location is read into the basis
  static final Shape<Provenance> PROVENANCE = Shape.<Provenance, Provenance.Builder>of("Provenance", "provenance",
          Provenance.class)
      .list("sections", SECTION_REF, true)
      .list("footnotes", FOOTNOTE, false)
      .optional("page", PAGE)
      .defaulted("location", enumOf(SourceLocation.class), SourceLocation.TEXT,
          p -> p.basis().location().orElse(SourceLocation.TEXT),
          (Provenance.Builder b, SourceLocation l) -> b.basis(Basis.of(l))).until(1, "basis")
      .defaulted("basis", BASIS, Basis.TEXT).since(2)
      .optional("note", TEXT).since(2)
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
  static final Shape<Amount> ORIGINAL_AMOUNT = estimate(Shape.made("Amount", "originalAmount", Amount.class,
          (s, v, extra) -> Amount.builder().estimate(estimate(s, v)).currency((Currency) s.value(v, "currency"))
              .unknownFields(extra).build()), Amount::estimate)
      .one("currency", CURRENCY)
      .build();

  static final Shape<Conversion> CONVERSION = Shape.of("Conversion", "conversion", Conversion.class)
      .one("from", object(ORIGINAL_AMOUNT))
      .one("rate", ValueKind.decimal("type:number", 12, 12, true))
      .one("date", ValueKind.fullDate("2023-07-27"))
      .one("source", TEXT)
      .build();

  static final Shape<Amount> AMOUNT = estimate(Shape.made("Amount", "amount", Amount.class,
          (s, v, extra) -> Amount.builder().estimate(estimate(s, v)).currency((Currency) s.value(v, "currency"))
              .conversion(Optional.ofNullable((Conversion) s.value(v, "conversion"))).unknownFields(extra).build()),
          Amount::estimate)
      .one("currency", CURRENCY)
      .optional("conversion", object(CONVERSION))
      .build();

  static final Shape<Quantity> QUANTITY = estimate(Shape.made("Quantity", "quantity", Quantity.class,
          (s, v, extra) -> Quantity.of(estimate(s, v), (String) s.value(v, "unit")).withUnknownFields(extra)),
          Quantity::estimate)
      .one("unit", UNIT)
      .build();

  // ---- the objects inside facts ----

  static final Shape<CitationProblem> CITATION_PROBLEM = Shape.made("CitationProblem", "citationProblem",
          CitationProblem.class, (s, v, extra) -> CitationProblem.of((CitationProblemKind) s.value(v, "kind"),
              (String) s.value(v, "note")).withUnknownFields(extra))
      .one("kind", enumOf(CitationProblemKind.class))
      .one("note", TEXT)
      .build();

  static final Shape<Office> OFFICE = Shape.of("Office", "office", Office.class)
      .one("title", TEXT)
      .optional("organisation", ACTOR_REF)
      .date("from", false)
      .date("to", false)
      .defaulted("acting", BOOLEAN, false)
      .optional("note", TEXT)
      .build();

  static final Shape<StatusChange> STATUS_CHANGE = Shape.of("StatusChange", "statusChange", StatusChange.class)
      .date("date", true)
      .one("status", enumOf(RecommendationStatus.class))
      .optional("note", TEXT)
      .build();

  /** A dated status of a loan or an agreement, oldest first in its fact's history. */
  @SuppressWarnings("unchecked") // the class of a generic type is raw
  private static <S extends Enum<S>> Shape<StatusEntry<S>> statusEntry(String schemaName, Class<S> status) {
    return Shape.<StatusEntry<S>, Object>of("StatusEntry", schemaName, (Class<StatusEntry<S>>) (Class<?>) StatusEntry.class)
        .date("date", true).since(2)
        .one("status", enumOf(status)).since(2)
        .optional("note", TEXT).since(2)
        .build();
  }

  static final Shape<StatusEntry<LoanStatus>> LOAN_STATUS = statusEntry("loanStatusChange", LoanStatus.class);

  static final Shape<StatusEntry<AgreementStatus>> AGREEMENT_STATUS =
      statusEntry("agreementStatusChange", AgreementStatus.class);

  static final Shape<PossibleIdentity> POSSIBLE_IDENTITY = Shape.of("PossibleIdentity", "possibleIdentity", PossibleIdentity.class)
      .one("actor", ACTOR_REF).since(2)
      .one("basis", BASIS).since(2)
      .list("footnotes", FOOTNOTE, false)
      .since(2)
      .optional("note", TEXT).since(2)
      .build();

  // ---- metadata and facts ----

  static final Shape<ReportMetadata> METADATA = Shape.of("Metadata", "metadata", ReportMetadata.class)
      .one("id", id(ReportId::of))
      .one("title", TEXT)
      .list("authors", TEXT, true)
      .one("publisher", TEXT)
      .optional("place", TEXT)
      .date("date", true)
      .optional("url", TEXT)
      .defaulted("language", TEXT, "en")
      .build();

  static final Shape<Section> SECTION = Shape.of("Section", "section", Section.class)
      .one("id", SECTION_ID)
      .one("title", TEXT)
      .optional("page", PAGE)
      .optional("parent", SECTION_REF)
      .build();

  static final Shape<Citation> CITATION = Shape.of("Citation", "citation", Citation.class)
      .one("footnote", FOOTNOTE_NUMBER)
      .list("authors", TEXT, false)
      .optional("title", TEXT)
      .optional("outlet", TEXT)
      .date("date", false)
      .optional("printedDate", TEXT)
      .optional("url", TEXT)
      .optional("linkTarget", TEXT).since(2)
      .optional("accessed", ValueKind.fullDate("2023-12-05"))
      .optional("ibid", FOOTNOTE)
      .optional("sameAs", FOOTNOTE)
      .list("problems", object(CITATION_PROBLEM), false)
      .one("provenance", PROVENANCE_OBJECT)
      .build();

  static final Shape<Actor> ACTOR = Shape.of("Actor", "actor", Actor.class)
      .one("id", ACTOR_ID)
      .one("kind", enumOf(ActorKind.class))
      .one("name", TEXT)
      .defaulted("unnamed", BOOLEAN, false).since(2)
      .list("aliases", TEXT, false)
      .optional("country", COUNTRY)
      .list("offices", object(OFFICE), false)
      .list("possibleIdentities", object(POSSIBLE_IDENTITY), false).since(2)
      .optional("summary", TEXT)
      .one("provenance", PROVENANCE_OBJECT)
      .build();

  static final Shape<Place> PLACE = Shape.of("Place", "place", Place.class)
      .one("id", PLACE_ID)
      .one("kind", enumOf(PlaceKind.class))
      .one("name", TEXT)
      .list("aliases", TEXT, false)
      .optional("country", COUNTRY)
      .optional("within", PLACE_REF)
      .one("provenance", PROVENANCE_OBJECT)
      .build();

  static final Shape<Relation> RELATION = Shape.of("Relation", "relation", Relation.class)
      .one("id", id(RelationId::of))
      .one("kind", enumOf(RelationKind.class))
      .one("from", ACTOR_REF)
      .one("to", ACTOR_REF)
      .date("date", false)
      .optional("summary", TEXT)
      .one("provenance", PROVENANCE_OBJECT)
      .build();

  static final Shape<Loan> LOAN = Shape.<Loan, Loan.Builder>of("Loan", "loan", Loan.class)
      .one("id", LOAN_ID)
      .one("kind", enumOf(LoanKind.class, LoanKind.FINANCING))
      .list("lenders", ACTOR_REF, true)
      .list("borrowers", ACTOR_REF, true)
      .optional("amount", object(AMOUNT))
      .one("status", enumOf(LoanStatus.class))
      .list("history", object(LOAN_STATUS), false).since(2)
      .date("date", false)
      .optional("term", PERIOD)
      .optional("extends", LOAN_REF, Loan::extendsLoan, Loan.Builder::extendsLoan)
      .optional("partOf", LOAN_REF)
      .optional("agreement", AGREEMENT_REF).since(2)
      .optional("purpose", TEXT)
      .list("places", PLACE_REF, false)
      .one("summary", TEXT)
      .one("provenance", PROVENANCE_OBJECT)
      .build();

  static final Shape<Agreement> AGREEMENT = Shape.of("Agreement", "agreement", Agreement.class)
      .one("id", AGREEMENT_ID)
      .one("kind", enumOf(AgreementKind.class))
      .optional("name", TEXT)
      .list("parties", ACTOR_REF, false)
      .one("status", enumOf(AgreementStatus.class))
      .list("history", object(AGREEMENT_STATUS), false)
      .since(2)
      .date("date", false)
      .list("places", PLACE_REF, false)
      .one("summary", TEXT)
      .one("provenance", PROVENANCE_OBJECT)
      .build();

  static final Shape<Recommendation> RECOMMENDATION = Shape.of("Recommendation", "recommendation", Recommendation.class)
      .one("id", id(RecommendationId::of))
      .one("number", ValueKind.integer("type:integer", 1, 100_000))
      .one("summary", TEXT)
      .list("addressees", ACTOR_REF, true)
      .list("subjects", ACTOR_REF, false)
      .list("themes", ValueKind.converted("id", "a theme id", Theme::of), true)
      .list("instruments", FACT_REF, false)
      .list("evidence", FACT_REF, false)
      .list("history", object(STATUS_CHANGE), true)
      .one("provenance", PROVENANCE_OBJECT)
      .build();

  static final Shape<Event> EVENT = Shape.of("Event", "event", Event.class)
      .one("id", id(EventId::of))
      .one("kind", enumOf(EventKind.class))
      .date("date", true).requiredUntil(1)
      .optional("noDate", enumOf(NoDate.class)).since(2)
      .list("actors", ACTOR_REF, false)
      .list("places", PLACE_REF, false)
      .list("related", FACT_REF, false)
      .one("summary", TEXT)
      .one("provenance", PROVENANCE_OBJECT)
      .build();

  static final Shape<Figure> FIGURE = Shape.of("Figure", "figure", Figure.class)
      .one("id", id(FigureId::of))
      .one("measure", ValueKind.converted("id", "a measure id", Measure::of))
      .optional("quantity", object(QUANTITY))
      .optional("amount", object(AMOUNT))
      .date("date", false)
      .list("actors", ACTOR_REF, false)
      .list("places", PLACE_REF, false)
      .one("summary", TEXT)
      .one("provenance", PROVENANCE_OBJECT)
      .build();

  static final Shape<Assessment> ASSESSMENT = Shape.of("Assessment", "assessment", Assessment.class)
      .one("id", id(AssessmentId::of))
      .one("kind", enumOf(AssessmentKind.class))
      .optional("likelihood", enumOf(Likelihood.class))
      .optional("printedLikelihood", TEXT)
      .list("actors", ACTOR_REF, false)
      .one("summary", TEXT)
      .one("provenance", PROVENANCE_OBJECT)
      .build();

  static final Shape<Erratum> ERRATUM = Shape.of("Erratum", "erratum", Erratum.class)
      .one("id", id(ErratumId::of))
      .one("kind", enumOf(ErratumKind.class))
      .one("printed", TEXT)
      .one("summary", TEXT)
      .list("refers", FACT_REF, false)
      .one("provenance", PROVENANCE_OBJECT)
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
    Shape.Builder<Report, Report.Builder> b = Shape.<Report, Report.Builder>of("Report", "report", Report.class)
        .one("schemaVersion", ValueKind.VERSION, r -> Json.SCHEMA_VERSION, null)
        .one("metadata", object(METADATA));
    for (FactKind kind : FactKind.inFormatOrder()) {
      Shape<?> facts = FACTS.get(kind);
      if (facts == null) {
        throw new IllegalStateException("Format has no shape for the facts of kind " + kind + "; add it to FACTS");
      }
      // Read with report.<listName>() and set with Report.Builder.addAll<ListName>, by name.
      b.list(kind.listName(), ValueKind.facts(kind, facts), kind == FactKind.SECTION);
    }
    return b.build();
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
    return Shape.reachable(REPORT, version);
  }
}
