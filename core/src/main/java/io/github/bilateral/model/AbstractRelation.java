package io.github.bilateral.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A typed, directed link between two actors, read as {@code from KIND to}: "imran-khan leads pti",
 * "china creditor-of pakistan".
 *
 * <pre>{@code
 * Relation r = Relation.builder()
 *     .id(RelationId.of("china-creditor-of-pakistan"))
 *     .kind(RelationKind.CREDITOR_OF)
 *     .from(ActorId.of("china")).to(ActorId.of("pakistan"))
 *     .provenance(Provenance.builder().addSection(SectionId.of("political-and-economic-challenges")).build())
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractRelation implements Dated, IdentifiedFact<RelationId> {

  /** {@return the relation's id} */
  public abstract RelationId id();

  /** {@return what the link means} */
  public abstract RelationKind kind();

  /** {@return the actor the link starts from} */
  // The attribute is the fact's own word for its start; with it, the builder has no from(instance)
  // initializer (use copyOf(instance) and the with... copies instead), which is what Immutables warns about.
  @SuppressWarnings("immutables:from")
  public abstract ActorId from();

  /** {@return the actor the link points to; never {@link #from()}} */
  public abstract ActorId to();

  /** {@return the link in our words} */
  public abstract Optional<String> summary();

  @Value.Check
  void check() {
    String where = FactFields.RELATION.check(this);
    if (from().equals(to())) {
      throw Checks.invalid(where + ".to", "must differ from 'from'", to().value());
    }
  }
}
