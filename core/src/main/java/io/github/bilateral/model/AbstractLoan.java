package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A loan in the wide sense: any commitment of money from one actor to another. Its {@link #kind()}
 * says what it is: an IMF stand-by arrangement or extended fund facility, a rollover, a bilateral
 * or commercial loan, a stock of debt, a deferred payment, an aid pledge, a grant, assistance, or an
 * investment. Trade volumes and foreign reserves are {@link Figure}s, not loans.
 *
 * <p>{@link #lenders()} are the lenders, donors or investors; {@link #borrowers()} the borrowers
 * or recipients. A rollover or a deferral names the loan it extends in {@link #extendsLoan()}, and
 * a loan inside a stock of debt names the stock in {@link #partOf()}, so that totals never count the
 * same money twice. {@link #partOf()} may name any loan whose amount includes this one's (a pledge
 * included in an aid total, a rollover of a debt inside a debt stock). {@link #agreement()} names
 * the agreement that is the same instrument, and {@link #history()} the dated changes of status.
 *
 * <pre>{@code
 * Loan sba = Loan.builder()
 *     .id(LoanId.of("imf-sba-2023"))
 *     .kind(LoanKind.STAND_BY_ARRANGEMENT)
 *     .addLender(ActorId.of("imf")).addBorrower(ActorId.of("pakistan"))
 *     .amount(Amount.of(Estimate.exact(new BigDecimal("3000000000")), Currency.getInstance("USD")))
 *     .status(LoanStatus.DISBURSING)
 *     .date(PartialDate.ofMonth(2023, 7))
 *     .term(Period.ofMonths(9))
 *     .summary("Nine-month IMF stand-by arrangement that helped Pakistan avoid default.")
 *     .provenance(Provenance.builder().addSection(SectionId.of("ground-realities")).addFootnote(19).build())
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractLoan implements Dated, ConcernsPlaces, Summarised, IdentifiedFact<LoanId> {

  /** {@return the loan's id} */
  public abstract LoanId id();

  /** {@return what kind of money commitment this is} */
  public abstract LoanKind kind();

  /** {@return the lenders, donors or investors; never empty} */
  public abstract ImmutableList<ActorId> lenders();

  /** {@return the borrowers or recipients; never empty} */
  public abstract ImmutableList<ActorId> borrowers();

  /** {@return the amount as stated, where the report gives one} */
  public abstract Optional<Amount> amount();

  /** {@return the state of the loan as of the report's date} */
  public abstract LoanStatus status();

  /**
   * Returns the loan's status over time, oldest first; where present, the last entry's status is
   * {@link #status()}.
   *
   * @return the history, possibly empty, not null
   */
  public abstract ImmutableList<StatusEntry<LoanStatus>> history();

  /** {@return its duration, such as {@code P9M}} */
  public abstract Optional<Period> term();

  /** {@return the loan that this rollover or deferral extends} */
  public abstract Optional<LoanId> extendsLoan();

  /** {@return the loan whose amount includes this one's, such as the stock of debt that contains it} */
  public abstract Optional<LoanId> partOf();

  /** {@return the agreement that is the same instrument, such as the IMF stand-by arrangement} */
  public abstract Optional<AgreementId> agreement();

  /** {@return what the money is for, in our words} */
  public abstract Optional<String> purpose();

  @Value.Check
  void check() {
    String where = FactFields.LOAN.check(this);
    AbstractStatusEntry.checkHistory(where, history(), status());
    if (term().isPresent() && (term().get().isNegative() || term().get().isZero())) {
      throw Checks.invalid(where + ".term", "must be a positive period such as P9M", term().get());
    }
  }
}
