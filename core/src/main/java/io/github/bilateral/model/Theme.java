package io.github.bilateral.model;

/**
 * The identifier of a recommendation theme, such as {@code climate} or {@code counter-terrorism}; not a fact of its own.
 *
 * <p>Obtain one with {@code Theme.of("...")}; see {@link Identifier} for the rules. This class is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * q.recommendations().theme(Theme.of("climate")).list();   // rec-05 and rec-06
 * }</pre>
 */
public final class Theme extends Identifier {

  private Theme(String value) {
    super(value);
  }

  /**
   * Returns the Theme with the given text.
   *
   * @param value lowercase kebab-case text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if {@code value} is empty, too long or not kebab-case
   */
  public static Theme of(String value) {
    return new Theme(checkValue("Theme", value));
  }

  @Override
  public String kind() {
    return "theme";
  }
}
