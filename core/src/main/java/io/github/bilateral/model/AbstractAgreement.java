package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A treaty, framework, partnership, deal, dialogue, designation, law, programme, plan, proposal,
 * initiative or status, with its state as of the report: including agreements under negotiation,
 * those that never materialised, and those the report says are absent (such as a water-sharing
 * treaty between Afghanistan and Pakistan).
 *
 * <pre>{@code
 * Agreement doha = Agreement.builder()
 *     .id(AgreementId.of("doha-agreement"))
 *     .kind(AgreementKind.DEAL).name("Doha Agreement")
 *     .addParty(ActorId.of("united-states")).addParty(ActorId.of("taliban"))
 *     .status(AgreementStatus.CONCLUDED)
 *     .summary("US-Taliban deal that opened the way for the US withdrawal.")
 *     .provenance(Provenance.builder().addSection(SectionId.of("relevance-for-afghanistan")).build())
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractAgreement
    implements Dated, ConcernsPlaces, Summarised, IdentifiedFact<AgreementId> {

  /** {@return the agreement's id} */
  public abstract AgreementId id();

  /** {@return what kind of agreement this is} */
  public abstract AgreementKind kind();

  /** {@return its name as printed, where it has one} */
  public abstract Optional<String> name();

  /** {@return the parties} */
  public abstract ImmutableList<ActorId> parties();

  /** {@return its state as of the report's date} */
  public abstract AgreementStatus status();

  /**
   * Returns the agreement's status over time, oldest first; where present, the last entry's status
   * is {@link #status()}.
   *
   * @return the history, possibly empty, not null
   */
  public abstract ImmutableList<StatusEntry<AgreementStatus>> history();

  @Value.Check
  void check() {
    String where = FactFields.AGREEMENT.check(this);
    AbstractStatusEntry.checkHistory(where, history(), status());
  }
}
