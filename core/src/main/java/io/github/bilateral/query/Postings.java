package io.github.bilateral.query;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Inverted indexes over one list of facts: a key maps to the ascending positions of the facts that
 * carry it. Positions keep results in the report's order and make intersections cheap.
 */
final class Postings {

  static final int[] NONE = new int[0];

  private Postings() {}

  /** Indexes {@code facts} by every key {@code keys} gives for each. */
  static <F, K> ImmutableMap<K, int[]> build(List<F> facts, Function<? super F, ? extends Iterable<? extends K>> keys) {
    Map<K, IntList> lists = new LinkedHashMap<>();
    for (int i = 0; i < facts.size(); i++) {
      for (K key : keys.apply(facts.get(i))) {
        lists.computeIfAbsent(key, k -> new IntList()).addOnce(i);
      }
    }
    ImmutableMap.Builder<K, int[]> out = ImmutableMap.builderWithExpectedSize(lists.size());
    lists.forEach((k, v) -> out.put(k, v.toArray()));
    return out.buildOrThrow();
  }

  /** Returns the positions {@code 0..size-1}. */
  static int[] all(int size) {
    int[] all = new int[size];
    Arrays.setAll(all, i -> i);
    return all;
  }

  /** Returns the ascending positions present in every one of {@code lists}. */
  static int[] intersect(List<int[]> lists) {
    if (lists.isEmpty()) {
      throw new IllegalArgumentException("nothing to intersect");
    }
    int[][] sorted = lists.toArray(new int[0][]);
    Arrays.sort(sorted, (a, b) -> Integer.compare(a.length, b.length));
    int[] result = sorted[0];
    for (int k = 1; k < sorted.length && result.length > 0; k++) {
      result = intersect(result, sorted[k]);
    }
    return result;
  }

  private static int[] intersect(int[] small, int[] large) {
    int[] out = new int[small.length];
    int n = 0;
    int from = 0;
    for (int value : small) {
      int at = Arrays.binarySearch(large, from, large.length, value);
      if (at >= 0) {
        out[n++] = value;
        from = at + 1;
      } else {
        from = -at - 1;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Returns the ascending positions present in any of {@code a} and {@code b}. */
  static int[] union(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      int next;
      if (j == b.length || (i < a.length && a[i] < b[j])) {
        next = a[i++];
      } else if (i == a.length || b[j] < a[i]) {
        next = b[j++];
      } else {
        next = a[i++];
        j++;
      }
      out[n++] = next;
    }
    return Arrays.copyOf(out, n);
  }

  /** A growable list of ascending ints. */
  static final class IntList {
    private int[] values = new int[4];
    private int size;

    void addOnce(int value) {
      if (size > 0 && values[size - 1] == value) {
        return;
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
