package io.github.bilateral.model;

/**
 * The kind of a {@link CitationProblem}.
 *
 * <p>In JSON each constant is written in lowercase kebab-case, such as {@code url-mismatch}.
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
