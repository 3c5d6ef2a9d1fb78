package io.github.bilateral.model;

/**
 * A fact the report states: an actor, place, relation, loan, agreement, recommendation, event,
 * figure, assessment, citation or erratum. Every fact can be referred to and says where the report
 * states it, and keeps the fields of the format it does not know (see {@link KeepsUnknownFields}).
 *
 * <pre>{@code
 * for (Loan loan : report.loans()) {
 *   System.out.println(loan.ref() + " " + loan.provenance().footnotes());
 * }
 * }</pre>
 */
public interface Fact extends KeepsUnknownFields {

  /** {@return a reference to this fact, such as {@code loan:imf-sba-2023}} */
  FactRef ref();

  /** {@return where the report states this fact} */
  Provenance provenance();
}
