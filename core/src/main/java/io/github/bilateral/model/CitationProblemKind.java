package io.github.bilateral.model;

/**
 * The kind of a {@link CitationProblem}.
 *
 * <p>In JSON each constant is written in lowercase kebab-case, such as {@code url-mismatch}.
 *
 * <pre>{@code
 * report.citations().stream()
 *     .filter(c -> c.problems().stream().anyMatch(p -> p.kind() == CitationProblemKind.URL_MISMATCH))
 *     .map(Citation::footnote).toList();   // [4, 35, 66]
 * }</pre>
 */
public enum CitationProblemKind {
  /** The printed URL belongs to another article or site. */
  URL_MISMATCH,
  /** The footnote is split across a page break. */
  SPLIT_ACROSS_PAGES,
  /** The footnote is printed out of numeric order. */
  OUT_OF_ORDER,
  /** A name or word is misspelt or spelt unlike elsewhere. */
  SPELLING,
  /** The printed date disagrees with the URL or another date. */
  DATE_MISMATCH,
  /** No date is printed. */
  MISSING_DATE,
  /** Another problem. */
  OTHER
}
