package io.github.bilateral.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.bilateral.model.Basis;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Report;
import java.util.EnumMap;
import java.util.Map;

/**
 * The facts and values of a report by their {@link Basis}: which the report prints (in the body, a
 * footnote, a caption, the front matter), which were worked out from its context, and which come
 * from outside it. A value is one field a fact holds (an empty optional or list holds none), with
 * the field's own sourcing or else the fact's; a page is always inferred and is not counted here.
 *
 * <pre>{@code
 * Bases b = q.bases();
 * b.facts(Basis.INFERRED);                      // facts worked out as a whole
 * b.values(Basis.OUTSIDE_KNOWLEDGE);            // every value from outside the report, with its note
 * b.counts().get(FactKind.LOAN).get(Basis.FOOTNOTE);   // loan values printed only in footnotes
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Bases {

  private final ImmutableList<Fact> facts;
  private final ImmutableList<SourcedValue> values;
  private final ImmutableMap<FactKind, ImmutableMap<Basis, Integer>> counts;

  private Bases(ImmutableList<Fact> facts, ImmutableList<SourcedValue> values) {
    this.facts = facts;
    this.values = values;
    Map<FactKind, EnumMap<Basis, Integer>> c = new EnumMap<>(FactKind.class);
    for (SourcedValue v : values) {
      c.computeIfAbsent(v.fact().kind(), k -> new EnumMap<>(Basis.class)).merge(v.sourcing().basis(), 1, Integer::sum);
    }
    ImmutableMap.Builder<FactKind, ImmutableMap<Basis, Integer>> b = ImmutableMap.builder();
    for (FactKind kind : FactKind.inFormatOrder()) {
      if (c.containsKey(kind)) {
        b.put(kind, Maps.immutableEnumMap(c.get(kind)));
      }
    }
    this.counts = b.buildOrThrow();
  }

  /**
   * Returns the bases of every fact and value of {@code report}.
   *
   * @param report the report, not null
   * @return the bases, not null
   */
  public static Bases of(Report report) {
    ImmutableList.Builder<Fact> facts = ImmutableList.builder();
    ImmutableList.Builder<SourcedValue> values = ImmutableList.builder();
    for (FactKind kind : FactKind.inFormatOrder()) {
      if (kind == FactKind.SECTION) {
        continue;
      }
      for (Object o : kind.facts(report)) {
        Fact fact = (Fact) o;
        facts.add(fact);
        for (String field : kind.heldFields(fact)) {
          values.add(new SourcedValue(fact.ref(), field, fact.provenance().basisOf(field)));
        }
      }
    }
    return new Bases(facts.build(), values.build());
  }

  /**
   * Returns the facts whose basis as a whole ({@link io.github.bilateral.model.Provenance#basis()}) is
   * {@code basis}, in the order of the report's lists in JSON.
   *
   * @param basis the basis, not null
   * @return the facts, not null
   */
  public ImmutableList<Fact> facts(Basis basis) {
    return facts.stream().filter(f -> f.provenance().basis() == basis).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the values on {@code basis}, in the order of the facts and of each fact's fields.
   *
   * @param basis the basis, not null
   * @return the values, not null
   */
  public ImmutableList<SourcedValue> values(Basis basis) {
    return values.stream().filter(v -> v.sourcing().basis() == basis).collect(ImmutableList.toImmutableList());
  }

  /** {@return every value of every fact with its sourcing} */
  public ImmutableList<SourcedValue> values() {
    return values;
  }

  /**
   * Returns how many values each kind of fact has on each basis; kinds without facts and bases
   * without values are left out.
   *
   * @return the counts by kind in format order, then by basis in the enum's order, not null
   */
  public ImmutableMap<FactKind, ImmutableMap<Basis, Integer>> counts() {
    return counts;
  }

  /**
   * Returns how many values of the whole report are on each basis.
   *
   * @return the counts in the enum's order, bases without values left out, not null
   */
  public ImmutableMap<Basis, Integer> totals() {
    EnumMap<Basis, Integer> t = new EnumMap<>(Basis.class);
    values.forEach(v -> t.merge(v.sourcing().basis(), 1, Integer::sum));
    return Maps.immutableEnumMap(t);
  }
}
