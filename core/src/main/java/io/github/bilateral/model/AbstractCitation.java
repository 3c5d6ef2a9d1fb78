package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A footnote of the report, as printed: its number, authors, title, outlet, date, URL and access
 * date. "Ibid." links to the footnote it repeats through {@link #ibid()}, a shortened repeat through
 * {@link #sameAs()}; problems in the printed footnote are listed in {@link #problems()}.
 *
 * <pre>{@code
 * Citation c = report.citation(52).orElseThrow();
 * c.title();   // Optional[Pakistan's fresh £580m loan from China intensifies debt burden fears]
 * c.outlet();  // Optional[The Guardian]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractCitation implements Dated, Fact {


  /** {@return the footnote number as printed; unique within a report} */
  public abstract int footnote();

  /** {@return the authors as printed, in order; persons or institutions} */
  public abstract ImmutableList<String> authors();

  /** {@return the title as printed, without surrounding quotation marks} */
  public abstract Optional<String> title();

  /** {@return the publication, site or publisher as printed} */
  public abstract Optional<String> outlet();

  /** {@return the publication date exactly as printed, such as {@code "24 May 2023"}} */
  public abstract Optional<String> printedDate();

  /** {@return the URL as printed} */
  public abstract Optional<String> url();

  /**
   * Returns where the printed hyperlink actually points, when that is not {@link #url()}; the URL
   * stays exactly as printed.
   *
   * @return the link target, or empty
   */
  public abstract Optional<String> linkTarget();

  /** {@return the day the source was accessed, where printed} */
  public abstract Optional<LocalDate> accessed();

  /** {@return the number of the footnote that this one repeats, when it is printed "Ibid."} */
  public abstract OptionalInt ibid();

  /**
   * For a shortened repeat that is not "Ibid.", the number of the footnote it repeats.
   *
   * @return the number of the repeated footnote, when this one repeats another in a shortened form
   */
  public abstract OptionalInt sameAs();

  /** {@return problems in the printed footnote} */
  public abstract ImmutableList<CitationProblem> problems();

  /** Where the footnote's mark stands. */
  @Override
  public abstract Provenance provenance();

  @Override
  public final FactRef ref() {
    return FactRef.citation(footnote());
  }

  @Value.Check
  void check() {
    Checks.positive("Citation.footnote", footnote());
    String where = FactFields.CITATION.check(this);
    if (ibid().isPresent() && sameAs().isPresent()) {
      throw Checks.invalid(where, "ibid and sameAs exclude each other", footnote());
    }
  }
}
