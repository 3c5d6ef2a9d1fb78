package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Figure;
import io.github.bilateral.model.Measure;
import io.github.bilateral.model.PlaceId;

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
public final class FigureFilter extends DatedFilter<Figure, FigureFilter> {

  FigureFilter(KindIndex<Figure> index, ImmutableList<Criterion> criteria) {
    super(index, criteria);
  }

  @Override
  FigureFilter narrowed(ImmutableList<Criterion> criteria) {
    return new FigureFilter(index, criteria);
  }

  static KindIndex<Figure> index(ImmutableList<Figure> figures) {
    return KindIndex.of(figures)
        .byOne("measure", Figure::measure)
        .by("actor", Figure::actors)
        .by("place", Figure::places)
        .dated(Figure::date)
        .build();
  }

  /**
   * Keeps the figures of what {@code measure} names.
   *
   * @param measure what the figures measure, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public FigureFilter measure(Measure measure) {
    return narrowed(where("measure", measure));
  }

  /**
   * Keeps the figures about {@code actor}.
   *
   * @param actor the actor's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public FigureFilter actor(ActorId actor) {
    return narrowed(where("actor", actor));
  }

  /**
   * Keeps the figures about {@code place}.
   *
   * @param place the place's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public FigureFilter place(PlaceId place) {
    return narrowed(where("place", place));
  }
}
