package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * The common part of the fluent filters: each criterion narrows the selection (criteria combine with
 * "and"), and the results keep the order of the report's list of that kind of fact.
 *
 * <p>A filter is an immutable description; nothing is computed until {@link #list()},
 * {@link #count()} or another result method is called, and every criterion is answered from an
 * index, so no result method walks all the facts when a criterion is given.
 *
 * <pre>{@code
 * LoanFilter chinese = q.loans().lender(ActorId.of("china"));
 * chinese.count();                         // how many
 * chinese.kind(LoanKind.ROLLOVER).list();  // narrower; chinese itself is unchanged
 * }</pre>
 *
 * @param <F> the kind of fact selected
 */
public abstract class FactFilter<F> {

  final KindIndex<F> index;
  final ImmutableList<Criterion> criteria;
  private final BiFunction<KindIndex<F>, ImmutableList<Criterion>, FactFilter<F>> narrowing;

  /**
   * Makes a filter over {@code index}'s facts that asks {@code criteria}; {@code narrowing} makes
   * another of the same class, for each criterion added.
   */
  FactFilter(KindIndex<F> index, ImmutableList<Criterion> criteria,
      BiFunction<KindIndex<F>, ImmutableList<Criterion>, FactFilter<F>> narrowing) {
    this.index = index;
    this.criteria = criteria;
    this.narrowing = narrowing;
  }

  /**
   * Returns {@code filter} narrowed to the facts whose {@code attribute}, one of the attributes its
   * index is built by (see {@link FilterIndexes}), includes {@code value}: the body of every typed
   * criterion.
   *
   * @param <S> the filter's own class
   */
  @SuppressWarnings("unchecked")
  static <S> S narrow(Object filter, String attribute, Object value) {
    FactFilter<?> self = (FactFilter<?>) filter;
    return (S) self.narrowed(self.where(attribute, value));
  }

  /** Returns the criteria so far plus one more: what it asks, and the positions that satisfy it. */
  final ImmutableList<Criterion> and(String what, Object value, int[] positions) {
    return ImmutableList.<Criterion>builderWithExpectedSize(criteria.size() + 1)
        .addAll(criteria)
        .add(new Criterion(what + "=" + value, positions))
        .build();
  }

  /**
   * Returns the criteria so far plus one more: the facts whose {@code attribute}, one of the
   * attributes the filter's index is built by, includes {@code value}.
   */
  final ImmutableList<Criterion> where(String attribute, Object value) {
    return and(attribute, value, index.lookup(attribute, value));
  }

  /** Returns the criteria so far plus one more: the facts whose date lies against {@code range} as {@code match} asks. */
  final ImmutableList<Criterion> datedAs(DateRange range, DateMatch match) {
    return and("dated-" + match.name().toLowerCase(Locale.ROOT), range, index.dated(range, match));
  }

  /** Returns a filter of this filter's own class over the same facts that asks {@code criteria} instead. */
  final FactFilter<F> narrowed(ImmutableList<Criterion> criteria) {
    return narrowing.apply(index, criteria);
  }

  final int[] positions() {
    if (criteria.isEmpty()) {
      return Postings.all(index.facts.size());
    }
    java.util.List<int[]> lists = new java.util.ArrayList<>(criteria.size());
    for (Criterion c : criteria) {
      lists.add(c.positions);
    }
    return Postings.intersect(lists);
  }

  /** {@return the selected facts in the report's order} */
  public final ImmutableList<F> list() {
    int[] positions = positions();
    ImmutableList.Builder<F> out = ImmutableList.builderWithExpectedSize(positions.length);
    for (int p : positions) {
      out.add(index.facts.get(p));
    }
    return out.build();
  }

  /** {@return the selected facts in the report's order, as a stream} */
  public final Stream<F> stream() {
    return list().stream();
  }

  /** {@return the number of selected facts} */
  public final int count() {
    return positions().length;
  }

  /** {@return whether nothing is selected} */
  public final boolean isEmpty() {
    return count() == 0;
  }

  /** {@return the first selected fact in the report's order, if any} */
  public final Optional<F> first() {
    int[] positions = positions();
    return positions.length == 0 ? Optional.empty() : Optional.of(index.facts.get(positions[0]));
  }

  /** Returns the filter's kind and criteria, such as {@code LoanFilter[lender=china, kind=ROLLOVER]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('[');
    for (int i = 0; i < criteria.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(criteria.get(i).text);
    }
    return sb.append(']').toString();
  }

  /** One criterion: its text for {@link #toString()} and the positions that satisfy it. */
  static final class Criterion {
    final String text;
    final int[] positions;

    Criterion(String text, int[] positions) {
      this.text = text;
      this.positions = positions;
    }
  }
}
