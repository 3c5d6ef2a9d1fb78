package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The fields of one kind of fact that {@link Provenance#fields()} may name, in the canonical order
 * of the fact's shape, each with the test of whether a fact holds a value for it and the rules its
 * value must keep beyond its type (not empty, no repeats, short text, a country code...). Each fact
 * type's check calls {@link #check}, which checks those rules and the fields that several kinds
 * share; {@link FactKind#fieldNames()} lists the names.
 */
final class FieldTable<F extends Fact> {

  /**
   * A rule that a field's value keeps. It is given the fact's label and the field's path apart
   * ({@code "Loan 'x'"}, {@code ".lenders"}), which it joins only when it fails.
   */
  @FunctionalInterface
  interface Rule {
    void check(String where, String field, Object value, Fact fact);
  }

  private static final Pattern URL = Pattern.compile("https?://[^\\s\\u00a0\\u2007\\u202f]+");

  /** A list that must hold at least one element. */
  static final Rule NON_EMPTY = (where, field, value, fact) -> Checks.nonEmpty(where, field, (List<?>) value);

  /** A list that must not hold the same element twice. */
  static final Rule DISTINCT = (where, field, value, fact) -> Checks.noDuplicates(where, field, (List<?>) value);

  /** A name, title or other short text, or a list of them: see {@link Checks#shortText(String, String, String)}. */
  @SuppressWarnings("unchecked")
  static final Rule SHORT_TEXT = (where, field, value, fact) -> {
    if (value instanceof String text) {
      Checks.shortText(where, field, text);
    } else if (value instanceof Optional<?> text) {
      Checks.shortText(where, field, (Optional<String>) text);
    } else {
      Checks.shortText(where, field, (List<String>) value);
    }
  };

  /** An optional text that, when given, is not blank and has no surrounding white space. */
  @SuppressWarnings("unchecked")
  static final Rule NON_BLANK = (where, field, value, fact) -> Checks.nonBlank(where, field, (Optional<String>) value);

  /** An optional ISO 3166-1 alpha-2 country code. */
  @SuppressWarnings("unchecked")
  static final Rule COUNTRY = (where, field, value, fact) -> Checks.country(where, field, (Optional<String>) value);

  /** A number from 1. */
  static final Rule POSITIVE = (where, field, value, fact) -> Checks.positive(where, field, (Integer) value);

  /** An optional http or https URL without spaces or disguising characters. */
  static final Rule WEB_ADDRESS = (where, field, value, fact) -> {
    Optional<?> url = (Optional<?>) value;
    if (url.isPresent()) {
      String text = (String) url.get();
      if (!URL.matcher(text).matches()) {
        throw Checks.invalid(where + field, "an http or https URL without spaces expected", text);
      }
      Checks.noSpoofing(where, field, text);
    }
  };

  /** An optional footnote number that must be below the citation's own footnote. */
  static final Rule EARLIER_FOOTNOTE = (where, field, value, fact) -> {
    OptionalInt footnote = (OptionalInt) value;
    if (footnote.isPresent() && footnote.getAsInt() >= ((AbstractCitation) fact).footnote()) {
      throw Checks.invalid(where + field, "must name an earlier footnote", footnote.getAsInt());
    }
  };

  /**
   * Returns the rule of an optional reference that must not name the fact itself, failing with
   * {@code rule} as its reason, such as {@code "must not contain itself"}.
   */
  static Rule notItself(String rule) {
    return (where, field, value, fact) -> {
      Optional<?> target = (Optional<?>) value;
      Identifier self = ((IdentifiedFact<?>) fact).id();
      if (target.isPresent() && target.get().equals(self)) {
        throw Checks.invalid(where + field, rule, self.value());
      }
    };
  }

  private final String type;
  private final ImmutableList<String> names;
  private final Map<String, Entry<F>> byName;
  @SuppressWarnings("rawtypes")
  private final Entry[] checked;

  private FieldTable(String type, Map<String, Entry<F>> byName) {
    this.type = type;
    this.names = ImmutableList.copyOf(byName.keySet());
    this.byName = byName;
    this.checked = byName.values().stream().filter(e -> e.rules.length > 0).toArray(Entry[]::new);
  }

  static <F extends Fact> Builder<F> of(String type) {
    return new Builder<>(type);
  }

  ImmutableList<String> names() {
    return names;
  }

  /**
   * Returns the names of the fields {@code fact}, a fact of this table's kind, holds a value for, in
   * canonical order.
   */
  @SuppressWarnings("unchecked")
  ImmutableList<String> held(Object fact) {
    ImmutableList.Builder<String> held = ImmutableList.builder();
    for (Entry<F> entry : byName.values()) {
      if (entry.held.test((F) fact)) {
        held.add(entry.name);
      }
    }
    return held.build();
  }

  /** Returns how messages name {@code fact}: {@code Loan 'imf-sba-2023'}, {@code Citation 52}. */
  String where(F fact) {
    return fact instanceof IdentifiedFact<?> identified
        ? type + " '" + identified.id() + "'"
        : type + " " + fact.ref().id();
  }

  /**
   * Checks the fields a fact shares with facts of other kinds (a {@link Named} fact's names, a
   * {@link Summarised} fact's summary, the actors and places it concerns), then each field's rules
   * in the table's order, then that every key of its {@code provenance().fields()} names a field
   * the fact holds.
   *
   * @return {@link #where(Fact)}, for the checks that span several of the fact's fields
   */
  @SuppressWarnings("unchecked")
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
    for (Entry<F> entry : (Entry<F>[]) checked) {
      Object value = entry.value.apply(fact);
      for (Rule rule : entry.rules) {
        rule.check(where, entry.path, value, fact);
      }
    }
    for (String field : fact.provenance().fields().keySet()) {
      Entry<F> entry = byName.get(field);
      if (entry == null) {
        String near = nearest(field);
        throw Checks.invalid(where + ".provenance.fields", "names '" + field + "', which " + type
            + " does not have; " + (near.isEmpty() ? "" : "did you mean '" + near + "'? ")
            + "the fields are " + String.join(", ", names), field);
      }
      if (!entry.held.test(fact)) {
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
    for (String candidate : names) {
      int d = EditDistance.within(name, candidate, 2);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /** One field: its name, the path messages give it, whether a fact holds it, its value and its rules. */
  private static final class Entry<F> {
    final String name;
    final String path;
    final Predicate<F> held;
    final Function<F, ?> value;
    final Rule[] rules;

    Entry(String name, Predicate<F> held, Function<F, ?> value, Rule[] rules) {
      this.name = name;
      this.path = "." + name;
      this.held = held;
      this.value = value;
      this.rules = rules.clone();
    }
  }

  static final class Builder<F extends Fact> {
    private static final Rule[] NO_RULES = {};

    private final String type;
    private final Map<String, Entry<F>> entries = new LinkedHashMap<>();

    private Builder(String type) {
      this.type = type;
    }

    /** Fields every fact of the kind holds, with no rule beyond their type. */
    Builder<F> always(String... names) {
      for (String name : names) {
        add(new Entry<>(name, f -> true, f -> null, NO_RULES));
      }
      return this;
    }

    /** A field every fact of the kind holds, whose value keeps {@code rules}. */
    Builder<F> always(String name, Function<F, ?> value, Rule... rules) {
      return add(new Entry<>(name, f -> true, value, rules));
    }

    Builder<F> optional(String name, Function<F, Optional<?>> value, Rule... rules) {
      return add(new Entry<>(name, f -> value.apply(f).isPresent(), value, rules));
    }

    Builder<F> optionalInt(String name, Function<F, OptionalInt> value, Rule... rules) {
      return add(new Entry<>(name, f -> value.apply(f).isPresent(), value, rules));
    }

    Builder<F> list(String name, Function<F, Collection<?>> value, Rule... rules) {
      return add(new Entry<>(name, f -> !value.apply(f).isEmpty(), value, rules));
    }

    Builder<F> when(String name, Predicate<F> held) {
      return add(new Entry<>(name, held, f -> null, NO_RULES));
    }

    private Builder<F> add(Entry<F> entry) {
      if (entries.putIfAbsent(entry.name, entry) != null) {
        throw new IllegalStateException(type + " lists the field '" + entry.name + "' twice");
      }
      return this;
    }

    FieldTable<F> build() {
      return new FieldTable<>(type, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries)));
    }
  }
}
