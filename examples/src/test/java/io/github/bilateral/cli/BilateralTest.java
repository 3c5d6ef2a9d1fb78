package io.github.bilateral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Report;
import io.github.bilateral.query.Bases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    return runWith("", Map.of(), args);
  }

  /** Runs the tool with {@code input} on standard input and {@code env} as its environment. */
  static Run runWith(String input, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Bilateral.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, err, env);
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
    Run r = run("summary", "--wide");
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("Managing US Relations with Pakistan in Uncertain Times: Opportunities and Obstacles\n");
    assertThat(r.out()).contains("  citations                  87\n", "  recommendations            15\n",
        "  loans and other money      26\n");
    assertThat(r.out()).contains("imf-sba-2023", "$3 billion [USD 3000000000]", "£580m [GBP 580000000]");
    assertThat(r.out()).contains(" 1. ", "15. ");
    // every basis is counted, and the counts add up to every value the bases query finds
    Bases bases = Bases.of(Reports.usPakistan2023());
    assertThat(r.out()).contains("Values by basis\n  text                     " + String.format(java.util.Locale.ROOT, "%4d",
        bases.totals().get(io.github.bilateral.model.Basis.TEXT)), "  inferred              ", "  outside-knowledge     ");
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
    assertThat(lines.get(expected + 2)).isEqualTo("(" + expected + " rows)");
    assertThat(lines).hasSize(expected + (command.equals("loans") ? 4 : 3));
    if (command.equals("loans")) {
      assertThat(lines.get(expected + 3)).startsWith("total: GBP 580000000; USD ~");
    }
    // Aligned: each column starts where its rule starts, after a gap of two spaces on every line.
    String rule = lines.get(1);
    for (int at = rule.indexOf(" -"); at >= 0; at = rule.indexOf(" -", at + 1)) {
      int column = at + 1;
      assertThat(lines.get(0).charAt(column)).as(lines.get(0)).isNotEqualTo(' ');
      for (String line : lines.subList(0, expected + 2)) {
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
    assertThat(dates).hasSize(Reports.usPakistan2023().events().size()).hasSize(105);
    // the 96 dated events in date order, then the 9 the report gives no date (ongoing, undated, era)
    assertThat(dates.subList(0, 96).stream().map(io.github.bilateral.model.PartialDate::parse).toList()).isSorted();
    assertThat(dates.subList(96, 105)).allMatch(d -> List.of("ongoing", "undated", "era").contains(d));
  }

  @Test
  void validateAcceptsAValidFile(@TempDir Path dir) throws Exception {
    Path own = ownReport(dir);
    Run r = run("validate", own.toString());
    assertThat(r.status()).isZero();
    // the bundled report's 784 facts without its 36 errata
    assertThat(r.out()).isEqualTo(own + ": a valid report, 748 facts\n");
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
  void validateFilesThatCannotBeRead(@TempDir Path dir) {
    Run missing = run("validate", dir.resolve("nope.json").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).isEqualTo("cannot read " + dir.resolve("nope.json") + ": no such file\n");
    assertThat(missing.out()).isEmpty();
    Run none = run("validate");
    assertThat(none.status()).isZero();
    assertThat(none.out()).startsWith("/io/github/bilateral/data/mei-2023-us-pakistan/report.json: a valid report, ");
  }

  @Test
  void dataRunsACommandOnOnesOwnFile(@TempDir Path dir) throws Exception {
    Path own = ownReport(dir);
    Run r = run("loans", "--data", own.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("\n(26 rows)\n");
    Run s = run("summary", "--data", own.toString());
    assertThat(s.out()).startsWith("My Own Copy\n").contains("  errata                      0\n");
  }

  @Test
  void everyCommandReadsTheJsonLinesExportAsTheSameReport(@TempDir Path dir) throws Exception {
    Path own = ownReport(dir);
    Path lines = write(dir, "own.jsonl", run("export", "--format", "jsonl", "--data", own.toString()).out());
    List<List<String>> commands = List.of(List.of("summary"), List.of("actors"), List.of("loans"),
        List.of("agreements"), List.of("recommendations"), List.of("events"), List.of("figures"),
        List.of("citations"), List.of("profile", "imf"), List.of("graph", "--actor", "imf"), List.of("validate"),
        List.of("export", "--format", "json"), List.of("migrate", "-"));
    // every command but help, and diff and score, which name their files otherwise (below)
    assertThat(commands).hasSize(Bilateral.COMMANDS.size() - 3);
    for (List<String> command : commands) {
      Run json = run(with(command, "--data", own.toString()));
      Run jsonl = run(with(command, "--data", lines.toString()));
      assertThat(json.status()).as(command.toString()).isZero();
      assertThat(jsonl.status()).as(command.toString()).isZero();
      assertThat(jsonl.out().replace(lines.toString(), own.toString())).as(command.toString()).isEqualTo(json.out());
    }
    assertThat(run("diff", own.toString(), lines.toString()).status()).as("the same report").isZero();
    assertThat(run("score", lines.toString(), "--reference", own.toString()).out())
        .isEqualTo(run("score", own.toString(), "--reference", own.toString()).out());
    Run stdin = runWith(Files.readString(lines), Map.of(), "summary", "--data", "-");
    assertThat(stdin.out()).isEqualTo(run("summary", "--data", own.toString()).out());
    assertThat(run("validate", lines.toString()).out()).startsWith(lines + ": a valid report, ");
  }

  @Test
  void aJsonLinesFileWithProblemsNamesTheirLines(@TempDir Path dir) throws Exception {
    String good = run("export", "--format", "jsonl").out();
    Path bad = write(dir, "bad.jsonl", good.replaceFirst("\"kind\":\"loan\",\"fact\":\\{\"id\":\"", "\"kind\":\"loan\",\"fact\":{\"id\":\"X")
        + "{\"kind\":\"loans\",\"fact\":{}}\n");
    Run r = run("validate", bad.toString());
    assertThat(r.status()).isEqualTo(Bilateral.PROBLEMS);
    int loanLine = (int) good.lines().takeWhile(l -> !l.startsWith("{\"kind\":\"loan\"")).count() + 1;
    int last = (int) good.lines().count() + 1;
    assertThat(r.err()).contains(bad + ":" + last + ":9: kind: unknown kind of line; did you mean 'loan'?");
    Path badId = write(dir, "bad-id.jsonl", good.replaceFirst("\"kind\":\"loan\",\"fact\":\\{\"id\":\"", "\"kind\":\"loan\",\"fact\":{\"id\":\"X"));
    Run id = run("loans", "--data", badId.toString());
    assertThat(id.status()).isEqualTo(Bilateral.PROBLEMS);
    int column = Files.readAllLines(badId).get(loanLine - 1).indexOf("\"X") + 1;
    assertThat(id.err()).contains(badId + ":" + loanLine + ":" + column + ": fact.id: ");
  }

  private static String[] with(List<String> command, String... more) {
    List<String> args = new java.util.ArrayList<>(command);
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void dataWithProblemsOrMissingFails(@TempDir Path dir) throws Exception {
    Path bad = write(dir, "bad.json", "{\"schemaVersion\": 9}");
    Run r = run("actors", "--data", bad.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith(bad + ":1:").contains("schemaVersion");
    Run missing = run("summary", "--data", dir.resolve("nope.json").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).isEqualTo("cannot read " + dir.resolve("nope.json") + ": no such file\n");
    Run folder = run("summary", "--data", dir.toString());
    assertThat(folder.status()).isEqualTo(1);
    assertThat(folder.err()).isEqualTo("cannot read " + dir + ": it is a folder; name a report file\n");
  }

  @Test
  void exportWritesEachFormat(@TempDir Path dir) throws Exception {
    Run json = run("export", "--format", "json");
    assertThat(json.out()).isEqualTo(ReportWriter.canonical().toJson(Reports.usPakistan2023()));
    Run jsonl = run("export", "--format", "jsonl");
    assertThat(jsonl.out().lines().count()).isEqualTo(2 + Reports.usPakistan2023().factCount());
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
  void exportCsvWithAByteOrderMarkForExcel(@TempDir Path dir) throws Exception {
    Run folder = run("export", "--format", "csv", "--bom", "--output", dir.resolve("tables").toString());
    assertThat(folder.status()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("tables/loans.csv"))).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF,
        (byte) 'i', (byte) 'd');
    Run table = run("export", "--format", "csv", "--table", "loans", "--bom", "--exact-cells");
    assertThat(table.status()).isZero();
    assertThat(table.out()).startsWith("\uFEFFid,kind,");
    assertThat(run("export", "--format", "csv", "--table", "loans").out()).startsWith("id,kind,");
    Run json = run("export", "--format", "json", "--bom");
    assertThat(json.status()).isEqualTo(2);
    assertThat(json.err()).startsWith("--bom and --exact-cells apply to --format csv only");
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
    assertThat(run("validate", dir.toString()).err()).isEqualTo("cannot read " + dir + ": it is a folder; name a report file\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"summary", "actors", "loans", "agreements", "recommendations", "events", "figures",
      "citations", "profile", "graph", "validate", "export"})
  void everyCommandHasHelpWithAnExample(String command) {
    Run r = run(command, "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage: bilateral " + command).contains("Example")
        .contains("java -jar examples/target/bilateral.jar " + command);
  }

  /** Each listing option's help names every value of its enum, new ones too, as the JSON format spells them. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "actors, --kind, io.github.bilateral.model.ActorKind",
      "loans, --kind, io.github.bilateral.model.LoanKind",
      "loans, --status, io.github.bilateral.model.LoanStatus",
      "agreements, --kind, io.github.bilateral.model.AgreementKind",
      "agreements, --status, io.github.bilateral.model.AgreementStatus",
      "recommendations, --status, io.github.bilateral.model.RecommendationStatus",
      "events, --kind, io.github.bilateral.model.EventKind"})
  void everyEnumOptionsHelpListsEachValue(String command, String option, String type) throws Exception {
    String help = run(command, "--help").out().replaceAll("\\s+", " ");
    java.util.regex.Matcher row = java.util.regex.Pattern.compile(
        java.util.regex.Pattern.quote(option) + "=[A-Z]+ (Only [^:]*: [^.]*\\.)").matcher(help);
    assertThat(row.find()).as(help).isTrue();
    String line = row.group(1);
    Object[] values = Class.forName(type).getEnumConstants();
    StringBuilder words = new StringBuilder();
    for (Object v : values) {
      words.append(words.length() == 0 ? "" : ", ").append(((Enum<?>) v).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
    assertThat(line).endsWith(": " + words + ".");
    for (Object v : values) {
      String word = ((Enum<?>) v).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      assertThat(run(command, option, word).status()).as(command + " " + option + " " + word).isZero();
    }
  }

  @Test
  void noCommandIsAUsageError() {
    Run r = run();
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("missing command: choose one of summary, actors, loans, ")
        .endsWith("\nsee 'bilateral --help'\n");
    assertThat(run("frobnicate").status()).isEqualTo(2);
  }

  /** The ids in the first column of a table, without the header, the rule and the count. */
  static List<String> ids(Run r) {
    List<String> lines = r.out().lines().toList();
    List<String> ids = new ArrayList<>();
    for (String line : lines.subList(2, lines.size())) {
      if (line.startsWith("(")) {
        break;
      }
      ids.add(line.substring(0, line.indexOf("  ")));
    }
    return ids;
  }

  @Test
  void loansByLenderAndBorrowerNamedAnyWay() {
    Run byId = run("loans", "--lender", "china", "--borrower", "pakistan");
    Run byName = run("loans", "--lender", "CHINA", "--borrower", "Pakistan");
    assertThat(byId.status()).isZero();
    assertThat(ids(byId)).hasSize(9).allSatisfy(id -> assertThat(id).matches("(china|cpec).*"))
        .isEqualTo(ids(byName));
    assertThat(byId.out()).contains("total: GBP 580000000; USD ~32000000000 [29000000000..35000000000]");
    Run imf = run("loans", "--actor", "imf", "--json");
    assertThat(imf.out()).contains("\"id\": \"imf-sba-2023\"").doesNotContain("\"id\": \"china-");
  }

  @Test
  void loansByKindStatusAndDate() {
    assertThat(ids(run("loans", "--kind", "rollover"))).containsExactly("china-rollover-2023-03", "china-rollover-2023-07");
    assertThat(ids(run("loans", "--kind", "rollover", "--from", "2023-05"))).containsExactly("china-rollover-2023-07");
    assertThat(ids(run("loans", "--kind", "rollover", "--to", "2023-03-31"))).containsExactly("china-rollover-2023-03");
    assertThat(ids(run("loans", "--status", "rolled-over", "--from", "2023-07-27", "--to", "2023-07-27")))
        .containsExactly("china-rollover-2023-07");
  }

  @Test
  void filtersOfTheOtherListings() {
    assertThat(ids(run("recommendations", "--addressee", "usaid"))).containsExactly("6");
    assertThat(ids(run("recommendations", "--theme", "climate"))).isNotEmpty()
        .allSatisfy(n -> assertThat(Reports.usPakistan2023().recommendations().get(Integer.parseInt(n) - 1)
            .themes().toString()).contains("climate"));
    assertThat(run("recommendations", "--subject", "afghanistan").status()).isZero();
    assertThat(ids(run("agreements", "--party", "taliban"))).contains("doha-agreement");
    assertThat(ids(run("actors", "--kind", "person"))).hasSize(35);
    List<String> events = ids(run("events", "--from", "2023-05", "--to", "2023-08"));
    assertThat(events).isNotEmpty().allSatisfy(d -> assertThat(d).matches("((early|mid|late) )?2023(-0[5-8].*)?"));
    assertThat(ids(run("events", "--actor", "Kakar"))).isNotEmpty();
    assertThat(run("figures", "--actor", "pakistan", "--from", "2023").status()).isZero();
    assertThat(ids(run("citations", "--from", "2023-06", "--to", "2023-06"))).isNotEmpty();
  }

  @Test
  void badFilterValuesAreUsageErrors() {
    Run actor = run("loans", "--lender", "chna");
    assertThat(actor.status()).isEqualTo(2);
    assertThat(actor.err()).startsWith("--lender: No actor named 'chna' in report mei-2023-us-pakistan; did you mean china (China)");
    Run stopWord = run("loans", "--lender", "to");
    assertThat(stopWord.status()).isEqualTo(2);
    assertThat(stopWord.out()).isEmpty();
    assertThat(stopWord.err()).startsWith("--lender: No actor named 'to' in report mei-2023-us-pakistan");
    Run partOfAName = run("loans", "--lender", "Pakistann");
    assertThat(partOfAName.status()).isEqualTo(2);
    assertThat(partOfAName.err()).startsWith("--lender: No actor named 'Pakistann' in report mei-2023-us-pakistan;"
        + " did you mean pakistan (Pakistan)");
    Run kind = run("loans", "--kind", "mortgage");
    assertThat(kind.status()).isEqualTo(2);
    assertThat(kind.err()).startsWith("--kind: unknown value 'mortgage'; choose one of stand-by-arrangement, ");
    Run date = run("events", "--from", "May 2023");
    assertThat(date.status()).isEqualTo(2);
    assertThat(date.err()).startsWith("--from: 'May 2023' is not a date; write a year, a month or a day, such as 2023, 2023-05 or 2023-05-09");
    assertThat(run("events", "--from", "2024", "--to", "2023").err()).startsWith("--from 2024 is after --to 2023");
    assertThat(run("recommendations", "--theme", "weather").err()).startsWith("--theme: no recommendation has the theme 'weather'; the themes are ");
  }

  @Test
  void profileOfAnActorByAnyName() throws Exception {
    Run r = run("profile", "Anwaar-ul-Haq Kakar");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Anwar-ul-Haq Kakar (anwar-ul-haq-kakar), person, PK\n")
        .contains("Offices\n  caretaker Prime Minister, ", "\nEvents (", "\nFootnotes (");
    Run usaid = run("profile", "usaid");
    assertThat(usaid.out()).contains("Recommendations addressed to it (1)\n  6. USAID and USTDA");
    JsonNode json = JSON.readTree(run("profile", "imf", "--json").out());
    assertThat(json.get("actor").get("id").asText()).isEqualTo("imf");
    assertThat(json.get("moneyGiven").findValuesAsText("id")).contains("imf-sba-2023");
    Run missing = run("profile", "nobody at all");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).startsWith("ACTOR: No actor named 'nobody at all'");
  }

  @Test
  void graphListsLinksAndPaths() throws Exception {
    Run imf = run("graph", "--actor", "imf");
    assertThat(imf.status()).isZero();
    assertThat(imf.out()).contains("IMF", "lends-to", "Pakistan", "loan:imf-sba-2023");
    JsonNode money = JSON.readTree(run("graph", "--kind", "lends-to", "--json").out());
    assertThat(money.size()).isGreaterThan(0);
    money.forEach(l -> assertThat(l.get("kind").asText()).isEqualTo("lends-to"));
    assertThat(money.findValuesAsText("source")).allSatisfy(s -> assertThat(s).startsWith("loan:"));
    Run path = run("graph", "--path", "usaid", "--path", "china");
    assertThat(path.status()).isZero();
    assertThat(path.out().lines().toList()).isNotEmpty()
        .allSatisfy(l -> assertThat(l).matches("USAID .* China(  \\([0-9]+ ways, through different facts\\))?"));
    assertThat(run("graph", "--path", "usaid").status()).isEqualTo(2);
    assertThat(run("graph", "--kind", "likes").status()).isEqualTo(2);
  }

  @Test
  void dotAndMermaidPictures(@TempDir Path dir) throws Exception {
    Run dot = run("export", "--format", "dot");
    assertThat(dot.out()).startsWith("digraph \"mei-2023-us-pakistan\" {\n").endsWith("}\n");
    Run imf = run("export", "--format", "dot", "--actor", "IMF");
    assertThat(imf.out()).contains("\"imf\" -> \"pakistan\" [label=\"lends to\"").doesNotContain("\"usaid\"");
    Run md = run("export", "--format", "mermaid", "--actor", "imf", "--from", "2023", "--to", "2023");
    assertThat(md.status()).isZero();
    assertThat(md.out()).startsWith("```mermaid\ntimeline\n").contains("```mermaid\nflowchart LR\n")
        .contains("    2023-07 : The IMF approves").doesNotContain("2022");
    Run line = run("export", "--format", "mermaid", "--diagram", "timeline", "--from", "2023-07", "--to", "2023-07");
    assertThat(line.out()).startsWith("```mermaid\ntimeline\n").doesNotContain("flowchart");
    Path file = dir.resolve("imf.md");
    assertThat(run("export", "--format", "mermaid", "--actor", "imf", "--output", file.toString()).status()).isZero();
    assertThat(Files.readString(file)).startsWith("```mermaid\n");
    assertThat(run("export", "--format", "json", "--actor", "imf").status()).isEqualTo(2);
    assertThat(run("export", "--format", "dot", "--from", "2023").status()).isEqualTo(2);
    assertThat(run("export", "--format", "mermaid", "--diagram", "pie").status()).isEqualTo(2);
  }

  /**
   * README shows a Mermaid picture made by the tool; it must be what the tool makes now. To make it
   * again, run the command named in README's {@code mermaid-picture} comment and paste its output
   * between the command's code block and the end comment.
   */
  @Test
  void readmesMermaidPictureIsWhatTheToolMakes() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "<!-- mermaid-picture: (.+?) -->\n```sh\n[^\n]+\n```\n\n(.*?)<!-- end of mermaid-picture -->",
        java.util.regex.Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("README has the mermaid-picture block").isTrue();
    Run r = run(m.group(1).split(" "));
    assertThat(r.status()).isZero();
    assertThat(m.group(2)).isEqualTo(r.out());
  }
}
