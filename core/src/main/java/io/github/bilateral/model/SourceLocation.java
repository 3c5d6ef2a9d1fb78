package io.github.bilateral.model;

/**
 * Where in the report a fact is printed (see {@link Provenance}).
 *
 * <p>In JSON each constant is written in lowercase kebab-case, such as {@code text}.
 *
 * <pre>{@code
 * Basis b = Basis.of(SourceLocation.CAPTION);   // CAPTION
 * }</pre>
 *
 * @deprecated since format version 2, use {@link Basis}, which also says when a value is inferred
 *     or comes from outside the report; {@link Basis#of(SourceLocation)} and {@link
 *     Basis#location()} map between the two
 */
@Deprecated
public enum SourceLocation {
  /** In the body text. */
  TEXT,
  /** Only in a footnote, such as in a cited article's title. */
  FOOTNOTE,
  /** In a photo caption. */
  CAPTION,
  /** In the front matter: cover, about the institute, about the author. */
  FRONT_MATTER
}
