package io.github.bilateral.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A quantity the report gives that is not a money commitment: people, percentages, distances,
 * durations, counts, and money stocks and flows such as trade volumes and foreign reserves. A figure
 * has exactly one of {@link #quantity()} (with a unit) and {@link #amount()} (with a currency), and
 * says what it measures.
 *
 * <pre>{@code
 * Figure taxRatio = Figure.builder()
 *     .id(FigureId.of("tax-to-gdp"))
 *     .measure(Measure.of("tax-to-gdp"))
 *     .quantity(Quantity.of(Estimate.of(Estimate.Qualifier.APPROXIMATELY, BigDecimal.TEN), "percent"))
 *     .addActor(ActorId.of("pakistan"))
 *     .summary("Pakistan's tax revenue as a share of GDP.")
 *     .provenance(Provenance.builder().addSection(SectionId.of("political-and-economic-challenges")).addFootnote(51).build())
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractFigure
    implements Dated, ConcernsActors, ConcernsPlaces, Summarised, IdentifiedFact<FigureId> {

  /** {@return the figure's id} */
  public abstract FigureId id();

  /** {@return what the figure measures} */
  public abstract Measure measure();

  /** {@return the figure as a non-money quantity; present exactly when {@link #amount()} is not} */
  public abstract Optional<Quantity> quantity();

  /** {@return the figure as money; present exactly when {@link #quantity()} is not} */
  public abstract Optional<Amount> amount();

  /** {@return the estimate of whichever of quantity and amount is present} */
  public final Estimate estimate() {
    return quantity().map(Quantity::estimate).orElseGet(() -> amount().orElseThrow().estimate());
  }

  @Value.Check
  void check() {
    String where = FactFields.FIGURE.check(this);
    if (quantity().isPresent() == amount().isPresent()) {
      throw Checks.invalid(where, "exactly one of quantity and amount must be present",
          quantity().isPresent() ? "both" : "neither");
    }
  }
}
