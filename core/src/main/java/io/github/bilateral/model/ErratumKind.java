package io.github.bilateral.model;

/**
 * The kind of an {@link Erratum}.
 *
 * <p>In JSON each constant is written in lowercase kebab-case, such as {@code spelling-variant}.
 *
 * <pre>{@code
 * report.errata().stream().filter(e -> e.kind() == ErratumKind.SPLIT_FOOTNOTE).map(Erratum::id).toList();
 * // the footnotes printed across two pages: 4, 8, 14, 35 and 66
 * }</pre>
 */
public enum ErratumKind {
  /** A name spelt in more than one way, or unlike its usual spelling. */
  SPELLING_VARIANT,
  /** A URL that belongs to another article or site. */
  URL_MISMATCH,
  /** Footnotes printed out of order. */
  OUT_OF_ORDER_FOOTNOTE,
  /** A footnote split across a page break. */
  SPLIT_FOOTNOTE,
  /** Two statements that disagree. */
  INCONSISTENCY,
  /** A fact attributed to the wrong source or person. */
  MISATTRIBUTION,
  /** Another problem. */
  OTHER
}
