package io.github.bilateral.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bilateral.io.ReportException;
import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Report;
import io.github.bilateral.testing.Gen;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Mutations;
import io.github.bilateral.testing.Property;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  static String export(Report r, ExportFormat f) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter.export(r, f, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonIsTheCanonicalForm() {
    Report r = Reports.usPakistan2023();
    assertThat(export(r, ExportFormat.JSON)).isEqualTo(ReportWriter.canonical().toJson(r));
  }

  @Test
  void everyPartIsOneLineWithItsKind() throws Exception {
    Report r = Reports.usPakistan2023();
    List<String> lines = export(r, ExportFormat.JSONL).lines().toList();
    assertThat(lines).hasSize(2 + r.factCount());
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String line : lines) {
      JsonNode n = MAPPER.readTree(line);
      assertThat(n.size()).isEqualTo(2);
      counts.merge(n.get("kind").asText(), 1, Integer::sum);
      assertThat(n.get("fact").isObject()).isTrue();
    }
    assertThat(counts).containsExactly(
        Map.entry("report", 1), Map.entry("metadata", 1), Map.entry("section", 10), Map.entry("citation", 87),
        Map.entry("actor", 156), Map.entry("place", 31), Map.entry("relation", 167),
        Map.entry("loan", 26), Map.entry("agreement", 44), Map.entry("recommendation", 15),
        Map.entry("event", 105), Map.entry("figure", 48), Map.entry("assessment", 59),
        Map.entry("erratum", 36));
    assertThat(lines.get(0)).isEqualTo("{\"kind\":\"report\",\"fact\":{\"schemaVersion\":2}}");
    assertThat(lines.get(1)).startsWith("{\"kind\":\"metadata\",\"fact\":{\"id\":\"mei-2023-us-pakistan\"");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(
        "{\"kind\":\"loan\",\"fact\":{\"id\":\"imf-sba-2023\",\"kind\":\"stand-by-arrangement\""));
  }

  @Test
  void theLinesPutTogetherGiveTheSameReport() {
    Report bundled = Reports.usPakistan2023();
    assertThat(reassemble(export(bundled, ExportFormat.JSONL))).isEqualTo(bundled);
    Property.forAll("jsonl reassembles", Generators.reports()).tries(100)
        .verify(r -> assertThat(reassemble(export(r, ExportFormat.JSONL))).isEqualTo(r));
  }

  @Test
  void theHeaderKeepsTheTopLevelUnknownFieldsOfALenientlyReadReport() {
    Report lenient = ReportReader.lenient().readString(io.github.bilateral.io.LenientReaderTestAccess.sample());
    String jsonl = export(lenient, ExportFormat.JSONL);
    assertThat(jsonl.lines().findFirst().orElseThrow()).isEqualTo(
        "{\"kind\":\"report\",\"fact\":{\"schemaVersion\":2,\"generator\":{\"name\":\"newer-tool\",\"version\":[2,1]}}}");
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    Exporter.jsonLinesToJson(new java.io.ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), json);
    Report back = ReportReader.lenient().read(json.toByteArray(), "reassembled.json");
    assertThat(back).isEqualTo(lenient);
    assertThat(ReportWriter.canonical().toJson(back)).isEqualTo(ReportWriter.canonical().toJson(lenient));
  }

  @Test
  void theReaderReadsTheLinesAsTheSameReport() {
    Report bundled = Reports.usPakistan2023();
    assertThat(ReportReader.strict().readString(export(bundled, ExportFormat.JSONL))).isEqualTo(bundled);
    Property.forAll("jsonl read back", Generators.reports()).tries(100).verify(r -> {
      byte[] lines = export(r, ExportFormat.JSONL).getBytes(StandardCharsets.UTF_8);
      assertThat(ReportReader.strict().read(lines, "report.jsonl")).isEqualTo(r);
      // the lines of each kind in their order, the kinds in any order
      List<String> moved = new java.util.ArrayList<>(export(r, ExportFormat.JSONL).lines().toList());
      java.util.Collections.rotate(moved, -2);
      assertThat(ReportReader.strict().readString(String.join("\n", moved))).isEqualTo(r);
    });
  }

  @Test
  void theLenientReaderReadsBackTheUnknownFieldsOfTheLines() {
    Report lenient = ReportReader.lenient().readString(io.github.bilateral.io.LenientReaderTestAccess.sample());
    String jsonl = export(lenient, ExportFormat.JSONL);
    Report back = ReportReader.lenient().readString(jsonl);
    assertThat(back).isEqualTo(lenient);
    assertThat(ReportWriter.canonical().toJson(back)).isEqualTo(ReportWriter.canonical().toJson(lenient));
    assertThatThrownBy(() -> ReportReader.strict().readString(jsonl)).isInstanceOf(ReportException.class)
        .hasMessageContaining("fact.generator (line 1, column 56): unknown field 'generator' in Report");
  }

  /** The lines of a generated report's export, with the fact of one of them mutated. */
  record MutatedLine(List<String> lines, int line, Mutations.Mutant mutant) {
    @Override
    public String toString() {
      return "line " + (line + 1) + ": " + mutant;
    }
  }

  @Test
  void aMutatedFactHasTheSameProblemsInTheLinesAsInTheDocument() {
    Gen<MutatedLine> cases = (r, size) -> {
      List<String> lines = export(Generators.reports().generate(r, size), ExportFormat.JSONL).lines().toList();
      int line = r.nextInt(lines.size());
      return new MutatedLine(lines, line, Mutations.mutate(fact(lines.get(line)), r));
    };
    Property.forAll("a mutated fact reads alike in both forms", cases).tries(300).verify(c -> {
      String text = c.mutant().text();
      if (text.contains("\n")) {
        return;
      }
      List<String> lines = new java.util.ArrayList<>(c.lines());
      String frame = lines.get(c.line());
      lines.set(c.line(), frame.substring(0, frame.indexOf(",\"fact\":") + 8) + text + "}");
      Outcome json = outcome(document(lines));
      Outcome jsonl = outcome(String.join("\n", lines));
      if (!isOneObject(text)) {
        assertThat(json.report()).isNull();
        assertThat(jsonl.report()).isNull();
        return;
      }
      assertThat(jsonl.report()).isEqualTo(json.report());
      assertThat(jsonl.problems()).extracting(io.github.bilateral.io.Problem::reason)
          .containsExactlyElementsOf(json.problems().stream().map(io.github.bilateral.io.Problem::reason).toList());
      for (int i = 0; i < json.problems().size(); i++) {
        String path = json.problems().get(i).path();
        String inLine = path.matches("[a-z]+\\[\\d+\\].*") ? "fact" + path.substring(path.indexOf(']') + 1)
            : path.startsWith("metadata") ? "fact" + path.substring("metadata".length())
            : path.equals("$") || io.github.bilateral.model.FactKind.forListName(path).isPresent() ? null
            : "fact." + path;
        if (inLine != null) {
          assertThat(jsonl.problems().get(i).path()).isEqualTo(inLine);
          assertThat(jsonl.problems().get(i).line()).isNotEmpty();
        }
      }
    });
  }

  /** What the strict reader made of a text: a report, or its problems. */
  record Outcome(@org.jspecify.annotations.Nullable Report report, List<io.github.bilateral.io.Problem> problems) {}

  private static Outcome outcome(String text) {
    try {
      return new Outcome(ReportReader.strict().readString(text), List.of());
    } catch (ReportException e) {
      return new Outcome(null, e.problems());
    }
  }

  /** Returns the text of a line's fact. */
  private static String fact(String line) {
    return line.substring(line.indexOf(",\"fact\":") + 8, line.length() - 1);
  }

  /** Returns the report document that the lines hold, as one line of compact JSON, written by hand. */
  private static String document(List<String> lines) {
    Map<String, List<String>> facts = new LinkedHashMap<>();
    for (String line : lines) {
      facts.computeIfAbsent(line.substring(9, line.indexOf('"', 9)), k -> new java.util.ArrayList<>()).add(fact(line));
    }
    String header = facts.get("report").get(0);
    StringBuilder doc = new StringBuilder(header.substring(0, header.length() - 1));
    String comma = header.replaceAll("\\s", "").equals("{}") ? "" : ",";
    doc.append(comma).append("\"metadata\":").append(facts.get("metadata").get(0));
    for (io.github.bilateral.model.FactKind kind : io.github.bilateral.model.FactKind.inFormatOrder()) {
      doc.append(",\"").append(kind.listName()).append("\":[")
          .append(String.join(",", facts.getOrDefault(kind.word(), List.of()))).append(']');
    }
    return doc.append('}').toString();
  }

  private static boolean isOneObject(String text) {
    try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(text)) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return false;
      }
      p.skipChildren();
      return p.nextToken() == null;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Test
  void theLibraryPutsTheLinesBackTogether() {
    Report bundled = Reports.usPakistan2023();
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    Exporter.jsonLinesToJson(new java.io.ByteArrayInputStream(
        export(bundled, ExportFormat.JSONL).getBytes(StandardCharsets.UTF_8)), json);
    assertThat(ReportReader.strict().read(json.toByteArray(), "reassembled.json")).isEqualTo(bundled);
  }

  /** Groups the lines by kind into the lists of a report document and reads it strictly. */
  static Report reassemble(String jsonl) {
    Map<String, String> lists = Map.ofEntries(Map.entry("section", "sections"), Map.entry("citation", "citations"),
        Map.entry("actor", "actors"), Map.entry("place", "places"), Map.entry("relation", "relations"),
        Map.entry("loan", "loans"), Map.entry("agreement", "agreements"),
        Map.entry("recommendation", "recommendations"), Map.entry("event", "events"),
        Map.entry("figure", "figures"), Map.entry("assessment", "assessments"), Map.entry("erratum", "errata"));
    ObjectNode doc = MAPPER.createObjectNode();
    try {
      for (String line : jsonl.lines().toList()) {
        JsonNode n = MAPPER.readTree(line);
        String kind = n.get("kind").asText();
        if (kind.equals("report")) {
          doc.setAll((ObjectNode) n.get("fact"));
        } else if (kind.equals("metadata")) {
          doc.set("metadata", n.get("fact"));
        } else {
          doc.withArray(lists.get(kind)).add(n.get("fact"));
        }
      }
      return ReportReader.strict().readString(MAPPER.writeValueAsString(doc));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
  private static String joined(String jsonl) {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    Exporter.jsonLinesToJson(new java.io.ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), json);
    return json.toString(StandardCharsets.UTF_8);
  }

  @Test
  void linesArePutTogetherInTheOrderOfTheFormatWithTheHeadersFieldsLast() {
    String header = "{\"kind\": \"report\", \"fact\": {\"schemaVersion\": 2, \"x-extra\": [1, \"a\"]}}";
    assertThat(joined("\n" + "{\"kind\":\"actor\",\"fact\":{\"id\":\"b\"}}\n" + "   \n"
        + "{\"kind\":\"section\",\"fact\":{\"id\":\"s\"}}\n" + header + "\n"
        + "{\"kind\":\"metadata\",\"fact\":{\"id\":\"r\"}}\n"
        + "{\"fact\":{\"id\":\"c\"},\"kind\":\"actor\"}\n"))
        .isEqualTo("{\"schemaVersion\":2,\"metadata\":{\"id\":\"r\"},\"sections\":[{\"id\":\"s\"}],"
            + "\"actors\":[{\"id\":\"b\"},{\"id\":\"c\"}],\"x-extra\":[1, \"a\"]}");
    assertThat(joined(header)).isEqualTo("{\"schemaVersion\":2,\"x-extra\":[1, \"a\"]}");
  }

  @Test
  void aLineThatIsNotAKindAndAFactIsNamedByItsNumber() {
    String header = "{\"kind\":\"report\",\"fact\":{\"schemaVersion\":2}}\n";
    assertThatThrownBy(() -> joined(header + "\n[1]\n")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Line 3 is not a JSON object");
    assertThatThrownBy(() -> joined(header + "{\"kind\":\"actor\"}\n"))
        .hasMessage("Line 2 is not {\"kind\": \"...\", \"fact\": {...}}");
    assertThatThrownBy(() -> joined(header + "{\"fact\":{}}\n"))
        .hasMessage("Line 2 is not {\"kind\": \"...\", \"fact\": {...}}");
    assertThatThrownBy(() -> joined(header + "{\"kind\":7,\"fact\":{}}\n"))
        .hasMessage("Line 2 is not {\"kind\": \"...\", \"fact\": {...}}");
    assertThatThrownBy(() -> joined("{\"kind\":\"actor\",\"fact\":{}}\n"))
        .hasMessage("No line of kind 'report' with the schemaVersion: the first line of an export holds it");
    assertThatThrownBy(() -> joined(header + "{\"kind\":\"actors\",\"fact\":{}}\n{\"kind\":\"loan\",\"fact\":{}}\n"))
        .hasMessage("Unknown kinds of line: [actors]; the kinds are report, metadata, section, citation, actor, place,"
            + " relation, loan, agreement, recommendation, event, figure, assessment, erratum");
  }

  @Test
  void aSecondHeaderOrMetadataLineIsRefusedAsTheReaderRefusesIt() {
    String header = "{\"kind\":\"report\",\"fact\":{\"schemaVersion\":2}}\n";
    String metadata = "{\"kind\":\"metadata\",\"fact\":{\"title\":\"first\"}}\n";
    String lines = header + metadata + "{\"kind\":\"actor\",\"fact\":{\"id\":\"a\"}}\n\n"
        + "{\"kind\":\"metadata\",\"fact\":{\"title\":\"second\"}}\n";
    assertThatThrownBy(() -> joined(lines)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Line 5 is a second line of kind 'metadata'; the first is line 2: keep one of them");
    assertThatThrownBy(() -> joined(header + metadata + "{\"kind\":\"report\",\"fact\":{\"x-extra\":1}}\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Line 3 is a second line of kind 'report'; the first is line 1: keep one of them");
    // The reader refuses the same lines, at the same line.
    for (String refused : List.of(lines, header + metadata + header)) {
      assertThatThrownBy(() -> ReportReader.lenient().read(refused.getBytes(StandardCharsets.UTF_8), "two.jsonl"))
          .isInstanceOf(ReportException.class).hasMessageContaining("a second line of kind '");
    }
  }
}
