package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Figure;
import io.github.bilateral.model.Measure;

/**
 * Selects figures: the numbers the report states, by what they measure. Results are in the
 * report's order of figures.
 *
 * <pre>{@code
 * q.figures().measure(Measure.of("tax-to-gdp")).list();
 * q.figures().actor(ActorId.of("pakistan")).list();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each method returns a new, narrower filter.
 */
public final class FigureFilter extends DatedFilter<Figure, FigureFilter>
    implements ByActor<FigureFilter>, ByPlace<FigureFilter> {

  FigureFilter(KindIndex<Figure> index, ImmutableList<Criterion> criteria) {
    super(index, criteria, FigureFilter::new);
  }

  /**
   * Keeps the figures of what {@code measure} names.
   *
   * @param measure what the figures measure, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public FigureFilter measure(Measure measure) {
    return narrow(this, "measure", measure);
  }
}
