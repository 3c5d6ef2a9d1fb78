package io.github.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Basis;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@code seeds/README.md} says of the bundled data against the data: the tables of facts and
 * values by basis against {@link Bases}, and the errata it quotes against the errata, so that the
 * dataset's description cannot drift from the data it describes.
 */
class SeedsReadmeTest {

  private static final Path README = Path.of("..", "seeds", "README.md");
  private static final Report BUNDLED = Reports.usPakistan2023();

  /** The rows of the table whose header starts {@code "| " + title}: basis word to its cells, by column name. */
  private static Map<String, Map<String, Integer>> table(String title) throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    int at = 0;
    while (at < lines.size() && !lines.get(at).startsWith("| " + title + " |")) {
      at++;
    }
    assertThat(at).as("the table '" + title + "' in seeds/README.md").isLessThan(lines.size());
    List<String> columns = cells(lines.get(at));
    Map<String, Map<String, Integer>> rows = new LinkedHashMap<>();
    for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      List<String> cells = cells(lines.get(i));
      Map<String, Integer> row = new LinkedHashMap<>();
      for (int c = 1; c < cells.size(); c++) {
        row.put(columns.get(c), Integer.parseInt(cells.get(c)));
      }
      rows.put(cells.get(0).replace("*", ""), row);
    }
    return rows;
  }

  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|")) {
      cells.add(cell.trim());
    }
    return cells;
  }

  /** The table's count for {@code kind} (or {@code all}) on {@code basis} (or {@code all}), from {@code counts}. */
  private static void assertTable(Map<String, Map<String, Integer>> table, Map<FactKind, Map<Basis, Integer>> counts) {
    for (Map.Entry<String, Map<String, Integer>> row : table.entrySet()) {
      for (Map.Entry<String, Integer> cell : row.getValue().entrySet()) {
        int expected = 0;
        for (Map.Entry<FactKind, Map<Basis, Integer>> k : counts.entrySet()) {
          if (cell.getKey().equals("all") || cell.getKey().equals(k.getKey().listName())) {
            for (Map.Entry<Basis, Integer> b : k.getValue().entrySet()) {
              if (row.getKey().equals("all") || row.getKey().equals(b.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))) {
                expected += b.getValue();
              }
            }
          }
        }
        assertThat(cell.getValue()).as(row.getKey() + ", " + cell.getKey()).isEqualTo(expected);
      }
    }
  }

  /** The kinds the tables have columns for. */
  private static List<FactKind> kinds(Map<String, Map<String, Integer>> table) {
    List<FactKind> kinds = new ArrayList<>();
    for (String column : table.values().iterator().next().keySet()) {
      FactKind.forListName(column).ifPresent(kinds::add);
    }
    return kinds;
  }

  @Test
  void theValuesByBasisAreWhatBasesCounts() throws IOException {
    Map<String, Map<String, Integer>> table = table("values by basis");
    Map<FactKind, Map<Basis, Integer>> counts = new LinkedHashMap<>();
    for (FactKind kind : kinds(table)) {
      counts.put(kind, Bases.of(BUNDLED).counts().get(kind));
    }
    assertThat(counts).hasSize(6);
    assertTable(table, counts);
  }

  @Test
  void theFactsByBasisAreWhatTheirProvenancesSay() throws IOException {
    Map<String, Map<String, Integer>> table = table("facts by basis");
    Map<FactKind, Map<Basis, Integer>> counts = new LinkedHashMap<>();
    for (FactKind kind : kinds(table)) {
      Map<Basis, Integer> byBasis = new LinkedHashMap<>();
      for (Object fact : kind.facts(BUNDLED)) {
        byBasis.merge(((Fact) fact).provenance().basis(), 1, Integer::sum);
      }
      counts.put(kind, byBasis);
    }
    assertThat(counts).hasSize(6);
    assertTable(table, counts);
  }

  @Test
  void theValuesByBasisOfVersion2sKindsAreWhatBasesCounts() throws IOException {
    // A table with a row per list: its facts, its values on each basis, and all its values.
    Map<String, Map<String, Integer>> table = table("list");
    Map<String, Integer> sum = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Integer>> row : table.entrySet()) {
      if (row.getKey().equals("all")) {
        assertThat(row.getValue()).as("the row of all lists").isEqualTo(sum);
        continue;
      }
      row.getValue().forEach((column, n) -> sum.merge(column, n, Integer::sum));
      FactKind kind = FactKind.forListName(row.getKey()).orElseThrow();
      assertThat(row.getValue().get("facts")).as(row.getKey() + ", facts").isEqualTo(kind.facts(BUNDLED).size());
      int values = row.getValue().entrySet().stream()
          .filter(c -> !c.getKey().equals("facts") && !c.getKey().equals("values")).mapToInt(Map.Entry::getValue).sum();
      assertThat(row.getValue().get("values")).as(row.getKey() + ", values").isEqualTo(values);
      if (kind == FactKind.SECTION) {
        continue; // a section has no provenance: its values' bases are the reading's, not Bases'
      }
      for (Basis basis : Basis.values()) {
        String column = basis.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        assertThat(row.getValue().get(column)).as(row.getKey() + ", " + column)
            .isEqualTo(Bases.of(BUNDLED).counts().get(kind).getOrDefault(basis, 0));
      }
    }
    assertThat(table).containsKeys("actors", "places", "relations", "recommendations", "assessments", "all");
  }

  @Test
  void theErrataItQuotesAreTheDatasets() throws IOException {
    java.util.regex.Pattern bullet = java.util.regex.Pattern.compile(
        "- \\*\\*([a-z-]+)\\*\\* \\(([a-z0-9-]+)\\): printed \"(.*?)\"\\. (.*)");
    Map<String, io.github.bilateral.model.Erratum> errata = new LinkedHashMap<>();
    BUNDLED.errata().forEach(e -> errata.put(e.id().value(), e));
    int quoted = 0;
    for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
      java.util.regex.Matcher m = bullet.matcher(line);
      if (!m.matches()) {
        continue;
      }
      io.github.bilateral.model.Erratum e = errata.get(m.group(2));
      assertThat(e).as("erratum " + m.group(2)).isNotNull();
      assertThat(m.group(1)).as(m.group(2) + " kind")
          .isEqualTo(e.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      assertThat(m.group(4)).as(m.group(2) + " summary").isEqualTo(e.summary());
      // A long printed text may be cut short with an ellipsis.
      String printed = m.group(3);
      if (printed.endsWith("\u2026")) {
        assertThat(e.printed()).as(m.group(2) + " printed").startsWith(printed.substring(0, printed.length() - 1));
      } else {
        assertThat(e.printed()).as(m.group(2) + " printed").isEqualTo(printed);
      }
      quoted++;
    }
    assertThat(quoted).as("errata listed in seeds/README.md").isEqualTo(BUNDLED.errata().size());
  }
}
