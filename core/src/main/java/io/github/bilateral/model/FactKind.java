package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kinds of fact a report holds and a {@link FactRef} can point to: the one registry of them.
 * Each kind has its word in text and JSON (its lowercase name, such as {@code agreement}), the name
 * of its list in a report's JSON ({@code agreements}), its model type ({@link Agreement}), its id
 * type ({@link AgreementId}; a citation is named by its footnote number) and the accessor of its
 * list on a {@link Report}. Code that handles every kind walks this enum rather than spelling the
 * kinds out.
 *
 * <pre>{@code
 * for (FactKind kind : FactKind.inFormatOrder()) {
 *   System.out.println(kind.listName() + ": " + kind.facts(report).size());
 * }
 * FactKind.forListName("errata");   // Optional[ERRATUM]
 * }</pre>
 *
 * <p>The order of the constants is the order of {@link FactRef#compareTo}; the order of the lists in
 * a report's JSON is {@link #inFormatOrder()}.
 */
public enum FactKind {
  /** An {@link Actor}. */
  ACTOR("actors", Actor.class, ActorId.class, Report::actors),
  /** A {@link Place}. */
  PLACE("places", Place.class, PlaceId.class, Report::places),
  /** A {@link Loan}. */
  LOAN("loans", Loan.class, LoanId.class, Report::loans),
  /** An {@link Agreement}. */
  AGREEMENT("agreements", Agreement.class, AgreementId.class, Report::agreements),
  /** A {@link Recommendation}. */
  RECOMMENDATION("recommendations", Recommendation.class, RecommendationId.class, Report::recommendations),
  /** An {@link Event}. */
  EVENT("events", Event.class, EventId.class, Report::events),
  /** A {@link Figure}. */
  FIGURE("figures", Figure.class, FigureId.class, Report::figures),
  /** An {@link Assessment}. */
  ASSESSMENT("assessments", Assessment.class, AssessmentId.class, Report::assessments),
  /** A {@link Relation}. */
  RELATION("relations", Relation.class, RelationId.class, Report::relations),
  /** A {@link Section}. */
  SECTION("sections", Section.class, SectionId.class, Report::sections),
  /** A {@link Citation}, named by its footnote number. */
  CITATION("citations", Citation.class, Integer.class, Report::citations),
  /** An {@link Erratum}. */
  ERRATUM("errata", Erratum.class, ErratumId.class, Report::errata);

  private static final ImmutableList<FactKind> FORMAT_ORDER = ImmutableList.of(SECTION, CITATION, ACTOR, PLACE,
      RELATION, LOAN, AGREEMENT, RECOMMENDATION, EVENT, FIGURE, ASSESSMENT, ERRATUM);

  private final String word = name().toLowerCase(Locale.ROOT);
  private final String listName;
  private final Class<?> modelType;
  private final Class<?> idType;
  private final Function<Report, ImmutableList<?>> list;

  FactKind(String listName, Class<?> modelType, Class<?> idType, Function<Report, ImmutableList<?>> list) {
    this.listName = listName;
    this.modelType = modelType;
    this.idType = idType;
    this.list = list;
  }

  /**
   * Returns the lowercase name used in text and JSON, such as {@code "agreement"}.
   *
   * @return the word, not null
   */
  public String word() {
    return word;
  }

  /**
   * Returns the name of this kind's list in a report's JSON and in exports, such as {@code
   * "agreements"} or {@code "errata"}.
   *
   * @return the list name, not null
   */
  public String listName() {
    return listName;
  }

  /**
   * Returns the model type of this kind's facts, such as {@code Agreement.class}. Every kind's type
   * but {@link Section}'s implements {@link Fact}.
   *
   * @return the class, not null
   */
  public Class<?> modelType() {
    return modelType;
  }

  /**
   * Returns the type of this kind's ids, such as {@code AgreementId.class}; {@code Integer.class}
   * for a citation, which is named by its footnote number.
   *
   * @return the class, not null
   */
  public Class<?> idType() {
    return idType;
  }

  /**
   * Returns this kind's list in {@code report}, such as {@code report.agreements()} for {@link
   * #AGREEMENT}; its elements are of {@link #modelType()}.
   *
   * @param report the report, not null
   * @return the facts of this kind in the report's order, not null
   */
  public ImmutableList<?> facts(Report report) {
    return list.apply(report);
  }

  /**
   * Returns the id of {@code fact}, a fact of this kind, as text: {@code "imf"} for the actor
   * {@code imf}, {@code "52"} for the citation of footnote 52.
   *
   * @param fact an instance of {@link #modelType()}, not null
   * @return the id's text, not null
   * @throws ClassCastException if {@code fact} is not of this kind
   */
  public String idOf(Object fact) {
    return id(fact).toString();
  }

  /** The id of {@code fact}, a fact of this kind: its {@link Identifier}, or a citation's footnote number. */
  Object id(Object fact) {
    Object typed = modelType.cast(fact);
    if (typed instanceof Citation citation) {
      return citation.footnote();
    }
    return typed instanceof Section section ? section.id() : ((IdentifiedFact<?>) typed).id();
  }

  /**
   * Returns the names of this kind's fields that {@link Provenance#fields()} may name, in the
   * canonical order of the kind's shape, such as {@code kind, lenders, borrowers, amount, ...} for
   * {@link #LOAN}: every top-level field but the id and the provenance; a date's key is {@code
   * date}, covering its {@code datePart}. Empty for {@link #SECTION}, which has no provenance.
   *
   * @return the field names, not null
   */
  public ImmutableList<String> fieldNames() {
    return FactFields.of(this).names();
  }

  /**
   * Returns the names of the fields that {@code fact}, a fact of this kind, holds a value for, in
   * the order of {@link #fieldNames()}: an empty optional or list is not held.
   *
   * @param fact an instance of {@link #modelType()}, not null
   * @return the field names, not null
   * @throws ClassCastException if {@code fact} is not of this kind
   */
  public ImmutableList<String> heldFields(Object fact) {
    return FactFields.of(this).held(modelType.cast(fact));
  }

  /**
   * Returns the kinds in the order of a report's lists in JSON: sections, citations, actors,
   * places, relations, loans, agreements, recommendations, events, figures, assessments, errata.
   *
   * @return the twelve kinds, not null
   */
  public static ImmutableList<FactKind> inFormatOrder() {
    return FORMAT_ORDER;
  }

  /**
   * Returns the kind whose list is named {@code listName}, such as {@link #ERRATUM} for {@code
   * "errata"}.
   *
   * @param listName a list name, not null
   * @return the kind, or empty if no kind has that list name
   */
  public static Optional<FactKind> forListName(String listName) {
    for (FactKind k : FORMAT_ORDER) {
      if (k.listName.equals(listName)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the kind whose model type is exactly {@code type}, such as {@link #LOAN} for {@code
   * Loan.class}.
   *
   * @param type a class, not null
   * @return the kind, or empty if {@code type} is not the model type of a kind
   */
  public static Optional<FactKind> forModelType(Class<?> type) {
    for (FactKind k : values()) {
      if (k.modelType == type) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
