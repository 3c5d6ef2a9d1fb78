package io.github.bilateral.io;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Report;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the references of one report against one table of ids per kind of fact, and checks the
 * rules that span facts: unique ids, unique recommendation numbers, at least one section, and no
 * cycles through a field that names a fact of its own kind (read off {@link Format}: a section's
 * {@code parent}, a place's {@code within}, a loan's {@code extends} and {@code partOf}, a
 * citation's {@code ibid} and {@code sameAs}). The reader declares each fact and hands over each
 * reference as it reads them: a reference to a kind whose list is complete is looked up at once,
 * the others are kept with where they stand and looked up after the walk. {@link ReportValidator}
 * does the same for a report built in code. Problems come out in one order whichever did the work:
 * by kind in the format's order, then fact, then field.
 */
final class Resolver {

  /** Where a reference stands, asked only when it is kept. */
  interface PathSource {
    Object[] pathSegments();
  }

  /** A reference kept for after the walk: the kind it points to, its key and where it stands. */
  private record Ref(FactKind target, Object key, boolean footnote, Object[] path, int line, int column) {}

  /** A problem and its place in the order of problems. */
  private static final class Ordered {
    final int[] order;
    final Problem problem;

    Ordered(int[] order, Problem problem) {
      this.order = order;
      this.problem = problem;
    }
  }

  /** By kind's ordinal, the facts declared. */
  private final IndexTable[] tables = new IndexTable[FactKind.values().length];
  private final boolean[] complete = new boolean[FactKind.values().length];
  private final List<Ref> kept = new ArrayList<>();
  private final List<Ordered> problems = new ArrayList<>();

  Resolver() {
    for (int k = 0; k < tables.length; k++) {
      tables[k] = new IndexTable();
    }
  }

  /** Checks a report built in code: every fact declared, then every reference looked up. */
  static ImmutableList<Problem> check(Report report) {
    Resolver r = new Resolver();
    for (FactKind kind : FactKind.inFormatOrder()) {
      List<?> facts = kind.facts(report);
      for (int i = 0; i < facts.size(); i++) {
        r.declare(kind, facts.get(i), i);
      }
      r.complete(kind);
    }
    new References(r).walk(report);
    return r.problems(report);
  }

  /** The key of a fact in its kind's table: its id's text, or a citation's footnote number. */
  static Object key(FactKind kind, Object fact) {
    return kind == FactKind.CITATION ? (Object) ((Citation) fact).footnote() : kind.idOf(fact);
  }

  /** The key that a fact reference looks up. */
  static Object key(FactRef ref) {
    if (ref.kind() == FactKind.CITATION) {
      try {
        return Integer.valueOf(ref.id());
      } catch (NumberFormatException e) {
        return ref.id();
      }
    }
    return ref.id();
  }

  /** Declares fact {@code index} of {@code kind}; a second fact with the same id is a problem. */
  void declare(FactKind kind, Object fact, Integer index) {
    Object key = key(kind, fact);
    Integer first = tables[kind.ordinal()].putIfAbsent(key, index);
    if (first != null) {
      String list = kind.listName();
      add(new int[] {1, FactKind.inFormatOrder().indexOf(kind), index},
          Problem.of(list + "[" + index + "]", 0, 0, "duplicate " + kind.word() + " id '" + key + "' (first at "
              + list + "[" + first + "])", key.toString(), null));
    }
  }

  /** Says that every fact of {@code kind} is declared, so references to it can be looked up at once. */
  void complete(FactKind kind) {
    complete[kind.ordinal()] = true;
  }

  /** A reference to the fact of {@code target} with {@code key}, standing at {@code at}. */
  void reference(FactKind target, Object key, boolean footnote, PathSource at, int line, int column) {
    if (complete[target.ordinal()] && tables[target.ordinal()].contains(key)) {
      return;
    }
    kept.add(new Ref(target, key, footnote, at.pathSegments(), line, column));
  }

  /** Every problem found, in order; looks up the references kept. */
  ImmutableList<Problem> problems(Report r) {
    if (r.sections().isEmpty()) {
      add(new int[] {0}, Problem.of("sections", 0, 0, "a report needs at least one section", null,
          "add the report's sections in reading order"));
    }
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < r.recommendations().size(); i++) {
      int n = r.recommendations().get(i).number();
      if (!numbers.add(n)) {
        add(new int[] {2, i}, Problem.of("recommendations[" + i + "].number", 0, 0,
            "duplicate recommendation number " + n, Integer.toString(n), null));
      }
    }
    for (Ref ref : kept) {
      IndexTable table = tables[ref.target().ordinal()];
      if (table.contains(ref.key())) {
        continue;
      }
      String id = ref.key().toString();
      String where = Cursor.render(ref.path());
      Problem p = ref.footnote()
          ? Problem.of(where, ref.line(), ref.column(), "unknown footnote " + id + ": no citation has that number", id, null)
          : Problem.of(where, ref.line(), ref.column(), "unknown " + ref.target().word() + " '" + id + "'", id,
              Suggest.didYouMean(id, table.texts()));
      add(order(ref.path()), p);
    }
    // A fact's field that names a fact of its own kind (a section's parent, a place's within, a
    // loan's extends and partOf, a citation's ibid and sameAs) can lead back to where it starts.
    for (FactKind kind : FactKind.inFormatOrder()) {
      for (Field f : Format.shape(kind).typedFields()) {
        if (f.kind.target() == kind && f.holding == Field.Holding.OPTIONAL && f.inVersion(Json.SCHEMA_VERSION)) {
          cycles(kind, f, kind.facts(r));
        }
      }
    }
    problems.sort(Comparator.comparing(o -> o.order, Arrays::compare));
    return problems.stream().map(o -> o.problem).collect(ImmutableList.toImmutableList());
  }

  private void add(int[] order, Problem p) {
    problems.add(new Ordered(order, p));
  }

  /** A chain of {@code field} that leads back to the fact it starts from is a cycle. */
  private void cycles(FactKind kind, Field field, List<?> facts) {
    Map<Object, Object> links = new HashMap<>();
    for (Object fact : facts) {
      Object next = field.get.apply(fact);
      if (!field.leftOut(next)) {
        links.put(key(kind, fact), field.kind.referenceKey(Field.unwrap(next)));
      }
    }
    if (links.isEmpty()) {
      return;
    }
    int top = Format.REPORT.slot(kind.listName());
    for (int i = 0; i < facts.size(); i++) {
      Object start = key(kind, facts.get(i));
      if (!links.containsKey(start)) {
        continue;
      }
      Set<Object> seen = new HashSet<>();
      Object cur = start;
      while (cur != null) {
        if (!seen.add(cur)) {
          if (cur.equals(start)) {
            Object[] path = {kind.listName(), i, field.name};
            int[] at = location(path);
            add(new int[] {3, top, 1, i, field.slot}, Problem.of(Cursor.render(path), at[0], at[1],
                "cycle: " + kind.word() + " '" + start + "' leads back to itself", start.toString(), null));
          }
          break;
        }
        cur = links.get(cur);
      }
    }
  }

  /** Where the kept reference at {@code path} stands; 0, 0 if none was kept there. */
  private int[] location(Object[] path) {
    for (Ref ref : kept) {
      if (Arrays.equals(ref.path(), path)) {
        return new int[] {ref.line(), ref.column()};
      }
    }
    return new int[] {0, 0};
  }

  /**
   * The place of a problem at {@code path} in the order of problems: the list's slot in the report,
   * then the fact's index, then each field's slot in its shape and each list index.
   */
  private static int[] order(Object[] path) {
    int[] order = new int[path.length + 2];
    order[0] = 3;
    Shape<?> shape = Format.REPORT;
    int at = 1;
    for (int i = 0; i < path.length; i++) {
      if (path[i] instanceof Integer) {
        order[at++] = (Integer) path[i];
      } else {
        int slot = shape == null ? -1 : shape.slot((String) path[i]);
        order[at++] = slot;
        shape = slot < 0 ? null : shape.field(slot).kind.shape();
      }
      if (i == 0) {
        order[at++] = 0;
      }
    }
    return order;
  }
}
