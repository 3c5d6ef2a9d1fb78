package io.github.bilateral.model;

import java.util.Optional;

/**
 * How a value is sourced: printed in the report's body text, only in a footnote, in a photo
 * caption or in the front matter; worked out from the report's own context ({@link #INFERRED}); or
 * taken from outside the report ({@link #OUTSIDE_KNOWLEDGE}). The last two need a note that says
 * how or from where (see {@link Sourcing#note()}).
 *
 * <p>In JSON each constant is written in lowercase kebab-case, such as {@code front-matter} or
 * {@code outside-knowledge}. The first four constants are the printed places of the deprecated
 * {@link SourceLocation}; {@link #of(SourceLocation)} and {@link #location()} map between the two.
 *
 * <pre>{@code
 * Sourcing date = loan.provenance().basisOf("date");
 * if (!date.basis().isPrinted()) {
 *   System.out.println("not printed: " + date.note().orElse(""));
 * }
 * Basis.INFERRED.requiresNote();   // true: say how it was worked out
 * }</pre>
 */
public enum Basis {
  /** Printed in the body text; the default. */
  TEXT,
  /** Printed only in a footnote, such as in a cited article's title. */
  FOOTNOTE,
  /** Printed in a photo caption. */
  CAPTION,
  /** Printed in the front matter: cover, about the institute, about the author. */
  FRONT_MATTER,
  /** Not printed, but worked out from the report's own context, such as a year from the report's date. */
  INFERRED,
  /** Not in the report at all: general knowledge or another source, named in the note. */
  OUTSIDE_KNOWLEDGE;

  /**
   * Returns whether the report prints the value: {@link #TEXT}, {@link #FOOTNOTE}, {@link #CAPTION}
   * or {@link #FRONT_MATTER}.
   *
   * @return true for a printed basis
   */
  public boolean isPrinted() {
    return this != INFERRED && this != OUTSIDE_KNOWLEDGE;
  }

  /**
   * Returns whether a value on this basis needs a note that says how it was worked out or where it
   * comes from: true for {@link #INFERRED} and {@link #OUTSIDE_KNOWLEDGE}.
   *
   * @return true when a note is required
   */
  public boolean requiresNote() {
    return !isPrinted();
  }

  /**
   * Returns the printed place of this basis as the deprecated {@link SourceLocation}.
   *
   * @return the location, or empty for {@link #INFERRED} and {@link #OUTSIDE_KNOWLEDGE}, which are
   *     not printed anywhere
   */
  @SuppressWarnings("deprecation")
  public Optional<SourceLocation> location() {
    switch (this) {
      case TEXT: return Optional.of(SourceLocation.TEXT);
      case FOOTNOTE: return Optional.of(SourceLocation.FOOTNOTE);
      case CAPTION: return Optional.of(SourceLocation.CAPTION);
      case FRONT_MATTER: return Optional.of(SourceLocation.FRONT_MATTER);
      default: return Optional.empty();
    }
  }

  /**
   * Returns the basis of a value printed at {@code location}, such as {@link #FOOTNOTE} for {@link
   * SourceLocation#FOOTNOTE}.
   *
   * @param location where the value is printed, not null
   * @return the basis, not null
   */
  @SuppressWarnings("deprecation")
  public static Basis of(SourceLocation location) {
    switch (location) {
      case TEXT: return TEXT;
      case FOOTNOTE: return FOOTNOTE;
      case CAPTION: return CAPTION;
      case FRONT_MATTER: return FRONT_MATTER;
      default: throw new AssertionError(location);
    }
  }
}
