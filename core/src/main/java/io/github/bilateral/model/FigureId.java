package io.github.bilateral.model;

/**
 * The identifier of a figure, such as {@code tax-to-gdp-2023}.
 *
 * <p>Obtain one with {@code FigureId.of("...")}; see {@link Identifier} for the rules. This class is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * q.find(FigureId.of("durand-line-length")).flatMap(Figure::quantity);
 * // Optional[Quantity{estimate=approximately 2500 ("circa 2,500-kilometer"), unit=kilometres, ...}]
 * }</pre>
 */
public final class FigureId extends Identifier {

  private FigureId(String value) {
    super(value);
  }

  /**
   * Returns the FigureId with the given text.
   *
   * @param value lowercase kebab-case text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if {@code value} is empty, too long or not kebab-case
   */
  public static FigureId of(String value) {
    return new FigureId(checkValue("FigureId", value));
  }

  @Override
  public String kind() {
    return "figure";
  }
}
