package io.github.bilateral.model;

/**
 * The state of an {@link Agreement} as of the report's date.
 *
 * <p>In JSON each constant is written in lowercase kebab-case, such as {@code proposed}.
 *
 * <pre>{@code
 * q.agreements().status(AgreementStatus.UNDER_NEGOTIATION).list();
 * // the Karachi East Wharf lease, the Saudi refinery and the UAE economic agreement
 * }</pre>
 */
public enum AgreementStatus {
  /** Suggested, not negotiated. */
  PROPOSED,
  /** Being negotiated. */
  UNDER_NEGOTIATION,
  /** Signed. */
  SIGNED,
  /** In force or in operation. */
  IN_FORCE,
  /** Agreed, awaiting approval, such as by a legislature. */
  AWAITING_APPROVAL,
  /** Suspended. */
  SUSPENDED,
  /** Lapsed or expired. */
  LAPSED,
  /** Concluded and done. */
  CONCLUDED,
  /** Proposed but never realised. */
  NOT_MATERIALISED,
  /** Notably absent: the report says no such agreement exists. */
  ABSENT
}
