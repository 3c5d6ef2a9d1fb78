package io.github.bilateral.model;

/**
 * The identifier of an agreement, such as {@code doha-agreement}.
 *
 * <p>Obtain one with {@code AgreementId.of("...")}; see {@link Identifier} for the rules. This class is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * AgreementId sba = AgreementId.of("imf-sba-2023");
 * q.find(sba).map(Agreement::status);   // Optional[IN_FORCE]
 * q.loansOf(sba);                       // the loans made under it: imf-sba-2023
 * }</pre>
 */
public final class AgreementId extends Identifier {

  private AgreementId(String value) {
    super(value);
  }

  /**
   * Returns the AgreementId with the given text.
   *
   * @param value lowercase kebab-case text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if {@code value} is empty, too long or not kebab-case
   */
  public static AgreementId of(String value) {
    return new AgreementId(checkValue("AgreementId", value));
  }

  @Override
  public String kind() {
    return "agreement";
  }
}
