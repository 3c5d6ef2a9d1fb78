package io.github.bilateral.model;

import org.immutables.value.Value;

/**
 * A problem in a printed footnote, kept beside the footnote as printed rather than silently fixed:
 * a URL that belongs to another article, a footnote split across a page break, a footnote out of
 * order, a misspelling, a date that disagrees with its URL.
 *
 * <pre>{@code
 * CitationProblem p = CitationProblem.of(CitationProblemKind.DATE_MISMATCH,
 *     "Dated December 1, 2023, but the URL carries 2023/11/30.");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractCitationProblem implements KeepsUnknownFields {

  /** {@return what kind of problem this is} */
  @Value.Parameter
  public abstract CitationProblemKind kind();

  /** {@return the problem in our words} */
  @Value.Parameter
  public abstract String note();

  @Value.Check
  void check() {
    Checks.nonBlank("CitationProblem.note", note());
  }
}
