package io.github.bilateral.model;

/**
 * The state of a {@link Loan} as of the report's date.
 *
 * <p>In JSON each constant is written in lowercase kebab-case, such as {@code proposed}.
 *
 * <pre>{@code
 * q.loans().status(LoanStatus.PROPOSED).list();   // money talked of, such as imf-future-programme
 * q.loans().status(LoanStatus.DISBURSING).lender(ActorId.of("imf")).list();   // imf-sba-2023
 * }</pre>
 */
public enum LoanStatus {
  /** Suggested, not negotiated. */
  PROPOSED,
  /** Being negotiated. */
  UNDER_NEGOTIATION,
  /** Approved, not yet paid out. */
  APPROVED,
  /** Committed or pledged. */
  COMMITTED,
  /** Being paid out. */
  DISBURSING,
  /** Stopped before it was fully paid out. */
  SUSPENDED,
  /** Extended by a rollover. */
  ROLLED_OVER,
  /** Payments pushed back. */
  DEFERRED,
  /** Paid back. */
  REPAID,
  /** Fully paid out or carried out. */
  COMPLETED,
  /** Owed and not yet repaid. */
  OUTSTANDING
}
