package io.github.bilateral.model;

/**
 * The identifier of a report, such as {@code mei-2023-us-pakistan}.
 *
 * <p>Obtain one with {@code ReportId.of("...")}; see {@link Identifier} for the rules. This class is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * ReportId id = report.metadata().id();    // mei-2023-us-pakistan
 * id.equals(ReportId.of("mei-2023-us-pakistan"));   // true
 * }</pre>
 */
public final class ReportId extends Identifier {

  private ReportId(String value) {
    super(value);
  }

  /**
   * Returns the ReportId with the given text.
   *
   * @param value lowercase kebab-case text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if {@code value} is empty, too long or not kebab-case
   */
  public static ReportId of(String value) {
    return new ReportId(checkValue("ReportId", value));
  }

  @Override
  public String kind() {
    return "report";
  }
}
