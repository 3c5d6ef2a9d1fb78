package io.github.bilateral.model;

/**
 * The identifier of a place, such as {@code gwadar}.
 *
 * <p>Obtain one with {@code PlaceId.of("...")}; see {@link Identifier} for the rules. This class is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * q.find(PlaceId.of("gwadar-port")).flatMap(Place::within);   // Optional[gwadar]
 * q.events().place(PlaceId.of("gwadar")).list();              // what happened there
 * }</pre>
 */
public final class PlaceId extends Identifier {

  private PlaceId(String value) {
    super(value);
  }

  /**
   * Returns the PlaceId with the given text.
   *
   * @param value lowercase kebab-case text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if {@code value} is empty, too long or not kebab-case
   */
  public static PlaceId of(String value) {
    return new PlaceId(checkValue("PlaceId", value));
  }

  @Override
  public String kind() {
    return "place";
  }
}
