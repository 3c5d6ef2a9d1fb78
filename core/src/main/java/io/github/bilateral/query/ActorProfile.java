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
import java.util.Optional;
import java.util.function.IntFunction;
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
 * <p>A profile is what {@link ReportQuery#profile} returns; it is equal to another profile with the
 * same lists. This record is immutable and thread-safe.
 *
 * @param actor the actor
 * @param moneyGiven the loans and other money the actor gives, alone or with others
 * @param moneyReceived the loans and other money the actor receives, alone or with others
 * @param agreements the agreements the actor is party to
 * @param recommendationsAddressed the recommendations addressed to the actor: what it is asked to do
 * @param recommendationsAbout the recommendations about the actor
 * @param events the events the actor took part in
 * @param figures the figures about the actor
 * @param assessments the assessments that concern the actor
 * @param relations the relations with the actor at either end
 * @param officeHolders the people who hold or held an office in the actor, if it is an organisation,
 *     with the office
 * @param citations the citations of every footnote behind the facts of the profile (see {@link
 *     #facts()}), in footnote order
 * @param possiblyIdentifiedIn the unnamed actors that list this actor as a possible identity, in the
 *     report's order; their facts are not part of this profile
 */
public record ActorProfile(Actor actor, ImmutableList<Loan> moneyGiven, ImmutableList<Loan> moneyReceived,
    ImmutableList<Agreement> agreements, ImmutableList<Recommendation> recommendationsAddressed,
    ImmutableList<Recommendation> recommendationsAbout, ImmutableList<Event> events, ImmutableList<Figure> figures,
    ImmutableList<Assessment> assessments, ImmutableList<Relation> relations,
    ImmutableList<OfficeHolding> officeHolders, ImmutableList<Citation> citations,
    ImmutableList<Actor> possiblyIdentifiedIn) {

  /**
   * Returns the profile of these lists, with the citations of the footnotes behind their facts.
   *
   * @param citation the report's citation of a footnote number
   */
  static ActorProfile of(Actor actor, ImmutableList<Loan> moneyGiven, ImmutableList<Loan> moneyReceived,
      ImmutableList<Agreement> agreements, ImmutableList<Recommendation> recommendationsAddressed,
      ImmutableList<Recommendation> recommendationsAbout, ImmutableList<Event> events,
      ImmutableList<Figure> figures, ImmutableList<Assessment> assessments, ImmutableList<Relation> relations,
      ImmutableList<OfficeHolding> officeHolders, IntFunction<Optional<Citation>> citation,
      ImmutableList<Actor> possiblyIdentifiedIn) {
    ActorProfile uncited = new ActorProfile(actor, moneyGiven, moneyReceived, agreements, recommendationsAddressed,
        recommendationsAbout, events, figures, assessments, relations, officeHolders, ImmutableList.of(),
        possiblyIdentifiedIn);
    ImmutableList<Citation> citations = uncited.facts()
        .flatMap(f -> FactMaps.footnotes(f).stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(Integer::compare))
        .stream()
        .map(citation::apply)
        .flatMap(Optional::stream)
        .collect(ImmutableList.toImmutableList());
    return new ActorProfile(actor, moneyGiven, moneyReceived, agreements, recommendationsAddressed,
        recommendationsAbout, events, figures, assessments, relations, officeHolders, citations,
        possiblyIdentifiedIn);
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

  /** {@return the actor's own offices, if it is a person} */
  public ImmutableList<Office> offices() {
    return actor.offices();
  }

  /**
   * {@return the actor, then the facts of its lists from {@code moneyGiven} to {@code relations} in the
   * order of the components, each fact once}
   */
  public Stream<Fact> facts() {
    return Stream.<Stream<? extends Fact>>of(Stream.of(actor), moneyGiven.stream(),
            moneyReceived.stream().filter(l -> !moneyGiven.contains(l)), agreements.stream(),
            recommendationsAddressed.stream(),
            recommendationsAbout.stream().filter(r -> !recommendationsAddressed.contains(r)), events.stream(),
            figures.stream(), assessments.stream(), relations.stream())
        .flatMap(s -> s.map(f -> (Fact) f));
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
