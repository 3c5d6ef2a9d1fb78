package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The fields of one kind of fact that {@link Provenance#fields()} may name, in the canonical order
 * of the fact's shape, each with the test of whether a fact holds a value for it. Each fact type's
 * check calls {@link #check}, which also checks the fields that several kinds share; {@link
 * FactKind#fieldNames()} lists the names.
 */
final class FieldTable<F extends Fact> {

  private final String type;
  private final ImmutableMap<String, Predicate<F>> holds;

  private FieldTable(String type, ImmutableMap<String, Predicate<F>> holds) {
    this.type = type;
    this.holds = holds;
  }

  static <F extends Fact> Builder<F> of(String type) {
    return new Builder<>(type);
  }

  ImmutableList<String> names() {
    return holds.keySet().asList();
  }

  /** Returns the names of the fields {@code fact} holds a value for, in canonical order. */
  ImmutableList<String> held(F fact) {
    return holds.entrySet().stream().filter(e -> e.getValue().test(fact)).map(java.util.Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns how messages name {@code fact}: {@code Loan 'imf-sba-2023'}, {@code Citation 52}. */
  String where(F fact) {
    return fact instanceof IdentifiedFact<?> identified
        ? type + " '" + identified.id() + "'"
        : type + " " + fact.ref().id();
  }

  /**
   * Checks the fields a fact shares with facts of other kinds (a {@link Named} fact's names, a
   * {@link Summarised} fact's summary, the actors and places it concerns), then that every key of
   * its {@code provenance().fields()} names a field the fact holds.
   *
   * @return {@link #where(Fact)}, for the checks of the fact's own fields
   */
  String check(F fact) {
    String where = where(fact);
    if (fact instanceof Named named) {
      Checks.shortText(where, ".name", named.name());
      Checks.shortText(where, ".aliases", named.aliases());
      Checks.noDuplicates(where, ".aliases", named.aliases());
    }
    if (fact instanceof Summarised summarised) {
      Checks.nonBlank(where, ".summary", summarised.summary());
    }
    if (fact instanceof ConcernsActors concerns) {
      Checks.noDuplicates(where, ".actors", concerns.actors());
    }
    if (fact instanceof ConcernsPlaces located) {
      Checks.noDuplicates(where, ".places", located.places());
    }
    for (String field : fact.provenance().fields().keySet()) {
      Predicate<F> held = holds.get(field);
      if (held == null) {
        String near = nearest(field);
        throw Checks.invalid(where + ".provenance.fields", "names '" + field + "', which " + type
            + " does not have; " + (near.isEmpty() ? "" : "did you mean '" + near + "'? ")
            + "the fields are " + String.join(", ", names()), field);
      }
      if (!held.test(fact)) {
        throw Checks.invalid(where + ".provenance.fields", "names '" + field + "', which this " + type
            + " does not hold; give the value or remove the entry", field);
      }
    }
    return where;
  }

  /** Returns the field name within two edits of {@code name}, or the empty string. */
  private String nearest(String name) {
    String best = "";
    int bestDistance = 3;
    for (String candidate : holds.keySet()) {
      int d = EditDistance.within(name, candidate, 2);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  static final class Builder<F extends Fact> {
    private final String type;
    private final ImmutableMap.Builder<String, Predicate<F>> holds = ImmutableMap.builder();

    private Builder(String type) {
      this.type = type;
    }

    /** A field every fact of the kind holds. */
    Builder<F> always(String... names) {
      for (String name : names) {
        holds.put(name, f -> true);
      }
      return this;
    }

    Builder<F> optional(String name, Function<F, Optional<?>> value) {
      holds.put(name, f -> value.apply(f).isPresent());
      return this;
    }

    Builder<F> optionalInt(String name, Function<F, OptionalInt> value) {
      holds.put(name, f -> value.apply(f).isPresent());
      return this;
    }

    Builder<F> list(String name, Function<F, Collection<?>> value) {
      holds.put(name, f -> !value.apply(f).isEmpty());
      return this;
    }

    Builder<F> when(String name, Predicate<F> held) {
      holds.put(name, held);
      return this;
    }

    FieldTable<F> build() {
      return new FieldTable<>(type, holds.buildOrThrow());
    }
  }
}
