package io.github.bilateral.model;

/**
 * The kind of an {@link Agreement}.
 *
 * <p>In JSON each constant is written in lowercase kebab-case, such as {@code treaty}.
 *
 * <pre>{@code
 * q.agreements().kind(AgreementKind.LEGISLATION).list();   // the laws, such as the Official Secrets Act amendment
 * q.agreements().kind(AgreementKind.PROPOSAL).status(AgreementStatus.PROPOSED).count();
 * }</pre>
 */
public enum AgreementKind {
  /** A treaty. */
  TREATY,
  /** A framework. */
  FRAMEWORK,
  /** A partnership. */
  PARTNERSHIP,
  /** A deal or contract. */
  DEAL,
  /** A standing dialogue. */
  DIALOGUE,
  /** A designation, such as of a terrorist organisation or an ally. */
  DESIGNATION,
  /** A law, an amendment or a bill. */
  LEGISLATION,
  /** A programme. */
  PROGRAMME,
  /** A plan. */
  PLAN,
  /** A proposal. */
  PROPOSAL,
  /** An initiative. */
  INITIATIVE,
  /** A status granted, such as major non-NATO ally. */
  STATUS
}
