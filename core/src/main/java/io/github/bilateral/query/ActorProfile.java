package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.Assessment;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.Figure;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.PossibleIdentity;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.Relation;
import java.util.stream.Stream;

/**
 * Everything a report says about one actor: the money it gives and receives, its agreements, the
 * recommendations addressed to it and about it, its events, figures, assessments, offices and
 * relations, and the citations behind all of them.
 *
 * <p>Each list is in the report's order of its kind of fact; a fact appears in every list it
 * belongs to (a loan between two of the actor's own bodies is not special-cased). An unnamed actor
 * and the named actors it may be ({@link Actor#possibleIdentities()}) are never merged: each has its
 * own profile, and {@link #possibleIdentities()} and {@link #possiblyIdentifiedIn()} list the links.
 *
 * <pre>{@code
 * ActorProfile imf = q.profile(ActorId.of("imf"));
 * imf.moneyGiven();        // the IMF's programmes with Pakistan
 * imf.recommendationsAbout();
 * imf.citations();         // every footnote behind the facts above
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActorProfile {

  private final Actor actor;
  private final ImmutableList<Loan> moneyGiven;
  private final ImmutableList<Loan> moneyReceived;
  private final ImmutableList<Agreement> agreements;
  private final ImmutableList<Recommendation> recommendationsAddressed;
  private final ImmutableList<Recommendation> recommendationsAbout;
  private final ImmutableList<Event> events;
  private final ImmutableList<Figure> figures;
  private final ImmutableList<Assessment> assessments;
  private final ImmutableList<Relation> relations;
  private final ImmutableList<OfficeHolding> officeHolders;
  private final ImmutableList<Citation> citations;
  private final ImmutableList<Actor> possiblyIdentifiedIn;

  ActorProfile(Actor actor, ImmutableList<Loan> moneyGiven, ImmutableList<Loan> moneyReceived,
      ImmutableList<Agreement> agreements, ImmutableList<Recommendation> recommendationsAddressed,
      ImmutableList<Recommendation> recommendationsAbout, ImmutableList<Event> events,
      ImmutableList<Figure> figures, ImmutableList<Assessment> assessments, ImmutableList<Relation> relations,
      ImmutableList<OfficeHolding> officeHolders, java.util.function.IntFunction<java.util.Optional<Citation>> citation,
      ImmutableList<Actor> possiblyIdentifiedIn) {
    this.possiblyIdentifiedIn = possiblyIdentifiedIn;
    this.actor = actor;
    this.moneyGiven = moneyGiven;
    this.moneyReceived = moneyReceived;
    this.agreements = agreements;
    this.recommendationsAddressed = recommendationsAddressed;
    this.recommendationsAbout = recommendationsAbout;
    this.events = events;
    this.figures = figures;
    this.assessments = assessments;
    this.relations = relations;
    this.officeHolders = officeHolders;
    ImmutableSortedSet<Integer> footnotes = facts()
        .flatMap(f -> f.provenance().footnotes().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(Integer::compare));
    this.citations = footnotes.stream()
        .map(citation::apply)
        .flatMap(java.util.Optional::stream)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the actor} */
  public Actor actor() {
    return actor;
  }

  /**
   * Returns the named actors this (unnamed) actor may be, each with its basis; their facts are not
   * part of this profile.
   *
   * @return the actor's own {@link Actor#possibleIdentities()}, not null
   */
  public ImmutableList<PossibleIdentity> possibleIdentities() {
    return actor.possibleIdentities();
  }

  /**
   * Returns the unnamed actors that list this actor as a possible identity, in the report's order;
   * their facts are not part of this profile.
   *
   * @return the actors, not null
   */
  public ImmutableList<Actor> possiblyIdentifiedIn() {
    return possiblyIdentifiedIn;
  }

  /** {@return the loans and other money the actor gives, alone or with others} */
  public ImmutableList<Loan> moneyGiven() {
    return moneyGiven;
  }

  /** {@return the loans and other money the actor receives, alone or with others} */
  public ImmutableList<Loan> moneyReceived() {
    return moneyReceived;
  }

  /** {@return the agreements the actor is party to} */
  public ImmutableList<Agreement> agreements() {
    return agreements;
  }

  /** {@return the recommendations addressed to the actor: what it is asked to do} */
  public ImmutableList<Recommendation> recommendationsAddressed() {
    return recommendationsAddressed;
  }

  /** {@return the recommendations about the actor} */
  public ImmutableList<Recommendation> recommendationsAbout() {
    return recommendationsAbout;
  }

  /** {@return the events the actor took part in} */
  public ImmutableList<Event> events() {
    return events;
  }

  /** {@return the figures about the actor} */
  public ImmutableList<Figure> figures() {
    return figures;
  }

  /** {@return the assessments that concern the actor} */
  public ImmutableList<Assessment> assessments() {
    return assessments;
  }

  /** {@return the relations with the actor at either end} */
  public ImmutableList<Relation> relations() {
    return relations;
  }

  /** {@return the actor's own offices, if it is a person} */
  public ImmutableList<Office> offices() {
    return actor.offices();
  }

  /**
   * {@return the people who hold or held an office in the actor, if it is an organisation, with the
   * office}
   */
  public ImmutableList<OfficeHolding> officeHolders() {
    return officeHolders;
  }

  /** {@return every fact above, the actor first, then by kind in the order of the methods above} */
  public Stream<Fact> facts() {
    return Stream.<Stream<? extends Fact>>of(Stream.of(actor), moneyGiven.stream(),
            moneyReceived.stream().filter(l -> !moneyGiven.contains(l)), agreements.stream(),
            recommendationsAddressed.stream(),
            recommendationsAbout.stream().filter(r -> !recommendationsAddressed.contains(r)), events.stream(),
            figures.stream(), assessments.stream(), relations.stream())
        .flatMap(s -> s.map(f -> (Fact) f));
  }

  /** {@return the citations of every footnote behind the facts above, in footnote order} */
  public ImmutableList<Citation> citations() {
    return citations;
  }

  @Override
  public String toString() {
    return "ActorProfile[" + actor.id() + ": " + moneyGiven.size() + " given, " + moneyReceived.size()
        + " received, " + agreements.size() + " agreements, " + recommendationsAddressed.size() + " addressed, "
        + recommendationsAbout.size() + " about, " + events.size() + " events, " + figures.size() + " figures, "
        + assessments.size() + " assessments, " + relations.size() + " relations, " + citations.size()
        + " citations]";
  }
}
