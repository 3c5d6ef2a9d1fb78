package io.github.bilateral.model;

/**
 * The identifier of an event, such as {@code khan-arrest-2023-05-09}.
 *
 * <p>Obtain one with {@code EventId.of("...")}; see {@link Identifier} for the rules. This class is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * q.find(EventId.of("khan-arrest-2023-05-09")).map(Event::when);   // Optional[2023-05-09]
 * }</pre>
 */
public final class EventId extends Identifier {

  private EventId(String value) {
    super(value);
  }

  /**
   * Returns the EventId with the given text.
   *
   * @param value lowercase kebab-case text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if {@code value} is empty, too long or not kebab-case
   */
  public static EventId of(String value) {
    return new EventId(checkValue("EventId", value));
  }

  @Override
  public String kind() {
    return "event";
  }
}
