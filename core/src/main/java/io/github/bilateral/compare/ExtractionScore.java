package io.github.bilateral.compare;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Report;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How close a candidate report (an extraction made by a parser, a language model or a person) is to
 * a reference, such as the bundled report, fact by fact and field by field.
 *
 * <p>The facts are paired by {@link Alignment#of Alignment.of(reference, candidate)}. For each kind:
 * <ul>
 *   <li><b>facts</b>: a paired fact is matched, a reference fact left unpaired is missing, a
 *       candidate fact left unpaired is extra;
 *   <li><b>fields</b>: each top-level field of the canonical JSON but the id ({@code kind}, {@code
 *       amount}, {@code provenance}...) of each fact counts once. In a pair, a field both facts hold
 *       with the same value is matched; a field both hold with different values is one missing and
 *       one extra (the right value was not found, a wrong one was); a field only the reference holds
 *       is missing, one only the candidate holds is extra. Every field of a missing fact is missing,
 *       every field of an extra one extra. Values are compared exactly, as canonical JSON, except
 *       that a reference of the candidate to a fact (an id, a footnote number or a fact reference)
 *       stands for the id of the reference fact that fact is paired with, among the facts of the
 *       kind the reference refers to.
 * </ul>
 * Precision, recall and F1 follow from the counts ({@link Counts}). The totals are micro (the counts
 * of every kind added up, then the ratios) and, for facts, also macro (the mean of each kind's
 * ratios over the kinds either report has facts of).
 *
 * <pre>{@code
 * ExtractionScore s = ExtractionScore.of(myExtraction, Reports.usPakistan2023());
 * s.facts(FactKind.LOAN).recall();
 * s.fields(FactKind.LOAN).get("amount").precision();
 * s.factsMicro().f1();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExtractionScore {

  private final ImmutableMap<FactKind, Counts> facts;
  private final ImmutableMap<FactKind, ImmutableMap<String, Counts>> fields;

  private ExtractionScore(ImmutableMap<FactKind, Counts> facts, ImmutableMap<FactKind, ImmutableMap<String, Counts>> fields) {
    this.facts = facts;
    this.fields = fields;
  }

  /**
   * Scores {@code candidate} against {@code reference}.
   *
   * @param candidate the report to score, not null
   * @param reference the report taken as right, not null
   * @return the score, not null
   */
  public static ExtractionScore of(Report candidate, Report reference) {
    Side cand = Side.of(candidate, "candidate");
    Side ref = Side.of(reference, "reference");
    Alignment alignment = Alignment.of(ref, cand);
    Renames renamed = Renames.of(alignment);
    ImmutableMap.Builder<FactKind, Counts> facts = ImmutableMap.builder();
    ImmutableMap.Builder<FactKind, ImmutableMap<String, Counts>> fields = ImmutableMap.builder();
    for (FactKind kind : FactKind.inFormatOrder()) {
      String idField = Side.idField(kind);
      Map<String, int[]> byField = new TreeMap<>();
      List<FactPair> pairs = alignment.pairs(kind);
      for (FactPair p : pairs) {
        Node r = ref.facts(kind).get(p.oldIndex());
        Node c = cand.facts(kind).get(p.newIndex());
        for (Map.Entry<String, Node> e : r.fields().entrySet()) {
          if (e.getKey().equals(idField)) {
            continue;
          }
          Node other = c.field(e.getKey());
          int[] n = byField.computeIfAbsent(e.getKey(), k -> new int[3]);
          if (other == null) {
            n[1]++;
          } else if (same(new ArrayList<>(List.of(kind.listName(), e.getKey())), e.getValue(), other, renamed)) {
            n[0]++;
          } else {
            n[1]++;
            n[2]++;
          }
        }
        for (String name : c.fields().keySet()) {
          if (!name.equals(idField) && r.field(name) == null) {
            byField.computeIfAbsent(name, k -> new int[3])[2]++;
          }
        }
      }
      int missing = 0;
      int extra = 0;
      for (UnpairedFact f : alignment.onlyInFirst()) {
        if (f.kind() == kind) {
          missing++;
          count(f.node(), idField, byField, 1);
        }
      }
      for (UnpairedFact f : alignment.onlyInSecond()) {
        if (f.kind() == kind) {
          extra++;
          count(f.node(), idField, byField, 2);
        }
      }
      facts.put(kind, Counts.of(pairs.size(), missing, extra));
      Map<String, Counts> kindFields = new LinkedHashMap<>();
      byField.forEach((name, n) -> kindFields.put(name, Counts.of(n[0], n[1], n[2])));
      fields.put(kind, ImmutableMap.copyOf(kindFields));
    }
    return new ExtractionScore(facts.buildOrThrow(), fields.buildOrThrow());
  }

  private static void count(Node fact, String idField, Map<String, int[]> byField, int slot) {
    for (String name : fact.fields().keySet()) {
      if (!name.equals(idField)) {
        byField.computeIfAbsent(name, k -> new int[3])[slot]++;
      }
    }
  }

  /**
   * Whether {@code r} and {@code c}, values at {@code path} (JSON names from the top level, without
   * list positions), are the same value once the candidate's ids and footnote numbers are read as the
   * reference's.
   */
  private static boolean same(List<String> path, Node r, Node c, Renames renamed) {
    if (r.type() != c.type()) {
      return false;
    }
    switch (r.type()) {
      case OBJECT:
        if (!r.fields().keySet().equals(c.fields().keySet())) {
          return false;
        }
        for (Map.Entry<String, Node> e : r.fields().entrySet()) {
          path.add(e.getKey());
          boolean same = same(path, e.getValue(), c.field(e.getKey()), renamed);
          path.remove(path.size() - 1);
          if (!same) {
            return false;
          }
        }
        return true;
      case ARRAY:
        if (r.elements().size() != c.elements().size()) {
          return false;
        }
        for (int i = 0; i < r.elements().size(); i++) {
          if (!same(path, r.elements().get(i), c.elements().get(i), renamed)) {
            return false;
          }
        }
        return true;
      case STRING:
      case NUMBER:
        return r.text().equals(renamed.apply(path, c.text()));
      default:
        return r.text().equals(c.text());
    }
  }

  /**
   * Returns the fact counts of one kind.
   *
   * @param kind the kind, not null
   * @return the counts, not null
   */
  public Counts facts(FactKind kind) {
    return facts.get(requireNonNull(kind, "kind"));
  }

  /**
   * Returns the field counts of one kind, by field name in alphabetical order; empty for a kind
   * neither report has facts of.
   *
   * @param kind the kind, not null
   * @return the counts by field, not null
   */
  public ImmutableMap<String, Counts> fields(FactKind kind) {
    return fields.get(requireNonNull(kind, "kind"));
  }

  /** {@return the fact counts of every kind added up} */
  public Counts factsMicro() {
    Counts total = Counts.of(0, 0, 0);
    for (Counts c : facts.values()) {
      total = total.plus(c);
    }
    return total;
  }

  /** {@return the field counts of every kind added up} */
  public Counts fieldsMicro() {
    Counts total = Counts.of(0, 0, 0);
    for (ImmutableMap<String, Counts> m : fields.values()) {
      for (Counts c : m.values()) {
        total = total.plus(c);
      }
    }
    return total;
  }

  /** {@return the mean precision of the kinds either report has facts of; 1 when neither has any} */
  public double factsMacroPrecision() {
    return macro(Counts::precision);
  }

  /** {@return the mean recall of the kinds either report has facts of; 1 when neither has any} */
  public double factsMacroRecall() {
    return macro(Counts::recall);
  }

  /** {@return the mean F1 of the kinds either report has facts of; 1 when neither has any} */
  public double factsMacroF1() {
    return macro(Counts::f1);
  }

  private double macro(java.util.function.ToDoubleFunction<Counts> ratio) {
    double sum = 0;
    int n = 0;
    for (Counts c : facts.values()) {
      if (c.matched() + c.missing() + c.extra() > 0) {
        sum += ratio.applyAsDouble(c);
        n++;
      }
    }
    return n == 0 ? 1.0 : sum / n;
  }

  /**
   * Returns the score as a table for a person: the facts per kind with the micro and macro totals,
   * then the fields per kind with their micro total.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    String header = "%-32s %8s %8s %8s %9s %8s %8s%n";
    String row = "%-32s %8d %8d %8d %9.3f %8.3f %8.3f%n";
    b.append(String.format(Locale.ROOT, header, "facts", "matched", "missing", "extra", "precision", "recall", "F1"));
    for (FactKind kind : FactKind.inFormatOrder()) {
      Counts c = facts.get(kind);
      b.append(String.format(Locale.ROOT, row, kind.listName(), c.matched(), c.missing(), c.extra(), c.precision(),
          c.recall(), c.f1()));
    }
    Counts micro = factsMicro();
    b.append(String.format(Locale.ROOT, row, "all (micro)", micro.matched(), micro.missing(), micro.extra(),
        micro.precision(), micro.recall(), micro.f1()));
    b.append(String.format(Locale.ROOT, "%-32s %8s %8s %8s %9.3f %8.3f %8.3f%n", "all (macro)", "", "", "",
        factsMacroPrecision(), factsMacroRecall(), factsMacroF1()));
    b.append(String.format(Locale.ROOT, "%n" + header, "fields", "matched", "missing", "extra", "precision", "recall",
        "F1"));
    for (FactKind kind : FactKind.inFormatOrder()) {
      for (Map.Entry<String, Counts> e : fields.get(kind).entrySet()) {
        Counts c = e.getValue();
        b.append(String.format(Locale.ROOT, row, kind.listName() + "." + e.getKey(), c.matched(), c.missing(),
            c.extra(), c.precision(), c.recall(), c.f1()));
      }
    }
    Counts all = fieldsMicro();
    b.append(String.format(Locale.ROOT, row, "all fields (micro)", all.matched(), all.missing(), all.extra(),
        all.precision(), all.recall(), all.f1()));
    return b.toString();
  }

  /**
   * Returns the score as JSON: {@code {"facts": {"micro": COUNTS, "macro": RATIOS, "kinds": [...]},
   * "fields": {"micro": COUNTS}}}, each kind {@code {"kind", "list", COUNTS..., "fields": [{"field",
   * COUNTS...}]}}, where COUNTS are {@code matched}, {@code missing}, {@code extra}, {@code
   * precision}, {@code recall} and {@code f1} (ratios to six decimals), RATIOS the last three.
   *
   * @return the JSON text, with a final newline, not null
   */
  public String toJson() {
    return DiffWriter.generate(g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("facts");
      g.writeFieldName("micro");
      counts(g, factsMicro(), null);
      g.writeObjectFieldStart("macro");
      g.writeNumberField("precision", round(factsMacroPrecision()));
      g.writeNumberField("recall", round(factsMacroRecall()));
      g.writeNumberField("f1", round(factsMacroF1()));
      g.writeEndObject();
      g.writeArrayFieldStart("kinds");
      for (FactKind kind : FactKind.inFormatOrder()) {
        g.writeStartObject();
        g.writeStringField("kind", kind.word());
        g.writeStringField("list", kind.listName());
        ratios(g, facts.get(kind));
        g.writeArrayFieldStart("fields");
        for (Map.Entry<String, Counts> e : fields.get(kind).entrySet()) {
          counts(g, e.getValue(), e.getKey());
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeObjectFieldStart("fields");
      g.writeFieldName("micro");
      counts(g, fieldsMicro(), null);
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  private static void counts(com.fasterxml.jackson.core.JsonGenerator g, Counts c, @Nullable String field) throws java.io.IOException {
    g.writeStartObject();
    if (field != null) {
      g.writeStringField("field", field);
    }
    ratios(g, c);
    g.writeEndObject();
  }

  private static void ratios(com.fasterxml.jackson.core.JsonGenerator g, Counts c) throws java.io.IOException {
    g.writeNumberField("matched", c.matched());
    g.writeNumberField("missing", c.missing());
    g.writeNumberField("extra", c.extra());
    g.writeNumberField("precision", round(c.precision()));
    g.writeNumberField("recall", round(c.recall()));
    g.writeNumberField("f1", round(c.f1()));
  }

  private static BigDecimal round(double d) {
    return BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_EVEN);
  }

}
