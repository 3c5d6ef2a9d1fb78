package io.github.bilateral.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns: a header, a rule, and one line per row. Cells longer
 * than the limit are cut with an ellipsis unless the limit is 0.
 */
final class Table {

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
    rows.add(cells);
    return this;
  }

  int size() {
    return rows.size() - 1;
  }

  void print(PrintStream out, int limit) {
    int[] widths = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], cut(r[i], limit).codePointCount(0, cut(r[i], limit).length()));
      }
    }
    line(out, rows.get(0), widths, limit);
    String[] rule = new String[columns];
    for (int i = 0; i < columns; i++) {
      rule[i] = "-".repeat(widths[i]);
    }
    line(out, rule, widths, 0);
    for (String[] r : rows.subList(1, rows.size())) {
      line(out, r, widths, limit);
    }
  }

  private static void line(PrintStream out, String[] cells, int[] widths, int limit) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String cell = cut(cells[i], limit);
      sb.append(cell);
      if (i < cells.length - 1) {
        sb.append(" ".repeat(widths[i] - cell.codePointCount(0, cell.length()) + 2));
      }
    }
    out.println(sb.toString().stripTrailing());
  }

  private static String cut(String cell, int limit) {
    String flat = cell.replace('\n', ' ');
    if (limit <= 0 || flat.codePointCount(0, flat.length()) <= limit) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, limit - 1)) + "…";
  }
}
