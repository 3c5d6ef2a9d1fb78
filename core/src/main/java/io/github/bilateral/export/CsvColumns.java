package io.github.bilateral.export;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.io.ReportWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a {@link CsvTables CSV table}, in order: the fields the format knows in its
 * canonical order ({@link ReportWriter#fieldOrder}), whatever the order of the rows; after them, in
 * each object, the fields it does not know, in the order the rows give them.
 */
final class CsvColumns {

  private CsvColumns() {}

  /** Where a column's name goes: one field's name, or one index in a list ({@code name} null). */
  private record Step(@Nullable String name, int index) {
    /** The step with the index left out, as the order of the fields of a list's elements knows it. */
    Step shape() {
      return name == null ? new Step(null, 0) : this;
    }
  }

  /**
   * Returns the steps of a column's name: {@code offices[1].title} is {@code offices}, index 1,
   * {@code title}. A {@code \} takes the character after it as part of the name.
   */
  private static List<Step> steps(String column) {
    List<Step> steps = new ArrayList<>();
    StringBuilder name = new StringBuilder();
    boolean named = false;
    for (int i = 0; i < column.length(); i++) {
      char c = column.charAt(i);
      if (c == '\\' && i + 1 < column.length()) {
        name.append(column.charAt(++i));
        named = true;
      } else if (c == '.' || c == '[') {
        if (named) {
          steps.add(new Step(name.toString(), -1));
        }
        name.setLength(0);
        named = false;
        if (c == '[') {
          int close = column.indexOf(']', i);
          steps.add(new Step(null, Integer.parseInt(column.substring(i + 1, close))));
          i = close;
        }
      } else {
        name.append(c);
        named = true;
      }
    }
    if (named) {
      steps.add(new Step(name.toString(), -1));
    }
    return steps;
  }

  /**
   * Returns the format's order of the fields of the objects that field names lead to from a part
   * of the table {@code table}: {@code [offices]} gives an office's fields; empty where the format
   * has no object.
   */
  static Function<List<String>, Optional<? extends List<String>>> formatOrder(String table) {
    ReportWriter writer = ReportWriter.canonical();
    Map<List<String>, Optional<ImmutableList<String>>> orders = new HashMap<>();
    return path -> orders.computeIfAbsent(List.copyOf(path), p -> {
      List<String> full = new ArrayList<>(p.size() + 1);
      full.add(table);
      full.addAll(p);
      return writer.fieldOrder(full);
    });
  }

  /**
   * Returns the columns of the rows: every key of every row, as a tree walked in order. The
   * elements of a list come by index, each with all its fields before the next: {@code
   * offices[0].title}, {@code offices[0].organisation}, ... {@code offices[1].title}. The fields of
   * one object come in the order {@code known} gives for the names on the way to it (the format's
   * canonical order: {@code ReportWriter.fieldOrder}), then the fields it does not name, in the
   * order of the keys within each row, ties broken by first appearance.
   */
  static List<String> columns(List<Map<String, String>> rows,
      Function<List<String>, Optional<? extends List<String>>> known) {
    Set<String> keys = new LinkedHashSet<>();
    rows.forEach(r -> keys.addAll(r.keySet()));
    Map<String, List<Step>> steps = new HashMap<>();
    keys.forEach(k -> steps.put(k, steps(k)));
    // The order of the fields that the format does not know, learnt on the shapes of the keys:
    // offices[1].title is offices[].title.
    List<Set<List<Step>>> shapes = new ArrayList<>();
    for (Map<String, String> row : rows) {
      Set<List<Step>> shape = new LinkedHashSet<>();
      row.keySet().forEach(k -> shape.add(steps.get(k).stream().map(Step::shape).toList()));
      shapes.add(shape);
    }
    List<List<Step>> order = merge(shapes);
    // A field's place is the first place of any leaf under it, so an object's fields stay together.
    Map<List<Step>, Integer> place = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      for (int end = 1; end <= order.get(i).size(); end++) {
        place.putIfAbsent(order.get(i).subList(0, end), i);
      }
    }
    Map<String, List<Integer>> position = new HashMap<>();
    for (String k : keys) {
      List<Step> at = steps.get(k);
      List<Integer> rank = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<Step> shape = new ArrayList<>();
      for (Step step : at) {
        shape.add(step.shape());
        if (step.name() == null) {
          rank.add(0);
          rank.add(step.index());
          continue;
        }
        int canonical = known.apply(List.copyOf(names)).map(o -> o.indexOf(step.name())).orElse(-1);
        rank.add(canonical >= 0 ? 1 : 2);
        rank.add(canonical >= 0 ? canonical : place.get(shape));
        names.add(step.name());
      }
      position.put(k, rank);
    }
    List<String> columns = new ArrayList<>(keys);
    columns.sort((x, y) -> compare(position.get(x), position.get(y)));
    return columns;
  }

  private static int compare(List<Integer> x, List<Integer> y) {
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      int c = Integer.compare(x.get(i), y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  /**
   * Returns every key of every row, in an order that keeps the order of the keys within each row,
   * ties broken by first appearance.
   */
  private static <K> List<K> merge(List<? extends Set<K>> rows) {
    Map<K, Set<K>> before = new LinkedHashMap<>();
    for (Set<K> row : rows) {
      List<K> keys = new ArrayList<>(row);
      for (int i = 0; i < keys.size(); i++) {
        Set<K> preceding = before.computeIfAbsent(keys.get(i), k -> new LinkedHashSet<>());
        preceding.addAll(keys.subList(0, i));
      }
    }
    List<K> columns = new ArrayList<>();
    Set<K> placed = new HashSet<>();
    while (columns.size() < before.size()) {
      K next = null;
      for (Map.Entry<K, Set<K>> e : before.entrySet()) {
        if (!placed.contains(e.getKey()) && placed.containsAll(e.getValue())) {
          next = e.getKey();
          break;
        }
      }
      if (next == null) {
        // Rows that disagree on order cannot come from the canonical writer; keep first appearance.
        next = before.keySet().stream().filter(k -> !placed.contains(k)).findFirst().orElseThrow();
      }
      columns.add(next);
      placed.add(next);
    }
    return columns;
  }
}
