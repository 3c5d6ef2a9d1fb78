package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import java.util.function.BiFunction;

/**
 * The part of the fluent filters over facts with a date: the criteria on that date, written once for
 * every such filter. A fact without a date never matches a range: the report does not say when it
 * was.
 *
 * @param <F> the kind of fact selected
 * @param <S> the filter's own class, which each criterion returns
 */
abstract class DatedFilter<F, S extends DatedFilter<F, S>> extends FactFilter<F> {

  DatedFilter(KindIndex<F> index, ImmutableList<Criterion> criteria,
      BiFunction<KindIndex<F>, ImmutableList<Criterion>, FactFilter<F>> narrowing) {
    super(index, criteria, narrowing);
  }

  /**
   * Keeps the facts dated on some day of {@code range}; undated ones are dropped.
   *
   * @param range the days to match, not null
   * @return a new, narrower filter; this one is unaffected
   */
  public final S dated(DateRange range) {
    return dated(range, DateMatch.OVERLAPS);
  }

  /**
   * Keeps the facts whose date lies against {@code range} as {@code match} asks; undated ones are dropped.
   *
   * @param range the days to match, not null
   * @param match how the date must lie against the range: overlap it or lie within it, not null
   * @return a new, narrower filter; this one is unaffected
   */
  @SuppressWarnings("unchecked")
  public final S dated(DateRange range, DateMatch match) {
    return (S) narrowed(datedAs(range, match));
  }
}
