package io.github.bilateral.model;

/**
 * The identifier of what a figure measures, such as {@code foreign-reserves}; not a fact of its own.
 *
 * <p>Obtain one with {@code Measure.of("...")}; see {@link Identifier} for the rules. This class is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * q.figures().measure(Measure.of("afghans-deported")).list();   // the figure afghans-deported-2023-11
 * }</pre>
 */
public final class Measure extends Identifier {

  private Measure(String value) {
    super(value);
  }

  /**
   * Returns the Measure with the given text.
   *
   * @param value lowercase kebab-case text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if {@code value} is empty, too long or not kebab-case
   */
  public static Measure of(String value) {
    return new Measure(checkValue("Measure", value));
  }

  @Override
  public String kind() {
    return "measure";
  }
}
