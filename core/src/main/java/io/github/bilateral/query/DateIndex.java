package io.github.bilateral.query;

import io.github.bilateral.model.PartialDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Facts sorted by the first day of their date, for range queries by binary search. Facts without a
 * date are not indexed. Because no partial date spans more than a year, the facts overlapping a
 * range all start at most {@code maxSpan} days before it, which bounds the search.
 */
final class DateIndex {

  private final long[] starts;
  private final long[] ends;
  private final int[] positions;
  private final long maxSpan;

  private DateIndex(long[] starts, long[] ends, int[] positions, long maxSpan) {
    this.starts = starts;
    this.ends = ends;
    this.positions = positions;
    this.maxSpan = maxSpan;
  }

  static <F> DateIndex build(List<F> facts, Function<? super F, Optional<PartialDate>> date) {
    int n = 0;
    long[][] rows = new long[facts.size()][];
    for (int i = 0; i < facts.size(); i++) {
      Optional<PartialDate> d = date.apply(facts.get(i));
      if (d.isPresent()) {
        rows[n++] = new long[] {d.get().start().toEpochDay(), d.get().end().toEpochDay(), i};
      }
    }
    long[][] sorted = Arrays.copyOf(rows, n);
    Arrays.sort(sorted, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[2], b[2]));
    long[] starts = new long[n];
    long[] ends = new long[n];
    int[] positions = new int[n];
    long maxSpan = 0;
    for (int i = 0; i < n; i++) {
      starts[i] = sorted[i][0];
      ends[i] = sorted[i][1];
      positions[i] = (int) sorted[i][2];
      maxSpan = Math.max(maxSpan, ends[i] - starts[i]);
    }
    return new DateIndex(starts, ends, positions, maxSpan);
  }

  /** Returns the ascending positions of the facts whose date lies against {@code range} as {@code match} asks. */
  int[] select(DateRange range, DateMatch match) {
    long first = range.firstEpochDay();
    long last = range.lastEpochDay();
    long lowestStart = match == DateMatch.OVERLAPS ? first - maxSpan : first;
    int from = lowerBound(lowestStart);
    int to = lowerBound(last + 1);
    int[] out = new int[Math.max(0, to - from)];
    int n = 0;
    for (int i = from; i < to; i++) {
      boolean ok = match == DateMatch.OVERLAPS ? ends[i] >= first : ends[i] <= last;
      if (ok) {
        out[n++] = positions[i];
      }
    }
    int[] result = Arrays.copyOf(out, n);
    Arrays.sort(result);
    return result;
  }

  private int lowerBound(long key) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
