package io.github.bilateral.model;

import static io.github.bilateral.model.FieldTable.COUNTRY;
import static io.github.bilateral.model.FieldTable.DISTINCT;
import static io.github.bilateral.model.FieldTable.EARLIER_FOOTNOTE;
import static io.github.bilateral.model.FieldTable.NON_BLANK;
import static io.github.bilateral.model.FieldTable.NON_EMPTY;
import static io.github.bilateral.model.FieldTable.POSITIVE;
import static io.github.bilateral.model.FieldTable.SHORT_TEXT;
import static io.github.bilateral.model.FieldTable.WEB_ADDRESS;
import static io.github.bilateral.model.FieldTable.notItself;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;

/**
 * The one list of each fact kind's fields that {@link Provenance#fields()} may name: the top-level
 * field names of the fact's shape in canonical order, without {@code id} (or a citation's {@code
 * footnote}) and {@code provenance}; a date's key is {@code date}, covering {@code datePart} too.
 *
 * <p>The format's table in {@code io} is the description of each shape; the model may not depend on
 * it, so {@code FactFieldsTableTest} proves these lists equal to the table's fields, in its order,
 * and the held-field tests equal to what the writer writes for every fact of the bundled report.
 */
final class FactFields {

  static final FieldTable<AbstractActor> ACTOR = FieldTable.<AbstractActor>of("Actor")
      .always("kind", "name").when("unnamed", AbstractActor::unnamed).list("aliases", AbstractActor::aliases)
      .optional("country", AbstractActor::country, COUNTRY).list("offices", AbstractActor::offices)
      .list("possibleIdentities", AbstractActor::possibleIdentities)
      .optional("summary", AbstractActor::summary, NON_BLANK)
      .build();

  static final FieldTable<AbstractPlace> PLACE = FieldTable.<AbstractPlace>of("Place")
      .always("kind", "name").list("aliases", AbstractPlace::aliases)
      .optional("country", AbstractPlace::country, COUNTRY)
      .optional("within", AbstractPlace::within, notItself("must not contain itself")).build();

  static final FieldTable<AbstractRelation> RELATION = FieldTable.<AbstractRelation>of("Relation")
      .always("kind", "from", "to").optional("date", AbstractRelation::date)
      .optional("summary", AbstractRelation::summary, NON_BLANK).build();

  static final FieldTable<AbstractLoan> LOAN = FieldTable.<AbstractLoan>of("Loan")
      .always("kind").list("lenders", AbstractLoan::lenders, NON_EMPTY, DISTINCT)
      .list("borrowers", AbstractLoan::borrowers, NON_EMPTY, DISTINCT)
      .optional("amount", AbstractLoan::amount).always("status")
      .list("history", AbstractLoan::history).optional("date", AbstractLoan::date)
      .optional("term", AbstractLoan::term)
      .optional("extends", AbstractLoan::extendsLoan, notItself("must not extend itself"))
      .optional("partOf", AbstractLoan::partOf, notItself("must not contain itself"))
      .optional("agreement", AbstractLoan::agreement)
      .optional("purpose", AbstractLoan::purpose, NON_BLANK).list("places", AbstractLoan::places).always("summary")
      .build();

  static final FieldTable<AbstractAgreement> AGREEMENT = FieldTable.<AbstractAgreement>of("Agreement")
      .always("kind").optional("name", AbstractAgreement::name, SHORT_TEXT)
      .list("parties", AbstractAgreement::parties, DISTINCT)
      .always("status").list("history", AbstractAgreement::history).optional("date", AbstractAgreement::date)
      .list("places", AbstractAgreement::places).always("summary").build();

  static final FieldTable<AbstractRecommendation> RECOMMENDATION =
      FieldTable.<AbstractRecommendation>of("Recommendation")
          .always("number", AbstractRecommendation::number, POSITIVE).always("summary")
          .list("addressees", AbstractRecommendation::addressees, NON_EMPTY, DISTINCT)
          .list("subjects", AbstractRecommendation::subjects, DISTINCT)
          .list("themes", AbstractRecommendation::themes, NON_EMPTY, DISTINCT)
          .list("instruments", AbstractRecommendation::instruments, DISTINCT)
          .list("evidence", AbstractRecommendation::evidence, DISTINCT)
          .list("history", AbstractRecommendation::history, NON_EMPTY).build();

  static final FieldTable<AbstractEvent> EVENT = FieldTable.<AbstractEvent>of("Event")
      .always("kind").optional("date", AbstractEvent::date).optional("noDate", AbstractEvent::noDate)
      .list("actors", AbstractEvent::actors).list("places", AbstractEvent::places)
      .list("related", AbstractEvent::related, DISTINCT).always("summary").build();

  static final FieldTable<AbstractFigure> FIGURE = FieldTable.<AbstractFigure>of("Figure")
      .always("measure").optional("quantity", AbstractFigure::quantity).optional("amount", AbstractFigure::amount)
      .optional("date", AbstractFigure::date).list("actors", AbstractFigure::actors)
      .list("places", AbstractFigure::places).always("summary").build();

  static final FieldTable<AbstractAssessment> ASSESSMENT = FieldTable.<AbstractAssessment>of("Assessment")
      .always("kind").optional("likelihood", AbstractAssessment::likelihood)
      .optional("printedLikelihood", AbstractAssessment::printedLikelihood, SHORT_TEXT)
      .list("actors", AbstractAssessment::actors).always("summary").build();

  static final FieldTable<AbstractCitation> CITATION = FieldTable.<AbstractCitation>of("Citation")
      .list("authors", AbstractCitation::authors, SHORT_TEXT).optional("title", AbstractCitation::title, SHORT_TEXT)
      .optional("outlet", AbstractCitation::outlet, SHORT_TEXT).optional("date", AbstractCitation::date)
      .optional("printedDate", AbstractCitation::printedDate, SHORT_TEXT)
      .optional("url", AbstractCitation::url, WEB_ADDRESS)
      .optional("linkTarget", AbstractCitation::linkTarget, WEB_ADDRESS)
      .optional("accessed", AbstractCitation::accessed)
      .optionalInt("ibid", AbstractCitation::ibid, EARLIER_FOOTNOTE)
      .optionalInt("sameAs", AbstractCitation::sameAs, EARLIER_FOOTNOTE)
      .list("problems", AbstractCitation::problems).build();

  static final FieldTable<AbstractErratum> ERRATUM = FieldTable.<AbstractErratum>of("Erratum")
      .always("kind").always("printed", AbstractErratum::printed, SHORT_TEXT).always("summary")
      .list("refers", AbstractErratum::refers, DISTINCT).build();

  static final FieldTable<Fact> SECTION = FieldTable.<Fact>of("Section").build();

  private static final ImmutableMap<FactKind, FieldTable<?>> BY_KIND = Maps.immutableEnumMap(ImmutableMap.<FactKind, FieldTable<?>>builder()
      .put(FactKind.ACTOR, ACTOR).put(FactKind.PLACE, PLACE).put(FactKind.RELATION, RELATION).put(FactKind.LOAN, LOAN)
      .put(FactKind.AGREEMENT, AGREEMENT).put(FactKind.RECOMMENDATION, RECOMMENDATION).put(FactKind.EVENT, EVENT)
      .put(FactKind.FIGURE, FIGURE).put(FactKind.ASSESSMENT, ASSESSMENT).put(FactKind.CITATION, CITATION)
      .put(FactKind.ERRATUM, ERRATUM).put(FactKind.SECTION, SECTION).buildOrThrow());

  /** Returns the table of {@code kind}'s fields; a section's is empty, for it has no provenance. */
  static FieldTable<?> of(FactKind kind) {
    return BY_KIND.get(kind);
  }

  private FactFields() {}
}
