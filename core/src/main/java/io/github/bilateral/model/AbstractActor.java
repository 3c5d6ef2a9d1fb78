package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Anyone or anything that acts in the report: a state, an international organisation, a government
 * body, a military or security body, a political party, a person, an armed group, a company, a
 * community, a programme, or another actor.
 *
 * <p>{@link #name()} is the name as the report prints it, unless the actor is {@link #unnamed()}:
 * then the report does not name it, and the name is a description in our words ("the U.S.
 * ambassador in Pakistan"); such an actor may list the named actors it may be in {@link
 * #possibleIdentities()}, which are never merged with it. Otherwise {@link #aliases()} holds every other
 * spelling and abbreviation the report uses. {@link #country()} is an ISO 3166-1 alpha-2 code, such
 * as {@code PK}.
 *
 * <pre>{@code
 * Actor imf = Actor.builder()
 *     .id(ActorId.of("imf"))
 *     .kind(ActorKind.INTERNATIONAL_ORGANISATION)
 *     .name("International Monetary Fund")
 *     .addAlias("IMF")
 *     .provenance(Provenance.builder().addSection(SectionId.of("executive-summary")).build())
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractActor implements Named, IdentifiedFact<ActorId> {

  /** {@return the actor's id} */
  public abstract ActorId id();

  /** {@return what kind of actor this is} */
  public abstract ActorKind kind();

  /** {@return the name as the report prints it} */
  public abstract String name();

  /**
   * Returns whether the report leaves this actor unnamed, so that {@link #name()} is a description
   * in our words; name look-ups never resolve to it by that description alone.
   *
   * @return true for an unnamed actor; false unless set
   */
  @Value.Default
  public boolean unnamed() {
    return false;
  }

  /**
   * Returns the named actors this one may be, each with its basis; never the actor itself.
   *
   * @return the possible identities, not null
   */
  public abstract ImmutableList<PossibleIdentity> possibleIdentities();

  /** {@return the ISO 3166-1 alpha-2 code of the actor's country, where it has one} */
  public abstract Optional<String> country();

  /** {@return the offices a person holds or held; empty for other actors} */
  public abstract ImmutableList<Office> offices();

  /** {@return who or what this is, in our words} */
  public abstract Optional<String> summary();


  @Value.Check
  void check() {
    String where = FactFields.ACTOR.check(this);
    if (aliases().contains(name())) {
      throw Checks.invalid(where + ".aliases", "must not repeat the name", name());
    }
    for (int i = 0; i < possibleIdentities().size(); i++) {
      if (possibleIdentities().get(i).actor().equals(id())) {
        throw Checks.invalid(where + ".possibleIdentities[" + i + "].actor",
            "must name another actor; an actor is not a possible identity of itself", id().value());
      }
    }
    if (possibleIdentities().size() > 1) {
      Checks.noDuplicates(where, ".possibleIdentities",
          possibleIdentities().stream().map(PossibleIdentity::actor).collect(ImmutableList.toImmutableList()));
    }
    if (!offices().isEmpty() && kind() != ActorKind.PERSON) {
      throw Checks.invalid(where + ".offices", "only a person holds offices; kind is " + kind(), offices().get(0).title());
    }
  }
}
