package io.github.bilateral.query;

import java.util.Objects;

/**
 * A fact found by name, with how well it matched: the result of {@link ReportQuery#searchActors}
 * and {@link ReportQuery#searchPlaces}.
 *
 * <p>Names are compared folded: case, accents, hyphens, spaces and punctuation do not count, so
 * {@code "pmln"} equals {@code "PML-N"} and {@code "anwar ul haq kakar"} equals
 * {@code "Anwar-ul-Haq Kakar"}. The id of a fact counts as one of its names.
 *
 * <pre>{@code
 * for (NameMatch<Actor> m : q.searchActors("Kakr")) {
 *   System.out.println(m.value().id() + " " + m.quality() + " " + m.matchedName());
 * }
 * // anwar-ul-haq-kakar SIMILAR Kakar
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the kind of fact found
 */
public final class NameMatch<T> {

  /** How a name matched, best first. */
  public enum Quality {
    /** The text is the id, the name or an alias. */
    EXACT,
    /** Every word of the text is a word of the fact's names, such as {@code "Kakar"}. */
    WORDS,
    /** The text begins a name or an alias. */
    PREFIX,
    /** The text is a few edits away from a name, an alias or one of their words: a near miss. */
    SIMILAR
  }

  private final T value;
  private final String matchedName;
  private final Quality quality;
  private final int distance;

  NameMatch(T value, String matchedName, Quality quality, int distance) {
    this.value = value;
    this.matchedName = matchedName;
    this.quality = quality;
    this.distance = distance;
  }

  /** {@return the fact found} */
  public T value() {
    return value;
  }

  /** {@return the name, alias or id that matched, as the report prints it} */
  public String matchedName() {
    return matchedName;
  }

  /** {@return how the name matched} */
  public Quality quality() {
    return quality;
  }

  /**
   * {@return the number of edits between the folded text and the folded name; 0 unless {@link
   * Quality#SIMILAR}}
   */
  public int distance() {
    return distance;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof NameMatch)) {
      return false;
    }
    NameMatch<?> m = (NameMatch<?>) o;
    return value.equals(m.value) && matchedName.equals(m.matchedName) && quality == m.quality && distance == m.distance;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, matchedName, quality, distance);
  }

  @Override
  public String toString() {
    return quality + (quality == Quality.SIMILAR ? "(" + distance + ")" : "") + " '" + matchedName + "': " + value;
  }
}
