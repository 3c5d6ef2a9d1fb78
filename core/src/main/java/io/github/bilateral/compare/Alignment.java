package io.github.bilateral.compare;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Report;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairing of two reports' facts, kind by kind, one to one.
 *
 * <p>Facts are paired in two passes. First by id: two facts of one kind with the same id (for a
 * citation, the same footnote number) are a pair, {@link Pairing#ID}. Then, kind by kind in the
 * order of the format's lists (sections, citations, actors, places, relations, loans, and so on),
 * the facts left are paired by content, {@link Pairing#CONTENT}:
 * <ol>
 *   <li>Each fact becomes a set of (field, value) items: every value in its canonical JSON except
 *       its id and provenance, the field named by its path without list positions ({@code
 *       amount.value}, {@code offices.title}), text folded as names are compared (case, accents and
 *       punctuation ignored), {@code aliases} counted as {@code name}. A reference of the second
 *       report to a fact already paired (an id, a footnote number or a fact reference such as {@code
 *       loan:imf-2}) stands for its partner's id, looked up among the facts of the kind the
 *       reference's field refers to, so references to renamed facts still agree.
 *   <li>The score of two facts is {@code sum(w(f) * common(f) / max(|a(f)|, |b(f)|)) / sum(w(f))}
 *       over the fields {@code f} that either fact holds, where {@code common(f)} counts the values
 *       both hold (as multisets) and {@code w(f)} is 3 for the fields that name a fact ({@code
 *       name}, {@code title}, {@code kind}, {@code parties}, {@code lenders}, {@code borrowers},
 *       {@code from}, {@code to}, {@code actors}, {@code addressees}, {@code subjects}, {@code
 *       date}, {@code amount.value}, {@code amount.currency}, {@code quantity.value}, {@code
 *       measure}, {@code number}, {@code url}, {@code printed}, {@code refers}) and 1 for any other.
 *       It runs from 0 (nothing in common) to 1 (the same content).
 *   <li>Pairs scoring at least {@link #THRESHOLD} are taken greedily, highest score first; ties go
 *       to the fact earlier in the first report, then earlier in the second. A fact is in one pair
 *       at most.
 * </ol>
 * Facts left over are only in the first or only in the second report.
 *
 * <pre>{@code
 * Alignment a = Alignment.of(Reports.usPakistan2023(), myExtraction);
 * for (FactPair p : a.pairs(FactKind.LOAN)) {
 *   System.out.println(p);   // loan imf-sba-2023 -> imf-loan-1 (content 0.87)
 * }
 * a.onlyInFirst();           // the facts my extraction lacks
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Alignment {

  /** The lowest content score at which two facts with different ids are paired. */
  public static final double THRESHOLD = 0.5;

  private final ImmutableList<FactPair> pairs;
  private final ImmutableList<UnpairedFact> onlyInFirst;
  private final ImmutableList<UnpairedFact> onlyInSecond;

  private Alignment(ImmutableList<FactPair> pairs, ImmutableList<UnpairedFact> onlyInFirst,
      ImmutableList<UnpairedFact> onlyInSecond) {
    this.pairs = pairs;
    this.onlyInFirst = onlyInFirst;
    this.onlyInSecond = onlyInSecond;
  }

  /**
   * Pairs the facts of {@code first} with those of {@code second}.
   *
   * @param first the first report, such as a reference or an older version, not null
   * @param second the second report, not null
   * @return the alignment, not null
   */
  public static Alignment of(Report first, Report second) {
    return of(Side.of(first, "first"), Side.of(second, "second"));
  }

  static Alignment of(Side a, Side b) {
    Map<FactKind, int[]> partnerOfB = new HashMap<>();
    Map<FactKind, int[]> partnerOfA = new HashMap<>();
    Map<FactKind, double[]> scoreOfB = new HashMap<>();
    // The first pass, by id, over every kind.
    for (FactKind kind : FactKind.inFormatOrder()) {
      List<String> idsA = a.ids(kind);
      List<String> idsB = b.ids(kind);
      int[] ofA = filled(idsA.size());
      int[] ofB = filled(idsB.size());
      Map<String, Integer> indexB = new HashMap<>();
      for (int j = 0; j < idsB.size(); j++) {
        indexB.put(idsB.get(j), j);
      }
      for (int i = 0; i < idsA.size(); i++) {
        Integer j = indexB.get(idsA.get(i));
        if (j != null) {
          ofA[i] = j;
          ofB[j] = i;
        }
      }
      partnerOfA.put(kind, ofA);
      partnerOfB.put(kind, ofB);
      double[] scores = new double[idsB.size()];
      Arrays.fill(scores, 1.0);
      scoreOfB.put(kind, scores);
    }
    // The second pass, by content, kind by kind; each kind's pairs rename its references in the next.
    Renames renamed = new Renames();
    Renames none = new Renames();
    Features.Dictionary d = new Features.Dictionary();
    for (FactKind kind : FactKind.inFormatOrder()) {
      int[] ofA = partnerOfA.get(kind);
      int[] ofB = partnerOfB.get(kind);
      List<Integer> freeA = free(ofA);
      List<Integer> freeB = free(ofB);
      if (!freeA.isEmpty() && !freeB.isEmpty()) {
        List<Node> nodesA = a.facts(kind);
        List<Node> nodesB = b.facts(kind);
        Features[] fa = new Features[freeA.size()];
        for (int x = 0; x < fa.length; x++) {
          fa[x] = Features.of(kind, nodesA.get(freeA.get(x)), d, none);
        }
        Features[] fb = new Features[freeB.size()];
        for (int y = 0; y < fb.length; y++) {
          fb[y] = Features.of(kind, nodesB.get(freeB.get(y)), d, renamed);
        }
        List<double[]> candidates = new ArrayList<>();
        for (int x = 0; x < fa.length; x++) {
          for (int y = 0; y < fb.length; y++) {
            double s = Features.score(fa[x], fb[y], d);
            if (s >= THRESHOLD) {
              candidates.add(new double[] {s, freeA.get(x), freeB.get(y)});
            }
          }
        }
        candidates.sort(Comparator.<double[]>comparingDouble(c -> -c[0])
            .thenComparingDouble(c -> c[1]).thenComparingDouble(c -> c[2]));
        double[] scores = scoreOfB.get(kind);
        for (double[] c : candidates) {
          int i = (int) c[1];
          int j = (int) c[2];
          if (ofA[i] < 0 && ofB[j] < 0) {
            ofA[i] = j;
            ofB[j] = i;
            scores[j] = c[0];
          }
        }
      }
      for (int j = 0; j < ofB.length; j++) {
        if (ofB[j] >= 0) {
          renamed.put(kind, b.ids(kind).get(j), a.ids(kind).get(ofB[j]));
        }
      }
    }
    ImmutableList.Builder<FactPair> pairs = ImmutableList.builder();
    ImmutableList.Builder<UnpairedFact> onlyA = ImmutableList.builder();
    ImmutableList.Builder<UnpairedFact> onlyB = ImmutableList.builder();
    for (FactKind kind : FactKind.inFormatOrder()) {
      int[] ofA = partnerOfA.get(kind);
      int[] ofB = partnerOfB.get(kind);
      double[] scores = scoreOfB.get(kind);
      for (int j = 0; j < ofB.length; j++) {
        int i = ofB[j];
        if (i >= 0) {
          String idA = a.ids(kind).get(i);
          String idB = b.ids(kind).get(j);
          pairs.add(new FactPair(kind, idA, i, idB, j, idA.equals(idB) ? Pairing.ID : Pairing.CONTENT, scores[j]));
        } else {
          onlyB.add(new UnpairedFact(kind, b.ids(kind).get(j), j, b.facts(kind).get(j)));
        }
      }
      for (int i = 0; i < ofA.length; i++) {
        if (ofA[i] < 0) {
          onlyA.add(new UnpairedFact(kind, a.ids(kind).get(i), i, a.facts(kind).get(i)));
        }
      }
    }
    return new Alignment(pairs.build(), onlyA.build(), onlyB.build());
  }

  private static int[] filled(int n) {
    int[] out = new int[n];
    Arrays.fill(out, -1);
    return out;
  }

  private static List<Integer> free(int[] partners) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < partners.length; i++) {
      if (partners[i] < 0) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Returns every pair, kind by kind in the order of the format's lists, and within a kind in the
   * order of the second report.
   *
   * @return the pairs, not null
   */
  public ImmutableList<FactPair> pairs() {
    return pairs;
  }

  /**
   * Returns the pairs of one kind, in the order of the second report.
   *
   * @param kind the kind, not null
   * @return the pairs, not null
   */
  public ImmutableList<FactPair> pairs(FactKind kind) {
    return pairs.stream().filter(p -> p.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /** {@return the facts of the first report paired with none of the second's, kind by kind in the format's order; not null} */
  public ImmutableList<UnpairedFact> onlyInFirst() {
    return onlyInFirst;
  }

  /** {@return the facts of the second report paired with none of the first's, kind by kind in the format's order; not null} */
  public ImmutableList<UnpairedFact> onlyInSecond() {
    return onlyInSecond;
  }

  /**
   * {@return the alignment the other way round: the second report's facts paired with the first's,
   * the pairs in the order of its second report, the first of this one}
   */
  Alignment inverse() {
    return new Alignment(pairs.stream().map(FactPair::inverse)
        .sorted(Comparator.comparingInt((FactPair p) -> FactKind.inFormatOrder().indexOf(p.kind())).thenComparingInt(FactPair::newIndex))
        .collect(ImmutableList.toImmutableList()), onlyInSecond, onlyInFirst);
  }

  /** {@return the counts, such as {@code 900 pairs (880 by id, 20 by content), 12 only in the first, 3 only in the second}} */
  @Override
  public String toString() {
    long byId = pairs.stream().filter(p -> p.pairing() == Pairing.ID).count();
    return pairs.size() + " pairs (" + byId + " by id, " + (pairs.size() - byId) + " by content), "
        + onlyInFirst.size() + " only in the first, " + onlyInSecond.size() + " only in the second";
  }
}
