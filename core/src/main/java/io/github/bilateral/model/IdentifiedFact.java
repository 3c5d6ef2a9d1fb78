package io.github.bilateral.model;

/**
 * A fact named by an id of its own kind, such as a {@link Loan} by its {@link LoanId}: every fact
 * but a {@link Citation}, which is named by its footnote number. Its {@link #ref()} is made from
 * its id.
 *
 * <pre>{@code
 * static <I extends Identifier> ImmutableList<I> ids(List<? extends IdentifiedFact<I>> facts) {
 *   return facts.stream().map(IdentifiedFact::id).collect(ImmutableList.toImmutableList());
 * }
 *
 * ids(report.loans());   // [amazon-google-india-investment, ...], each a LoanId
 * IdentifiedFact<LoanId> sba = report.findLoan(LoanId.of("imf-sba-2023")).orElseThrow();
 * sba.ref();             // loan:imf-sba-2023
 * }</pre>
 *
 * @param <I> the type of the fact's id, such as {@link LoanId}
 */
public interface IdentifiedFact<I extends Identifier> extends Fact {

  /** {@return the fact's id, unique among the facts of its kind in a report} */
  I id();

  /** {@return a reference to this fact made from its id, such as {@code loan:imf-sba-2023}} */
  @Override
  default FactRef ref() {
    return FactRef.of(id());
  }
}
