package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Something that happened, or was scheduled, on a date the report gives or implies, such as Imran
 * Khan's arrest on May 9, 2023, or the elections announced for early February 2024.
 *
 * <pre>{@code
 * Event e = Event.builder()
 *     .id(EventId.of("nawaz-sharif-returns"))
 *     .kind(EventKind.POLITICAL)
 *     .date(PartialDate.of(2023, 10, 21))
 *     .addActor(ActorId.of("nawaz-sharif"))
 *     .summary("Nawaz Sharif comes back to Pakistan from London.")
 *     .provenance(Provenance.builder().addSection(SectionId.of("ground-realities")).addFootnote(26).build())
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractEvent implements Fact {

  /** {@return the event's id} */
  public abstract EventId id();

  /** {@return what kind of event this is} */
  public abstract EventKind kind();

  /** {@return when it happened, to the precision the report gives} */
  public abstract PartialDate date();

  /** {@return the actors involved} */
  public abstract ImmutableList<ActorId> actors();

  /** {@return the places involved} */
  public abstract ImmutableList<PlaceId> places();

  /** {@return other facts it concerns, such as the loan an announcement is about} */
  public abstract ImmutableList<FactRef> related();

  /** {@return the event in our words} */
  public abstract String summary();

  @Override
  public abstract Provenance provenance();

  @Override
  public final FactRef ref() {
    return FactRef.of(id());
  }

  @Value.Check
  void check() {
    String where = "Event '" + id() + "'";
    Checks.nonBlank(where + ".summary", summary());
    Checks.noDuplicates(where + ".actors", actors());
    Checks.noDuplicates(where + ".places", places());
    Checks.noDuplicates(where + ".related", related());
  }

  /**
   * {@return the fields of this object that the format does not know, kept by a lenient reader and
   * written back unchanged; {@link UnknownFields#of()} unless set}
   */
  @Value.Default
  public UnknownFields unknownFields() {
    return UnknownFields.of();
  }
}
