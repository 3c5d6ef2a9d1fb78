package io.github.bilateral.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An office a person holds or held, such as "caretaker Prime Minister" of Pakistan's caretaker
 * government from mid-August 2023.
 *
 * <p>{@link #from()} and {@link #to()} are partial dates; an absent {@code to} means the office was
 * held at the report's date or that its end is unknown.
 *
 * <pre>{@code
 * Office pm = Office.builder()
 *     .title("Prime Minister")
 *     .organisation(ActorId.of("khan-government"))
 *     .from(PartialDate.ofYear(2018))
 *     .to(PartialDate.ofMonth(2022, 4))
 *     .build();
 * pm.mayBeHeldOn(LocalDate.of(2020, 1, 1));   // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractOffice implements KeepsUnknownFields {

  /** {@return the office as printed, such as {@code "Prime Minister"}} */
  public abstract String title();

  /** {@return the organisation the office belongs to} */
  public abstract Optional<ActorId> organisation();

  /** {@return when the person took the office, where known} */
  // The attribute is the fact's own word for its start; with it, the builder has no from(instance)
  // initializer (use copyOf(instance) and the with... copies instead), which is what Immutables warns about.
  @SuppressWarnings("immutables:from")
  public abstract Optional<PartialDate> from();

  /** {@return when the person left the office, where known} */
  public abstract Optional<PartialDate> to();

  /** {@return whether the office is held in an acting capacity} */
  @Value.Default
  public boolean acting() {
    return false;
  }

  /** {@return anything else worth knowing, in our words} */
  public abstract Optional<String> note();

  /**
   * {@return whether the office may have been held on {@code day}, given the precision of its
   * dates: true when the day is not before the earliest possible start and not after the latest
   * possible end} An unknown start or end is open.
   *
   * @param day the day to test, not null
   */
  public final boolean mayBeHeldOn(LocalDate day) {
    return from().map(f -> !day.isBefore(f.start())).orElse(true)
        && to().map(t -> !day.isAfter(t.end())).orElse(true);
  }

  @Value.Check
  void check() {
    Checks.shortText("Office.title", title());
    Checks.nonBlank("Office.note", note());
    if (from().isPresent() && to().isPresent() && from().get().start().isAfter(to().get().end())) {
      throw Checks.invalid("Office.to", "must not end before it starts, from " + from().get(), to().get());
    }
  }
}
