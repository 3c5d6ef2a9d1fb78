package io.github.bilateral.model;

/**
 * The kind of a {@link Loan}: loans in the strict sense and the other kinds of money commitment.
 *
 * <p>In JSON each constant is written in lowercase kebab-case, such as {@code stand-by-arrangement}.
 *
 * <pre>{@code
 * q.loans().kind(LoanKind.ROLLOVER).list();       // China's rollovers of March and July 2023
 * q.loans().kind(LoanKind.ROLLOVER).totals().totals();   // [USD 4400000000]
 * }</pre>
 */
public enum LoanKind {
  /** An IMF stand-by arrangement. */
  STAND_BY_ARRANGEMENT,
  /** An IMF extended fund facility. */
  EXTENDED_FUND_FACILITY,
  /** Another or unspecified IMF lending programme. */
  IMF_PROGRAMME,
  /** The extension of a loan that fell due. */
  ROLLOVER,
  /** A loan from one state to another. */
  BILATERAL_LOAN,
  /** A loan from a commercial lender. */
  COMMERCIAL_LOAN,
  /** An accumulated stock of debt, which may contain other loans. */
  DEBT_STOCK,
  /** A payment whose due date a creditor has pushed back. */
  DEFERRED_PAYMENT,
  /** A promise of aid. */
  AID_PLEDGE,
  /** Money given, not lent. */
  GRANT,
  /** Aid or humanitarian assistance in money or kind. */
  ASSISTANCE,
  /** An investment, such as a refinery or venture capital. */
  INVESTMENT,
  /** Money whose form (loan, grant, equity) the report leaves open. */
  FINANCING
}
