package io.github.bilateral.query;


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
 * <p>This record is immutable and thread-safe; it is equal to another with the same fact, name,
 * quality and distance.
 *
 * @param <T> the kind of fact found
 * @param value the fact found
 * @param matchedName the name, alias or id that matched, as the report prints it
 * @param quality how the name matched
 * @param distance the number of edits between the folded text and the folded name; 0 unless
 *     {@link Quality#SIMILAR}
 */
public record NameMatch<T>(T value, String matchedName, Quality quality, int distance) {

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

  @Override
  public String toString() {
    return quality + (quality == Quality.SIMILAR ? "(" + distance + ")" : "") + " '" + matchedName + "': " + value;
  }
}
