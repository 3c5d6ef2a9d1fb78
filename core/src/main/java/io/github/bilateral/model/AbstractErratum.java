package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A problem found in the printed report: a name spelt two ways, a URL that belongs to another
 * article, footnotes out of order or split across pages, two statements that disagree. The data
 * keeps what the report printed; an erratum records the problem beside it.
 *
 * <pre>{@code
 * report.errata().stream().filter(e -> e.kind() == ErratumKind.SPELLING_VARIANT).forEach(System.out::println);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractErratum implements Summarised, IdentifiedFact<ErratumId> {

  /** {@return the erratum's id} */
  public abstract ErratumId id();

  /** {@return what kind of problem this is} */
  public abstract ErratumKind kind();

  /** {@return what the report prints, exactly} */
  public abstract String printed();

  /** {@return the facts the problem concerns} */
  public abstract ImmutableList<FactRef> refers();

  @Value.Check
  void check() {
    FactFields.ERRATUM.check(this);
  }
}
