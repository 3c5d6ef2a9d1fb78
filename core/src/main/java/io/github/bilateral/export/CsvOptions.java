package io.github.bilateral.export;

/**
 * How {@link ExportFormat#CSV} tables are written: whether text that a spreadsheet would run as a
 * formula is neutralised, and whether each file begins with a UTF-8 byte-order mark.
 *
 * <pre>{@code
 * Exporter.exportTo(report, ExportFormat.CSV, Path.of("tables"));                      // defaults
 * Exporter.exportTo(report, ExportFormat.CSV, Path.of("tables"),
 *     CsvOptions.defaults().withByteOrderMark());                                      // for Excel
 * Exporter.csvTable(report, "loans", out, CsvOptions.defaults().withExactCells());      // for DuckDB
 * }</pre>
 *
 * <p><b>Formulas.</b> By default a text cell that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab, a carriage return or a line feed, the characters OWASP's "CSV Injection" page
 * (https://owasp.org/www-community/attacks/CSV_Injection) lists, is written as that page says: a
 * single quote {@code '} is put before it and the cell is wrapped in double quotes, a double quote
 * inside it doubled. A spreadsheet then shows the text instead of running it. A text cell that
 * already begins with {@code '} gets one too, so that the rule can be undone: take one {@code '}
 * off every cell that begins with it. Header cells are text cells too: the column names of the
 * format's fields never begin with these characters, but those of a leniently read report's
 * unknown fields are whatever its file calls them ({@code =HYPERLINK(...)}), and are neutralised
 * the same way. Numbers are never changed (the format's numbers are never
 * negative, and a number such as {@code -5} is not a formula in any case). In the bundled data no
 * text begins with these characters, so its tables differ only in the per-field notes that begin
 * with a quoted word ({@code 'disbursing' read from ...}), which gain a second {@code '}. Separators and quotes inside a cell cannot start a new cell, since every cell holding one
 * is quoted.
 *
 * <p>Neutralising is the default because a CSV file is most often opened by double-clicking it,
 * and a reader who does so cannot be asked to know an option first; a program that loads the
 * tables (DuckDB, pandas) and wants every cell exactly as the report's JSON has it asks for {@link
 * #withExactCells()}.
 *
 * <p><b>Byte-order mark.</b> Off by default: RFC 4180 readers and most tools read UTF-8 without it,
 * and some take it as part of the first column's name. Excel needs it to read UTF-8 rather than the
 * system's code page: ask for it with {@link #withByteOrderMark()}.
 */
public final class CsvOptions {

  private static final CsvOptions DEFAULTS = new CsvOptions(true, false);

  private final boolean neutralisesFormulas;
  private final boolean byteOrderMark;

  private CsvOptions(boolean neutralisesFormulas, boolean byteOrderMark) {
    this.neutralisesFormulas = neutralisesFormulas;
    this.byteOrderMark = byteOrderMark;
  }

  /**
   * Returns the defaults.
   *
   * @return options that neutralise formulas and write no byte-order mark
   */
  public static CsvOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these options with every cell written exactly as the report holds it.
   *
   * @return options that leave formulas as they are, the byte-order mark as these have it
   */
  public CsvOptions withExactCells() {
    return new CsvOptions(false, byteOrderMark);
  }

  /**
   * Returns these options with a UTF-8 byte-order mark ({@code EF BB BF}) at the start of each file.
   *
   * @return options that write the byte-order mark, formulas as these have them
   */
  public CsvOptions withByteOrderMark() {
    return new CsvOptions(neutralisesFormulas, true);
  }

  /**
   * Returns whether text cells that would start a formula are neutralised.
   *
   * @return true unless {@link #withExactCells()} was asked for
   */
  public boolean neutralisesFormulas() {
    return neutralisesFormulas;
  }

  /**
   * Returns whether each file begins with a UTF-8 byte-order mark.
   *
   * @return true if {@link #withByteOrderMark()} was asked for
   */
  public boolean byteOrderMark() {
    return byteOrderMark;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CsvOptions && ((CsvOptions) o).neutralisesFormulas == neutralisesFormulas
        && ((CsvOptions) o).byteOrderMark == byteOrderMark;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(neutralisesFormulas) * 31 + Boolean.hashCode(byteOrderMark);
  }

  @Override
  public String toString() {
    return "CsvOptions{neutralisesFormulas=" + neutralisesFormulas + ", byteOrderMark=" + byteOrderMark + "}";
  }
}
