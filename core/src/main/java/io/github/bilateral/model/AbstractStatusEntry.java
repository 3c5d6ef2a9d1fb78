package io.github.bilateral.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dated entry in the status history of a {@link Loan} ({@code StatusEntry<LoanStatus>}) or an
 * {@link Agreement} ({@code StatusEntry<AgreementStatus>}): the shape of a recommendation's {@link
 * StatusChange}, with the fact's own status enum.
 *
 * <pre>{@code
 * StatusEntry<LoanStatus> suspended = StatusEntry.<LoanStatus>builder()
 *     .date(PartialDate.ofYear(2022)).status(LoanStatus.SUSPENDED)
 *     .note("The programme stalls.").build();
 * }</pre>
 *
 * @param <S> the status enum of the fact
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractStatusEntry<S extends Enum<S>> implements KeepsUnknownFields {

  /** {@return when the fact took this status} */
  public abstract PartialDate date();

  /** {@return the status it took} */
  public abstract S status();

  /** {@return why, or on what evidence, in our words} */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    Checks.nonBlank("StatusEntry.note", note());
  }

  /**
   * Checks a history: dates ascending (no entry starts before its predecessor starts) and, when
   * there is one, the last entry's status equal to the fact's status.
   */
  static <S extends Enum<S>> void checkHistory(String where, List<StatusEntry<S>> history, S status) {
    for (int i = 1; i < history.size(); i++) {
      PartialDate previous = history.get(i - 1).date();
      PartialDate date = history.get(i).date();
      if (date.start().isBefore(previous.start())) {
        throw Checks.invalid(where + ".history[" + i + "].date",
            "must not start before the previous entry's " + previous + "; list the history oldest first", date);
      }
    }
    if (!history.isEmpty() && history.get(history.size() - 1).status() != status) {
      throw Checks.invalid(where + ".history", "the last entry's status must be the fact's status "
          + Checks.word(status) + "; add an entry for it or correct the status",
          Checks.word(history.get(history.size() - 1).status()));
    }
  }
}
