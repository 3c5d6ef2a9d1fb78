package io.github.bilateral.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns: a header, a rule, and one line per row. It fits a given
 * width by cutting the longest cells, each with an ellipsis, or keeps whole cells when asked; the
 * first column, which names the row (an id, a date, a number), is kept whole while the others can
 * make room for it. Cells are printed on one line, with characters that could disguise text escaped.
 */
final class Table {

  private static final int GAP = 2;
  /** No column is cut narrower than this, so that a cut cell still says something. */
  private static final int MIN_WIDTH = 6;

  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  Table(String... header) {
    this.columns = header.length;
    rows.add(header);
  }

  Table row(String... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
    }
    String[] safe = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      safe[i] = Text.line(cells[i]);
    }
    rows.add(safe);
    return this;
  }

  int size() {
    return rows.size() - 1;
  }

  /**
   * Prints the table in at most {@code width} columns, cutting the widest cells as little as will
   * do (but none below six characters), or, when {@code wide}, with every cell whole.
   */
  void print(PrintStream out, int width, boolean wide) {
    int[] natural = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < columns; i++) {
        natural[i] = Math.max(natural[i], length(r[i]));
      }
    }
    int[] widths = natural.clone();
    if (!wide) {
      int[] rest = java.util.Arrays.copyOfRange(natural, 1, columns);
      int room = width - natural[0] - GAP;
      boolean keepFirst = columns > 1 && room >= total(rest, MIN_WIDTH);
      int cap = keepFirst ? cap(rest, room) : cap(natural, width);
      for (int i = keepFirst ? 1 : 0; i < columns; i++) {
        widths[i] = Math.min(natural[i], cap);
      }
    }
    line(out, rows.get(0), widths);
    String[] rule = new String[columns];
    for (int i = 0; i < columns; i++) {
      rule[i] = "-".repeat(widths[i]);
    }
    line(out, rule, widths);
    for (String[] r : rows.subList(1, rows.size())) {
      line(out, r, widths);
    }
  }

  /** Returns the largest cell width at which the table fits {@code width}, no less than {@link #MIN_WIDTH}. */
  private static int cap(int[] natural, int width) {
    int low = MIN_WIDTH;
    int high = 0;
    for (int w : natural) {
      high = Math.max(high, w);
    }
    if (total(natural, high) <= width) {
      return high;
    }
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (total(natural, mid) <= width) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  private static int total(int[] natural, int cap) {
    int sum = GAP * (natural.length - 1);
    for (int w : natural) {
      sum += Math.min(w, cap);
    }
    return sum;
  }

  private static void line(PrintStream out, String[] cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String cell = cut(cells[i], widths[i]);
      sb.append(cell);
      if (i < cells.length - 1) {
        sb.append(" ".repeat(widths[i] - length(cell) + GAP));
      }
    }
    out.println(sb.toString().stripTrailing());
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  private static String cut(String cell, int width) {
    if (length(cell) <= width) {
      return cell;
    }
    return cell.substring(0, cell.offsetByCodePoints(0, width - 1)) + "…";
  }
}
