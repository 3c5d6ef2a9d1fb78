package io.github.bilateral.model;

/**
 * Where in the report a fact is stated (see {@link Provenance}).
 *
 * <p>In JSON each constant is written in lowercase kebab-case, such as {@code text}.
 */
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
