package io.github.bilateral.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.export.CsvOptions;
import io.github.bilateral.export.ExportFormat;
import io.github.bilateral.export.Exporter;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Amount;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Report;
import io.github.bilateral.query.ReportQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's SQL, run by DuckDB on the exports: every statement of each {@code sql} block reads the
 * JSON lines export ({@code report.jsonl}) or the CSV export (folder {@code tables}) of the bundled
 * report, and must return the Markdown table that follows its block. The answers are then checked
 * against the library's own.
 */
class ReadmeSqlTest {

  @TempDir static Path exports;

  /** The answer of each statement of each block, run once. */
  private static final Map<Readme.Block, List<List<List<String>>>> ANSWERS = new LinkedHashMap<>();

  /** The order of the SQL's {@code ORDER BY ALL} on ids and currency codes. */
  private static final Comparator<List<String>> BY_LENDER_AND_CURRENCY =
      Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1));

  /** Writes the bundled report's JSON lines and CSV exports into the folder README's SQL reads. */
  private static void export() throws IOException {
    Report report = Reports.usPakistan2023();
    try (OutputStream out = Files.newOutputStream(exports.resolve("report.jsonl"))) {
      Exporter.export(report, ExportFormat.JSONL, out);
    }
    Exporter.exportTo(report, ExportFormat.CSV, exports.resolve("tables"), CsvOptions.defaults().withExactCells());
  }

  /** An in-memory DuckDB that resolves README's relative file names in the export folder. */
  private static Connection duckDb() throws SQLException {
    Properties settings = new Properties();
    // The JSON reader is built into the driver; never fetch an extension from the network.
    settings.setProperty("autoinstall_known_extensions", "false");
    settings.setProperty("autoload_known_extensions", "false");
    Connection c = DriverManager.getConnection("jdbc:duckdb:", settings);
    try (Statement s = c.createStatement()) {
      s.execute("SET file_search_path = '" + exports.toString().replace("'", "''") + "'");
    }
    return c;
  }

  /** The statements of a block, each ending with a semicolon at the end of a line. */
  private static List<String> statements(Readme.Block block) {
    List<String> statements = new ArrayList<>();
    for (String s : block.text().split(";\\s*\\n")) {
      if (!s.isBlank()) {
        statements.add(s);
      }
    }
    return statements;
  }

  /** The header row, then one row per result row, each cell as DuckDB prints it. */
  private static List<List<String>> run(Connection c, String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      ResultSetMetaData meta = r.getMetaData();
      List<String> header = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        header.add(meta.getColumnLabel(i));
      }
      rows.add(header);
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.add(String.valueOf(r.getString(i)));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @BeforeAll
  static void runReadmesSql() throws Exception {
    export();
    try (Connection c = duckDb()) {
      for (Readme.Block block : Readme.blocks("sql")) {
        List<List<List<String>>> answers = new ArrayList<>();
        for (String sql : statements(block)) {
          try {
            answers.add(run(c, sql));
          } catch (SQLException e) {
            throw new AssertionError(block.where() + ": DuckDB refuses\n" + sql + "\n" + e.getMessage(), e);
          }
        }
        ANSWERS.put(block, answers);
      }
    }
  }

  /** The rows (without the header) that README's query with these columns returns. */
  private static List<List<String>> answer(String... columns) {
    List<List<String>> rows = ANSWERS.values().stream().map(a -> a.get(0)).filter(a -> a.get(0).equals(List.of(columns)))
        .findFirst().orElseThrow(() -> new AssertionError("README has no SQL query of columns " + List.of(columns)));
    return rows.subList(1, rows.size());
  }

  @Test
  void everyQueryOfReadmeReturnsTheTableShownAfterIt() {
    assertThat(ANSWERS).hasSizeGreaterThanOrEqualTo(2);
    ANSWERS.forEach((block, answers) -> {
      assertThat(block.table()).as(block.where() + ": the table of the answer after the block").isNotEmpty();
      assertThat(block.text()).as(block.where() + ": the query on both exports").contains("read_json(", "read_csv(");
      List<String> sql = statements(block);
      for (int i = 0; i < sql.size(); i++) {
        assertThat(answers.get(i)).as(block.where() + ":\n" + sql.get(i)).isEqualTo(block.table());
      }
    });
  }

  /** The SQL adds the point values of every amount per lender and currency, as a Java loop does. */
  @Test
  void theMoneyPerLenderIsThePlainSumOfTheAmounts() {
    Map<List<String>, BigDecimal> sums = new TreeMap<>(BY_LENDER_AND_CURRENCY);
    Map<List<String>, Integer> counts = new TreeMap<>(BY_LENDER_AND_CURRENCY);
    for (Loan loan : Reports.usPakistan2023().loans()) {
      for (Amount amount : loan.amount().stream().toList()) {
        for (ActorId lender : loan.lenders()) {
          List<String> key = List.of(lender.value(), amount.currency().getCurrencyCode());
          sums.merge(key, amount.point().orElseThrow().amount(), BigDecimal::add);
          counts.merge(key, 1, Integer::sum);
        }
      }
    }
    List<List<String>> expected = new ArrayList<>();
    sums.forEach((key, sum) -> expected.add(List.of(key.get(0), key.get(1), sum.toPlainString(),
        String.valueOf(counts.get(key)))));
    assertThat(answer("lender", "currency", "amount", "facts")).isEqualTo(expected);
  }

  @Test
  void theRecommendationsPerAddresseeAreTheLibrarysCounts() {
    ReportQuery q = ReportQuery.of(Reports.usPakistan2023());
    List<List<String>> rows = answer("addressee", "recommendations");
    assertThat(rows).isNotEmpty();
    for (List<String> row : rows) {
      assertThat(String.valueOf(q.recommendations().addressee(ActorId.of(row.get(0))).count()))
          .as(row.get(0)).isEqualTo(row.get(1));
    }
    long addressed = Reports.usPakistan2023().recommendations().stream()
        .flatMap(r -> r.addressees().stream()).distinct().count();
    assertThat(rows).hasSize((int) addressed);
  }
}
