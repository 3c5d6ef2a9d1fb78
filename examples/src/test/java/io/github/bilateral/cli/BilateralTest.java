package io.github.bilateral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs every command of the tool as a user would, on the bundled report and on files of one's own. */
class BilateralTest {

  static final ObjectMapper JSON = new ObjectMapper();

  /** What one run printed and its exit status. */
  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Bilateral.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** The bundled report under another title and without its errata, as a file of one's own. */
  static Path ownReport(Path dir) throws Exception {
    Report bundled = Reports.usPakistan2023();
    Report own = bundled.withMetadata(bundled.metadata().withTitle("My Own Copy")).withErrata(List.of());
    return write(dir, "own.json", ReportWriter.canonical().toJson(own));
  }

  @Test
  void summaryShowsTitleCountsMoneyAndRecommendations() {
    Run r = run("summary");
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("Managing US Relations with Pakistan in Uncertain Times: Opportunities and Obstacles\n");
    assertThat(r.out()).contains("  citations                  87\n", "  recommendations            15\n",
        "  loans and other money      26\n");
    assertThat(r.out()).contains("imf-sba-2023", "$3 billion [USD 3000000000]", "£580m [GBP 580000000]");
    assertThat(r.out()).contains(" 1. ", "15. ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"actors", "loans", "agreements", "recommendations", "events", "figures", "citations"})
  void listingsPrintATableAndJson(String command) throws Exception {
    Report report = Reports.usPakistan2023();
    int expected = switch (command) {
      case "actors" -> report.actors().size();
      case "loans" -> report.loans().size();
      case "agreements" -> report.agreements().size();
      case "recommendations" -> report.recommendations().size();
      case "events" -> report.events().size();
      case "figures" -> report.figures().size();
      default -> report.citations().size();
    };
    Run table = run(command);
    assertThat(table.status()).isZero();
    List<String> lines = table.out().lines().toList();
    assertThat(lines.get(1)).matches("-+( +-+)+");
    // Aligned: each column starts where its rule starts, after a gap of two spaces on every line.
    String rule = lines.get(1);
    for (int at = rule.indexOf(" -"); at >= 0; at = rule.indexOf(" -", at + 1)) {
      int column = at + 1;
      assertThat(lines.get(0).charAt(column)).as(lines.get(0)).isNotEqualTo(' ');
      for (String line : lines.subList(0, lines.size() - 1)) {
        if (line.length() > column) {
          assertThat(line.substring(column - 2, column)).as(line).isEqualTo("  ");
        }
      }
    }

    Run json = run(command, "--json");
    assertThat(json.status()).isZero();
    JsonNode array = JSON.readTree(json.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array.size()).isEqualTo(expected);
  }

  @Test
  void jsonListingsHoldTheModelsOwnObjects() throws Exception {
    JsonNode loans = JSON.readTree(run("loans", "--json").out());
    JsonNode canonical = JSON.readTree(ReportWriter.canonical().toJson(Reports.usPakistan2023())).get("loans");
    assertThat(loans).isEqualTo(canonical);
    JsonNode citations = JSON.readTree(run("citations", "--json").out());
    assertThat(citations.get(51).get("footnote").asInt()).isEqualTo(52);
    assertThat(citations.get(51).get("outlet").asText()).isEqualTo("The Guardian");
  }

  @Test
  void eventsAreInDateOrder() {
    List<String> dates = new ArrayList<>();
    for (String line : run("events", "--wide").out().lines().skip(2).toList()) {
      if (!line.startsWith("(")) {
        dates.add(line.substring(0, line.indexOf("  ")));
      }
    }
    assertThat(dates).hasSize(Reports.usPakistan2023().events().size());
    assertThat(dates.stream().map(io.github.bilateral.model.PartialDate::parse).toList()).isSorted();
  }

  @Test
  void validateAcceptsAValidFile(@TempDir Path dir) throws Exception {
    Path own = ownReport(dir);
    Run r = run("validate", own.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(own + ": a valid report, " + (Reports.usPakistan2023().factCount() - 33) + " facts\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void validateListsEveryProblemWithPathLineAndColumn(@TempDir Path dir) throws Exception {
    String canonical = ReportWriter.canonical().toJson(Reports.usPakistan2023());
    String bad = canonical
        .replaceFirst("\"status\": \"disbursing\"", "\"status\": \"paid\"")
        .replaceFirst("\"kind\": \"stand-by-arrangement\"", "\"kind\": \"standby\"");
    Path file = write(dir, "bad.json", bad);
    Run r = run("validate", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    List<String> lines = r.err().lines().toList();
    assertThat(lines).hasSize(3);
    for (String line : lines.subList(0, 2)) {
      assertThat(line).matches(java.util.regex.Pattern.quote(file.toString())
          + ":[1-9][0-9]*:[1-9][0-9]*: loans\\[[0-9]+\\]\\.(status|kind): .*");
    }
    assertThat(r.err()).contains("'paid'", "'standby'");
    assertThat(lines.get(2)).isEqualTo(file + ": 2 problems");
  }

  @Test
  void validateReportsReferencesThatDoNotResolve(@TempDir Path dir) throws Exception {
    String canonical = ReportWriter.canonical().toJson(Reports.usPakistan2023());
    String bad = canonical.replaceFirst("\"lenders\": \\[\n        \"china\"", "\"lenders\": [\n        \"chna\"");
    Path file = write(dir, "bad.json", bad);
    Run r = run("validate", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).matches("(?s)" + java.util.regex.Pattern.quote(file.toString())
        + ":[1-9][0-9]*:[1-9][0-9]*: loans\\[[0-9]+\\]\\.lenders\\[0\\]: unknown actor 'chna'; did you mean 'china'\\?\n.*");
  }

  @Test
  void validateReportsBrokenJson(@TempDir Path dir) throws Exception {
    Path file = write(dir, "broken.json", "{\n  \"schemaVersion\": 1,\n  \"metadata\": {,\n}\n");
    Run r = run("validate", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).startsWith(file + ":3:");
  }

  @Test
  void validateUsageErrors(@TempDir Path dir) {
    Run missing = run("validate", dir.resolve("nope.json").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).startsWith("no such file: ").contains("Usage: bilateral validate");
    assertThat(missing.out()).isEmpty();
    Run none = run("validate");
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("Missing required parameter: 'FILE'");
  }

  @Test
  void dataRunsACommandOnOnesOwnFile(@TempDir Path dir) throws Exception {
    Path own = ownReport(dir);
    Run r = run("loans", "--data", own.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).endsWith("(26 rows)\n");
    Run s = run("summary", "--data", own.toString());
    assertThat(s.out()).startsWith("My Own Copy\n").contains("  errata                      0\n");
  }

  @Test
  void dataWithProblemsOrMissingFails(@TempDir Path dir) throws Exception {
    Path bad = write(dir, "bad.json", "{\"schemaVersion\": 2}");
    Run r = run("actors", "--data", bad.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith(bad + ":1:").contains("schemaVersion");
    Run missing = run("summary", "--data", dir.resolve("nope.json").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).startsWith("--data: no such file: ");
  }

  @Test
  void exportWritesEachFormat(@TempDir Path dir) throws Exception {
    Run json = run("export", "--format", "json");
    assertThat(json.out()).isEqualTo(ReportWriter.canonical().toJson(Reports.usPakistan2023()));
    Run jsonl = run("export", "--format", "jsonl");
    assertThat(jsonl.out().lines().count()).isEqualTo(1 + Reports.usPakistan2023().factCount());
    Run csl = run("export", "--format", "csl-json");
    assertThat(JSON.readTree(csl.out()).size()).isEqualTo(85);
    Run ftm = run("export", "--format", "ftm");
    assertThat(JSON.readTree(ftm.out().lines().findFirst().orElseThrow()).get("schema").asText()).isNotEmpty();
    Run table = run("export", "--format", "csv", "--table", "loans");
    assertThat(table.status()).isZero();
    assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("id,kind,lenders,borrowers,");

    Run folder = run("export", "--format", "csv", "--output", dir.resolve("tables").toString());
    assertThat(folder.status()).isZero();
    assertThat(folder.err()).contains("wrote " + dir.resolve("tables").resolve("loans.csv"));
    assertThat(Files.readString(dir.resolve("tables/loans.csv"))).startsWith("id,kind,");
    Run file = run("export", "--format", "csl-json", "--output", dir.resolve("refs.json").toString());
    assertThat(file.status()).isZero();
    assertThat(Files.readString(dir.resolve("refs.json"))).isEqualTo(csl.out());
  }

  @Test
  void exportUsageErrors(@TempDir Path dir) {
    assertThat(run("export").status()).isEqualTo(2);
    Run unknown = run("export", "--format", "xml");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("--format: unknown format 'xml'; choose one of json, jsonl, csv, csl-json, ftm");
    Run csv = run("export", "--format", "csv");
    assertThat(csv.status()).isEqualTo(2);
    assertThat(csv.err()).startsWith("csv writes one file per kind");
    assertThat(run("export", "--format", "csv", "--table", "loan").status()).isEqualTo(2);
    assertThat(run("export", "--format", "json", "--table", "loans").status()).isEqualTo(2);
    assertThat(run("export", "--format", "json", "--output", dir.toString()).status()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"summary", "actors", "loans", "agreements", "recommendations", "events", "figures",
      "citations", "validate", "export"})
  void everyCommandHasHelpWithAnExample(String command) {
    Run r = run(command, "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage: bilateral " + command).contains("Example")
        .contains("java -jar examples/target/bilateral.jar " + command);
  }

  @Test
  void noCommandIsAUsageError() {
    Run r = run();
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("Missing command").contains("Commands:");
    assertThat(run("frobnicate").status()).isEqualTo(2);
  }
}
