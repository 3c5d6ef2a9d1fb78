package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A report and everything extracted from it: metadata, sections, citations, actors, places,
 * relations, loans and other money, agreements, recommendations, events, figures, assessments and
 * errata.
 *
 * <p>A report read by {@code io.github.bilateral.io.ReportReader} has been checked as a whole:
 * unique ids, every reference resolving. A report assembled with {@link Report#builder()} is checked
 * only fact by fact; pass it to {@code ReportValidator} to check the rest.
 *
 * <pre>{@code
 * Report report = Reports.usPakistan2023();
 * report.findActor(ActorId.of("imf")).map(Actor::name);   // Optional[IMF]
 * report.loans().size();
 * }</pre>
 *
 * <p>The questions one can ask of a report (look-ups by name, filters, profiles, the relation
 * graph, the timeline, money totals) are answered by {@code io.github.bilateral.query.ReportQuery.shared(report)},
 * which keeps one set of indexes per report for as long as the report is used ({@code
 * ReportQuery.of(report)} builds a fresh set).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractReport implements KeepsUnknownFields {

  /** {@return the bibliographic data} */
  public abstract ReportMetadata metadata();

  /** {@return the sections in reading order} */
  public abstract ImmutableList<Section> sections();

  /** {@return the footnotes} */
  public abstract ImmutableList<Citation> citations();

  /** {@return the actors} */
  public abstract ImmutableList<Actor> actors();

  /** {@return the places} */
  public abstract ImmutableList<Place> places();

  /** {@return the relations between actors} */
  public abstract ImmutableList<Relation> relations();

  /** {@return the loans and other money commitments} */
  public abstract ImmutableList<Loan> loans();

  /** {@return the agreements} */
  public abstract ImmutableList<Agreement> agreements();

  /** {@return the recommendations} */
  public abstract ImmutableList<Recommendation> recommendations();

  /** {@return the events} */
  public abstract ImmutableList<Event> events();

  /** {@return the figures} */
  public abstract ImmutableList<Figure> figures();

  /** {@return the judged scenarios, outcomes and concerns} */
  public abstract ImmutableList<Assessment> assessments();

  /** {@return problems found in the printed report} */
  public abstract ImmutableList<Erratum> errata();

  /**
   * Every fact of the report by its id: an {@link ActorId} for an actor, a {@link SectionId} for a
   * section, the footnote's {@code Integer} for a citation. Ids of different kinds never collide,
   * since an id equals only an id of its own class.
   */
  @Value.Lazy
  ImmutableMap<Object, Object> factsById() {
    // Keeps the first of duplicate ids: a report from the builder may hold duplicates until validated.
    java.util.Map<Object, Object> map = new java.util.HashMap<>();
    for (FactKind kind : FactKind.values()) {
      for (Object fact : kind.facts((Report) this)) {
        map.putIfAbsent(kind.id(fact), fact);
      }
    }
    return ImmutableMap.copyOf(map);
  }

  private <F> Optional<F> find(Object id, Class<F> type) {
    return Optional.ofNullable(type.cast(factsById().get(id)));
  }

  /**
   * {@return the actor with the given id}
   *
   * @param id the actor's id, not null
   */
  public final Optional<Actor> findActor(ActorId id) {
    return find(id, Actor.class);
  }

  /**
   * {@return the place with the given id}
   *
   * @param id the place's id, not null
   */
  public final Optional<Place> findPlace(PlaceId id) {
    return find(id, Place.class);
  }

  /**
   * {@return the loan with the given id}
   *
   * @param id the loan's id, not null
   */
  public final Optional<Loan> findLoan(LoanId id) {
    return find(id, Loan.class);
  }

  /**
   * {@return the agreement with the given id}
   *
   * @param id the agreement's id, not null
   */
  public final Optional<Agreement> findAgreement(AgreementId id) {
    return find(id, Agreement.class);
  }

  /**
   * {@return the section with the given id}
   *
   * @param id the section's id, not null
   */
  public final Optional<Section> findSection(SectionId id) {
    return find(id, Section.class);
  }

  /**
   * {@return the citation of the given footnote number}
   *
   * @param footnote the footnote's number as printed, from 1
   */
  public final Optional<Citation> citation(int footnote) {
    return find(footnote, Citation.class);
  }

  /**
   * {@return the actor with the given id}
   *
   * @param id the actor's id, not null
   * @throws IllegalArgumentException if the report has no such actor
   */
  public final Actor requireActor(ActorId id) {
    return findActor(id).orElseThrow(() -> new IllegalArgumentException(
        "No actor '" + id + "' in report " + metadata().id()));
  }

  /** {@return the number of facts of every kind together, sections included} */
  public final int factCount() {
    int n = 0;
    for (FactKind kind : FactKind.values()) {
      n += kind.facts((Report) this).size();
    }
    return n;
  }
}
