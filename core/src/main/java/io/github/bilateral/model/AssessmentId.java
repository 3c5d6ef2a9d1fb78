package io.github.bilateral.model;

/**
 * The identifier of an assessment, such as {@code khan-death-penalty-unlikely}.
 *
 * <p>Obtain one with {@code AssessmentId.of("...")}; see {@link Identifier} for the rules. This class is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * q.find(AssessmentId.of("khan-death-penalty-unlikely")).flatMap(Assessment::likelihood);   // Optional[UNLIKELY]
 * }</pre>
 */
public final class AssessmentId extends Identifier {

  private AssessmentId(String value) {
    super(value);
  }

  /**
   * Returns the AssessmentId with the given text.
   *
   * @param value lowercase kebab-case text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if {@code value} is empty, too long or not kebab-case
   */
  public static AssessmentId of(String value) {
    return new AssessmentId(checkValue("AssessmentId", value));
  }

  @Override
  public String kind() {
    return "assessment";
  }
}
