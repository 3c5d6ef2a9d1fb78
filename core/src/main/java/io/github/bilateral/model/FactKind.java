package io.github.bilateral.model;

import java.util.Locale;

/**
 * The kinds of thing a {@link FactRef} can point to. In text and JSON each kind is its lowercase
 * name, such as {@code agreement}.
 */
public enum FactKind {
  /** An {@link Actor}. */
  ACTOR,
  /** A {@link Place}. */
  PLACE,
  /** A {@link Loan}. */
  LOAN,
  /** An {@link Agreement}. */
  AGREEMENT,
  /** A {@link Recommendation}. */
  RECOMMENDATION,
  /** An {@link Event}. */
  EVENT,
  /** A {@link Figure}. */
  FIGURE,
  /** An {@link Assessment}. */
  ASSESSMENT,
  /** A {@link Relation}. */
  RELATION,
  /** A {@link Section}. */
  SECTION,
  /** A {@link Citation}, named by its footnote number. */
  CITATION,
  /** An {@link Erratum}. */
  ERRATUM;

  private final String word = name().toLowerCase(Locale.ROOT);

  /** {@return the lowercase name used in text and JSON, such as {@code "agreement"}} */
  public String word() {
    return word;
  }
}
