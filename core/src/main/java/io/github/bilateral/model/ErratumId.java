package io.github.bilateral.model;

/**
 * The identifier of a problem found in the printed report, such as {@code spelling-samantha-power}.
 *
 * <p>Obtain one with {@code ErratumId.of("...")}; see {@link Identifier} for the rules. This class is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * q.find(ErratumId.of("kakar-name-spelling")).map(Erratum::kind);   // Optional[SPELLING_VARIANT]
 * }</pre>
 */
public final class ErratumId extends Identifier {

  private ErratumId(String value) {
    super(value);
  }

  /**
   * Returns the ErratumId with the given text.
   *
   * @param value lowercase kebab-case text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if {@code value} is empty, too long or not kebab-case
   */
  public static ErratumId of(String value) {
    return new ErratumId(checkValue("ErratumId", value));
  }

  @Override
  public String kind() {
    return "erratum";
  }
}
