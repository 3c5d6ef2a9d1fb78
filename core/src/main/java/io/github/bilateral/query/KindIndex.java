package io.github.bilateral.query;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.bilateral.model.PartialDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The indexes over one kind of fact: one inverted index per attribute and one date index, each
 * built on first use (thread-safely, once) and kept.
 */
final class KindIndex<F> {

  final ImmutableList<F> facts;
  private final ImmutableMap<String, Supplier<ImmutableMap<Object, int[]>>> attributes;
  private final Supplier<DateIndex> dates;

  private KindIndex(ImmutableList<F> facts, Map<String, Function<? super F, ? extends Iterable<?>>> keys,
      Function<? super F, Optional<PartialDate>> date) {
    this.facts = facts;
    ImmutableMap.Builder<String, Supplier<ImmutableMap<Object, int[]>>> b = ImmutableMap.builder();
    keys.forEach((name, fn) -> b.put(name, Suppliers.memoize(() -> Postings.<F, Object>build(facts, fn))));
    this.attributes = b.buildOrThrow();
    this.dates = Suppliers.memoize(() -> DateIndex.build(facts, date));
  }

  static <F> Builder<F> of(ImmutableList<F> facts) {
    return new Builder<>(facts);
  }

  /** Returns the ascending positions of the facts whose {@code attribute} includes {@code key}. */
  int[] lookup(String attribute, Object key) {
    Supplier<ImmutableMap<Object, int[]>> index = attributes.get(attribute);
    if (index == null) {
      throw new IllegalStateException("no index '" + attribute + "'; known: " + attributes.keySet());
    }
    return index.get().getOrDefault(key, Postings.NONE);
  }

  /** Returns the keys of {@code attribute} in the order they first occur. */
  ImmutableList<Object> keys(String attribute) {
    return attributes.get(attribute).get().keySet().asList();
  }

  int[] dated(DateRange range, DateMatch match) {
    return dates.get().select(range, match);
  }

  /** Builds every index now. */
  void prepare() {
    attributes.values().forEach(Supplier::get);
    dates.get();
  }

  static final class Builder<F> {
    private final ImmutableList<F> facts;
    private final Map<String, Function<? super F, ? extends Iterable<?>>> keys = new LinkedHashMap<>();
    private Function<? super F, Optional<PartialDate>> date = f -> Optional.empty();

    private Builder(ImmutableList<F> facts) {
      this.facts = facts;
    }

    Builder<F> by(String attribute, Function<? super F, ? extends Iterable<?>> fn) {
      keys.put(attribute, fn);
      return this;
    }

    Builder<F> byOne(String attribute, Function<? super F, ?> fn) {
      keys.put(attribute, f -> ImmutableList.of(fn.apply(f)));
      return this;
    }

    Builder<F> byOptional(String attribute, Function<? super F, ? extends Optional<?>> fn) {
      keys.put(attribute, f -> fn.apply(f).map(ImmutableList::of).orElse(ImmutableList.of()));
      return this;
    }

    Builder<F> dated(Function<? super F, Optional<PartialDate>> fn) {
      this.date = fn;
      return this;
    }

    KindIndex<F> build() {
      return new KindIndex<>(facts, keys, date);
    }
  }
}
