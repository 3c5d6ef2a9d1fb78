package io.github.bilateral.model;

/**
 * The identifier of a section of the report, such as {@code recommendations}.
 *
 * <p>Obtain one with {@code SectionId.of("...")}; see {@link Identifier} for the rules. This class is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * report.findSection(SectionId.of("recommendations")).map(Section::title);   // Optional[Recommendations]
 * q.facts().filter(f -> f.provenance().sections().contains(SectionId.of("recommendations"))).count();
 * }</pre>
 */
public final class SectionId extends Identifier {

  private SectionId(String value) {
    super(value);
  }

  /**
   * Returns the SectionId with the given text.
   *
   * @param value lowercase kebab-case text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if {@code value} is empty, too long or not kebab-case
   */
  public static SectionId of(String value) {
    return new SectionId(checkValue("SectionId", value));
  }

  @Override
  public String kind() {
    return "section";
  }
}
