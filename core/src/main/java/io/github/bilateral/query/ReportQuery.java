package io.github.bilateral.query;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.AgreementId;
import io.github.bilateral.model.Assessment;
import io.github.bilateral.model.AssessmentId;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.Erratum;
import io.github.bilateral.model.ErratumId;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.EventId;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Figure;
import io.github.bilateral.model.FigureId;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.Place;
import io.github.bilateral.model.PlaceId;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.RecommendationId;
import io.github.bilateral.model.Relation;
import io.github.bilateral.model.RelationId;
import io.github.bilateral.model.Report;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The questions one can ask of a {@link Report}: look-ups by id and by name, filters for each kind
 * of fact, an actor's profile, the relation graph, the timeline, money totals, the state of things
 * on a day, and the evidence behind any fact.
 *
 * <p>Get one with {@link #shared(Report)}, whose indexes are built once per report and shared by
 * every query it returns. Every index is built on first use, once, and is safe to share between threads; {@link #prepare()} builds them all at once.
 * Look-ups and filters answer from the indexes, not by walking all the facts.
 *
 * <pre>{@code
 * ReportQuery q = ReportQuery.shared(Reports.usPakistan2023());
 *
 * Actor kakar = q.requireActor("anwar ul haq kakar");                  // names fold case, accents, hyphens
 * q.loans().lender(ActorId.of("china")).borrower(ActorId.of("pakistan")).list();
 * q.recommendations().addressee(ActorId.of("usaid")).list();         // what USAID is asked to do
 * q.timeline().dated(DateRange.parse("2023-05..2023-08")).entries();
 * q.profile(ActorId.of("imf")).moneyGiven();
 * q.evidence(FactRef.parse("recommendation:rec-04")).urls();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportQuery {

  private final Report report;
  private final QueryIndexes indexes;

  private ReportQuery(Report report, QueryIndexes indexes) {
    this.report = report;
    this.indexes = indexes;
  }

  /**
   * The indexes of each report asked through {@link #shared}, kept as long as the report is: keys are
   * compared by identity, so two equal reports each get their own, and the value holds no strong
   * reference to its key, so a report no longer used is collected with its indexes.
   */
  private static final LoadingCache<Report, QueryIndexes> SHARED_INDEXES = CacheBuilder.newBuilder()
      .weakKeys()
      .build(CacheLoader.from(QueryIndexes::new));

  /** The shared query of each report, while anyone holds it; a new one shares the same indexes. */
  private static final LoadingCache<Report, ReportQuery> SHARED = CacheBuilder.newBuilder()
      .weakKeys()
      .weakValues()
      .build(CacheLoader.from(r -> new ReportQuery(r, SHARED_INDEXES.getUnchecked(r))));

  /**
   * Returns the query over {@code report} that is shared by every caller: its indexes are built once
   * per report instance, each on first use, are safe to use from many threads and are kept as long
   * as the report is, and no longer: a report no longer used is collected with its indexes. This is
   * the way to ask a report questions.
   *
   * <pre>{@code
   * ReportQuery.shared(report).loans().lender(ActorId.of("china")).totals();
   * }</pre>
   *
   * @param report the report to ask, not null
   * @return a query over this report instance that shares its indexes with every other shared query
   *     of it, not null
   */
  public static ReportQuery shared(Report report) {
    return SHARED.getUnchecked(requireNonNull(report, "report"));
  }

  /**
   * Returns a new query over {@code report}, whose indexes are built again on first use; for
   * measuring or for a report used once. Prefer {@link #shared(Report)}, which keeps one per report.
   *
   * @param report the report to ask, not null
   * @return a new query, not null
   */
  public static ReportQuery of(Report report) {
    return new ReportQuery(requireNonNull(report, "report"), new QueryIndexes(report));
  }

  /** {@return the report asked} */
  public Report report() {
    return report;
  }

  /**
   * Builds every index now, rather than on first use.
   *
   * @return this query, its indexes built
   */
  public ReportQuery prepare() {
    QueryIndexes i = indexes;
    Stream.of(i.actors, i.loans, i.agreements, i.recommendations, i.events, i.figures, i.citations, i.relations,
        i.assessments).forEach(s -> s.get().prepare());
    Stream.of(i.actorNames, i.placeNames, i.byRef, i.byFootnote, i.holdersByOrganisation, i.graph, i.timeline)
        .forEach(Supplier::get);
    return this;
  }

  // ---------------------------------------------------------------- look-ups by id

  /**
   * {@return the fact {@code ref} refers to, of any kind but a section}
   *
   * @param ref a reference to the fact, not null
   * @throws IllegalArgumentException if {@code ref} refers to a section, which is not a fact (use
   *     {@link Report#findSection})
   */
  public Optional<Fact> find(FactRef ref) {
    if (ref.kind() == FactKind.SECTION) {
      throw new IllegalArgumentException("A section is not a fact; use Report.findSection for " + ref);
    }
    return Optional.ofNullable(indexes.byRef.get().get(ref));
  }

  private <F> Optional<F> find(FactRef ref, Class<F> type) {
    return find(ref).map(type::cast);
  }

  /** {@return the actor with the given id}
   * @param id the fact's id, not null */
  public Optional<Actor> find(ActorId id) {
    return report.findActor(id);
  }

  /** {@return the place with the given id}
   * @param id the fact's id, not null */
  public Optional<Place> find(PlaceId id) {
    return report.findPlace(id);
  }

  /** {@return the loan with the given id}
   * @param id the fact's id, not null */
  public Optional<Loan> find(LoanId id) {
    return report.findLoan(id);
  }

  /** {@return the agreement with the given id}
   * @param id the fact's id, not null */
  public Optional<Agreement> find(AgreementId id) {
    return report.findAgreement(id);
  }

  /** {@return the relation with the given id}
   * @param id the fact's id, not null */
  public Optional<Relation> find(RelationId id) {
    return find(FactRef.of(id), Relation.class);
  }

  /** {@return the recommendation with the given id}
   * @param id the fact's id, not null */
  public Optional<Recommendation> find(RecommendationId id) {
    return find(FactRef.of(id), Recommendation.class);
  }

  /** {@return the event with the given id}
   * @param id the fact's id, not null */
  public Optional<Event> find(EventId id) {
    return find(FactRef.of(id), Event.class);
  }

  /** {@return the figure with the given id}
   * @param id the fact's id, not null */
  public Optional<Figure> find(FigureId id) {
    return find(FactRef.of(id), Figure.class);
  }

  /** {@return the assessment with the given id}
   * @param id the fact's id, not null */
  public Optional<Assessment> find(AssessmentId id) {
    return find(FactRef.of(id), Assessment.class);
  }

  /** {@return the erratum with the given id}
   * @param id the fact's id, not null */
  public Optional<Erratum> find(ErratumId id) {
    return find(FactRef.of(id), Erratum.class);
  }

  /** {@return the citation of footnote {@code footnote}}
   * @param footnote the footnote's number as printed, from 1 */
  public Optional<Citation> citation(int footnote) {
    return report.citation(footnote);
  }

  // ---------------------------------------------------------------- look-ups by name

  /**
   * Returns the one actor whose id, name or alias is {@code text}, compared folded (case, accents,
   * hyphens, spaces and punctuation do not count: {@code "pmln"} finds {@code PML-N}). Empty if there
   * is no such actor or more than one. A text that is only some of the words of a name
   * ({@code "Anwar Kakar"}) is not a match: {@link #searchActors} and {@link #requireActor} offer it as
   * a suggestion, so that a partial name never picks an actor by chance.
   *
   * @param text an id, a name or an alias, in any case and spelling of punctuation; not null
   * @return the one actor it names, or empty if it names none or several
   */
  public Optional<Actor> findActor(String text) {
    return indexes.actorNames.get().unique(text);
  }

  /**
   * {@return the actor {@link #findActor(String)} finds}
   *
   * @param text the id, name or alias to look for, in any case and with or without accents or
   *     punctuation; not null
   * @throws IllegalArgumentException if there is none, with the nearest names; or if the text fits
   *     several actors, with their ids
   */
  public Actor requireActor(String text) {
    return indexes.actorNames.get().require(text, "actor", where(), a -> a.id() + " (" + a.name() + ")");
  }

  /**
   * {@return the actors whose names match {@code text}, best first: exact, by words, by prefix,
   * near misses}
   *
   * @param text the id, name or alias to look for, in any case and with or without accents or
   *     punctuation; not null
   */
  public ImmutableList<NameMatch<Actor>> searchActors(String text) {
    return indexes.actorNames.get().search(text, Integer.MAX_VALUE);
  }

  /**
   * {@return the one place whose id, name or alias is {@code text}, as {@link #findActor(String)}
   * does for actors}
   *
   * @param text the id, name or alias to look for, in any case and with or without accents or
   *     punctuation; not null
   */
  public Optional<Place> findPlace(String text) {
    return indexes.placeNames.get().unique(text);
  }

  /**
   * {@return the place {@link #findPlace(String)} finds}
   *
   * @param text the id, name or alias to look for, in any case and with or without accents or
   *     punctuation; not null
   * @throws IllegalArgumentException if there is none, or more than one
   */
  public Place requirePlace(String text) {
    return indexes.placeNames.get().require(text, "place", where(), p -> p.id() + " (" + p.name() + ")");
  }

  /**
   * {@return the places whose names match {@code text}, best first}
   *
   * @param text the id, name or alias to look for, in any case and with or without accents or
   *     punctuation; not null
   */
  public ImmutableList<NameMatch<Place>> searchPlaces(String text) {
    return indexes.placeNames.get().search(text, Integer.MAX_VALUE);
  }

  private String where() {
    return " in report " + report.metadata().id();
  }

  // ---------------------------------------------------------------- filters

  /** {@return a filter over all actors} */
  public ActorFilter actors() {
    return new ActorFilter(indexes.actors.get(), ImmutableList.of());
  }

  /** {@return a filter over all loans and other money} */
  public LoanFilter loans() {
    return new LoanFilter(indexes.loans.get(), ImmutableList.of());
  }

  /** {@return a filter over all agreements} */
  public AgreementFilter agreements() {
    return new AgreementFilter(indexes.agreements.get(), ImmutableList.of());
  }

  /** {@return a filter over all recommendations} */
  public RecommendationFilter recommendations() {
    return new RecommendationFilter(indexes.recommendations.get(), ImmutableList.of());
  }

  /** {@return a filter over all events} */
  public EventFilter events() {
    return new EventFilter(indexes.events.get(), ImmutableList.of());
  }

  /** {@return a filter over all figures} */
  public FigureFilter figures() {
    return new FigureFilter(indexes.figures.get(), ImmutableList.of());
  }

  /** {@return a filter over all citations} */
  public CitationFilter citations() {
    return new CitationFilter(indexes.citations.get(), ImmutableList.of(), this::footnotesOf);
  }

  /** {@return a filter over all relations} */
  public RelationFilter relations() {
    return new RelationFilter(indexes.relations.get(), ImmutableList.of());
  }

  private List<Integer> footnotesOf(FactRef ref) {
    if (ref.kind() == FactKind.CITATION) {
      return List.of(Integer.parseInt(ref.id()));
    }
    if (ref.kind() == FactKind.SECTION) {
      // A section is where facts stand, not a fact with footnotes of its own.
      return List.of();
    }
    return find(ref).map(f -> (List<Integer>) FactMaps.footnotes(f).asList()).orElse(List.of());
  }

  /**
   * Returns the agreement that is the same instrument as {@code loan} ({@link Loan#agreement()}),
   * such as the IMF stand-by arrangement, which is both.
   *
   * @param loan the loan, not null
   * @return the agreement, or empty when the loan names none
   */
  public Optional<Agreement> agreementOf(Loan loan) {
    return loan.agreement().flatMap(this::find);
  }

  /**
   * Returns the loans that are the same instrument as {@code agreement}: those whose {@link
   * Loan#agreement()} names it, in the report's order.
   *
   * @param agreement the agreement's id, not null
   * @return the loans, not null
   */
  public ImmutableList<Loan> loansOf(AgreementId agreement) {
    return report.loans().stream().filter(l -> l.agreement().equals(Optional.of(agreement)))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the facts and values of the report by their basis (see {@link Bases})} */
  public Bases bases() {
    return indexes.bases.get();
  }

  // ---------------------------------------------------------------- profile, graph, timeline, snapshot

  /**
   * {@return everything the report says about {@code actor}}
   *
   * @param actor the actor's id, not null
   * @throws IllegalArgumentException if the report has no such actor
   */
  public ActorProfile profile(ActorId actor) {
    Actor a = report.requireActor(actor);
    return ActorProfile.of(a,
        loans().lender(actor).list(),
        loans().borrower(actor).list(),
        agreements().party(actor).list(),
        recommendations().addressee(actor).list(),
        recommendations().subject(actor).list(),
        events().actor(actor).list(),
        figures().actor(actor).list(),
        select(indexes.assessments.get(), "actor", actor),
        relations().actor(actor).list(),
        indexes.holdersByOrganisation.get().get(actor),
        report::citation,
        report.actors().stream().filter(x -> x.possibleIdentities().stream().anyMatch(p -> p.actor().equals(actor)))
            .collect(ImmutableList.toImmutableList()));
  }

  private static <F> ImmutableList<F> select(KindIndex<F> index, String attribute, Object key) {
    int[] positions = index.lookup(attribute, key);
    ImmutableList.Builder<F> out = ImmutableList.builderWithExpectedSize(positions.length);
    for (int p : positions) {
      out.add(index.facts.get(p));
    }
    return out.build();
  }

  /** {@return the graph of actors and the typed links between them} */
  public RelationGraph graph() {
    return indexes.graph.get();
  }

  /** {@return the dated events, loans and agreements in date order} */
  public Timeline timeline() {
    return indexes.timeline.get();
  }

  /**
   * Returns which loans were outstanding, which agreements in force and who held which office on
   * {@code day}: certainly, possibly, or unknown to the data (see {@link Snapshot}).
   *
   * @param day the day to ask about; not null
   * @return the report's state on that day, each entry with its answer
   */
  public Snapshot asOf(LocalDate day) {
    return Snapshot.of(report, day);
  }

  // ---------------------------------------------------------------- evidence

  /**
   * Returns the footnotes, citations, supporting facts, sources and URLs behind {@code ref}: the
   * footnotes of its provenance, of each of its fields and (an actor) of its possible identities. A
   * reference to a section, which any fact reference may be, has no footnotes of its own: its
   * evidence is empty.
   *
   * @param ref a fact or a section of this report; not null
   * @return the evidence behind it, empty for a section
   * @throws IllegalArgumentException if the report has no such fact or section
   */
  public Evidence evidence(FactRef ref) {
    return EvidenceTrail.of(report, ref, this::find, this::footnotesOf);
  }

  /**
   * {@return every fact that cites footnote {@code footnote} in its provenance, for the whole fact or
   * for one of its fields, or (an actor) for a possible identity; by kind (in the order of {@link
   * FactKind}) and then in the report's order}
   *
   * @param footnote the footnote's number as printed, from 1
   */
  public ImmutableList<Fact> citing(int footnote) {
    return indexes.byFootnote.get().get(footnote);
  }

  /**
   * {@return every fact of the report (sections aside), by kind in the order of {@link FactKind},
   * each kind in the report's order}
   */
  public Stream<Fact> facts() {
    return facts(report);
  }

  static Stream<Fact> facts(Report report) {
    return Stream.of(FactKind.values())
        .filter(k -> k != FactKind.SECTION)
        .flatMap(k -> k.facts(report).stream().map(f -> (Fact) f));
  }

  @Override
  public String toString() {
    return "ReportQuery[" + report.metadata().id() + "]";
  }
}
