package io.github.bilateral.model;

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
      .optional("country", AbstractActor::country).list("offices", AbstractActor::offices)
      .list("possibleIdentities", AbstractActor::possibleIdentities).optional("summary", AbstractActor::summary)
      .build();

  static final FieldTable<AbstractPlace> PLACE = FieldTable.<AbstractPlace>of("Place")
      .always("kind", "name").list("aliases", AbstractPlace::aliases).optional("country", AbstractPlace::country)
      .optional("within", AbstractPlace::within).build();

  static final FieldTable<AbstractRelation> RELATION = FieldTable.<AbstractRelation>of("Relation")
      .always("kind", "from", "to").optional("date", AbstractRelation::date)
      .optional("summary", AbstractRelation::summary).build();

  static final FieldTable<AbstractLoan> LOAN = FieldTable.<AbstractLoan>of("Loan")
      .always("kind", "lenders", "borrowers").optional("amount", AbstractLoan::amount).always("status")
      .list("history", AbstractLoan::history).optional("date", AbstractLoan::date)
      .optional("term", AbstractLoan::term).optional("extends", AbstractLoan::extendsLoan)
      .optional("partOf", AbstractLoan::partOf).optional("agreement", AbstractLoan::agreement)
      .optional("purpose", AbstractLoan::purpose).list("places", AbstractLoan::places).always("summary")
      .build();

  static final FieldTable<AbstractAgreement> AGREEMENT = FieldTable.<AbstractAgreement>of("Agreement")
      .always("kind").optional("name", AbstractAgreement::name).list("parties", AbstractAgreement::parties)
      .always("status").list("history", AbstractAgreement::history).optional("date", AbstractAgreement::date)
      .list("places", AbstractAgreement::places).always("summary").build();

  static final FieldTable<AbstractRecommendation> RECOMMENDATION =
      FieldTable.<AbstractRecommendation>of("Recommendation")
          .always("number", "summary", "addressees").list("subjects", AbstractRecommendation::subjects)
          .always("themes").list("instruments", AbstractRecommendation::instruments)
          .list("evidence", AbstractRecommendation::evidence).always("history").build();

  static final FieldTable<AbstractEvent> EVENT = FieldTable.<AbstractEvent>of("Event")
      .always("kind").optional("date", AbstractEvent::date).optional("noDate", AbstractEvent::noDate)
      .list("actors", AbstractEvent::actors).list("places", AbstractEvent::places)
      .list("related", AbstractEvent::related).always("summary").build();

  static final FieldTable<AbstractFigure> FIGURE = FieldTable.<AbstractFigure>of("Figure")
      .always("measure").optional("quantity", AbstractFigure::quantity).optional("amount", AbstractFigure::amount)
      .optional("date", AbstractFigure::date).list("actors", AbstractFigure::actors)
      .list("places", AbstractFigure::places).always("summary").build();

  static final FieldTable<AbstractAssessment> ASSESSMENT = FieldTable.<AbstractAssessment>of("Assessment")
      .always("kind").optional("likelihood", AbstractAssessment::likelihood)
      .optional("printedLikelihood", AbstractAssessment::printedLikelihood)
      .list("actors", AbstractAssessment::actors).always("summary").build();

  static final FieldTable<AbstractCitation> CITATION = FieldTable.<AbstractCitation>of("Citation")
      .list("authors", AbstractCitation::authors).optional("title", AbstractCitation::title)
      .optional("outlet", AbstractCitation::outlet).optional("date", AbstractCitation::date)
      .optional("printedDate", AbstractCitation::printedDate).optional("url", AbstractCitation::url)
      .optional("linkTarget", AbstractCitation::linkTarget).optional("accessed", AbstractCitation::accessed)
      .optionalInt("ibid", AbstractCitation::ibid).optionalInt("sameAs", AbstractCitation::sameAs)
      .list("problems", AbstractCitation::problems).build();

  static final FieldTable<AbstractErratum> ERRATUM = FieldTable.<AbstractErratum>of("Erratum")
      .always("kind", "printed", "summary").list("refers", AbstractErratum::refers).build();

  private FactFields() {}
}
