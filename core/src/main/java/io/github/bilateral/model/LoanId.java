package io.github.bilateral.model;

/**
 * The identifier of a loan or other money commitment, such as {@code imf-sba-2023}.
 *
 * <p>Obtain one with {@code LoanId.of("...")}; see {@link Identifier} for the rules. This class is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * LoanId sba = LoanId.of("imf-sba-2023");
 * q.find(sba).flatMap(Loan::amount).flatMap(Amount::point);   // Optional[USD 3000000000]
 * q.evidence(FactRef.of(sba)).urls();                         // the web addresses behind it
 * }</pre>
 */
public final class LoanId extends Identifier {

  private LoanId(String value) {
    super(value);
  }

  /**
   * Returns the LoanId with the given text.
   *
   * @param value lowercase kebab-case text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if {@code value} is empty, too long or not kebab-case
   */
  public static LoanId of(String value) {
    return new LoanId(checkValue("LoanId", value));
  }

  @Override
  public String kind() {
    return "loan";
  }
}
