package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that happened, or was scheduled, on a date the report gives or implies, such as Imran
 * Khan's arrest on May 9, 2023, or the elections announced for early February 2024; or something
 * the report does not date, with a {@link NoDate} that says why (ongoing, undated, an era). An
 * event has exactly one of {@link #date()} and {@link #noDate()}.
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
public abstract class AbstractEvent
    implements Dated, ConcernsActors, ConcernsPlaces, Summarised, IdentifiedFact<EventId> {

  /** {@return the event's id} */
  public abstract EventId id();

  /** {@return what kind of event this is} */
  public abstract EventKind kind();

  /**
   * Returns when it happened, to the precision the report gives.
   *
   * @return the date, or empty exactly when {@link #noDate()} is present
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns why the event has no date.
   *
   * @return the reason, or empty exactly when {@link #date()} is present
   */
  public abstract Optional<NoDate> noDate();

  /** {@return other facts it concerns, such as the loan an announcement is about} */
  public abstract ImmutableList<FactRef> related();

  /**
   * Returns when the event happened as text: the date as {@link PartialDate#toString()} prints it,
   * such as {@code 2023-05-09}, or the word of {@link #noDate()}, such as {@code ongoing}.
   *
   * @return the text, not null
   */
  public final String when() {
    return date().map(PartialDate::toString).orElseGet(() -> Checks.word(noDate().orElseThrow()));
  }

  @Value.Check
  void check() {
    String where = FactFields.EVENT.check(this);
    if (date().isPresent() == noDate().isPresent()) {
      throw Checks.invalid(where + ".date", date().isPresent()
          ? "give either a date or a noDate, not both; remove noDate " + Checks.word(noDate().get())
          : "give a date, or a noDate (ongoing, undated or era) that says why there is none", "");
    }
  }
}
