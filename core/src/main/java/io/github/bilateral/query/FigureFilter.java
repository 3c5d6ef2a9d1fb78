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
public final class FigureFilter extends FactFilter<Figure> {

  FigureFilter(KindIndex<Figure> index, ImmutableList<Criterion> criteria) {
    super(index, criteria);
  }

  static KindIndex<Figure> index(ImmutableList<Figure> figures) {
    return KindIndex.of(figures)
        .byOne("measure", Figure::measure)
        .by("actor", Figure::actors)
        .by("place", Figure::places)
        .dated(Figure::date)
        .build();
  }

  private FigureFilter with(String what, Object value) {
    return new FigureFilter(index, and(what, value, index.lookup(what, value)));
  }

  /**
   * Keeps the figures of what {@code measure} names.
   *
   * @param measure what the figures measure, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public FigureFilter measure(Measure measure) {
    return with("measure", measure);
  }

  /**
   * Keeps the figures about {@code actor}.
   *
   * @param actor the actor's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public FigureFilter actor(ActorId actor) {
    return with("actor", actor);
  }

  /**
   * Keeps the figures about {@code place}.
   *
   * @param place the place's id, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public FigureFilter place(PlaceId place) {
    return with("place", place);
  }

  /**
   * Keeps the figures dated on some day of {@code range}; undated ones are dropped.
   *
   * @param range the days to match, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public FigureFilter dated(DateRange range) {
    return dated(range, DateMatch.OVERLAPS);
  }

  /**
   * Keeps the figures whose date lies against {@code range} as {@code match} asks; undated ones are dropped.
   *
   * @param range the days to match, not null
   * @param match how the date must lie against the range: overlap it or lie within it, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public FigureFilter dated(DateRange range, DateMatch match) {
    return new FigureFilter(index, and("dated-" + match.name().toLowerCase(java.util.Locale.ROOT), range,
        index.dated(range, match)));
  }
}
