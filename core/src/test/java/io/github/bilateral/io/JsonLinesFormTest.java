package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bilateral.model.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesFormTest {

  /** The header of lines written from the bundled report, which is format version 2. */
  private static final String HEADER = "{\"kind\":\"report\",\"fact\":{\"schemaVersion\":2}}";
  private static final Report BUNDLED = Reports.usPakistan2023();
  private static final String METADATA = "{\"kind\":\"metadata\",\"fact\":"
      + compact(ReportWriter.canonical().toJson(BUNDLED.metadata())) + "}\n{\"kind\":\"section\",\"fact\":"
      + compact(ReportWriter.canonical().toJson(BUNDLED.sections().get(0))) + "}";

  private static String compact(String json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Returns the line of the bundled report's first loan, with one text replaced. */
  private static String loan(String text, String replacement) {
    String compact = compact(ReportWriter.canonical().toJson(BUNDLED.loans().get(0)));
    assertThat(compact).contains(text);
    return "{\"kind\":\"loan\",\"fact\":" + compact.replace(text, replacement) + "}";
  }

  private static List<Problem> problems(ReportReader reader, String lines) {
    try {
      reader.readString(lines);
    } catch (ReportException e) {
      return e.problems();
    }
    throw new AssertionError("read without a problem: " + lines);
  }

  @Test
  void aReportDocumentIsNeverTakenForLines() {
    assertThat(JsonLinesForm.recognises("{\"schemaVersion\":1}".getBytes(StandardCharsets.UTF_8), 0)).isFalse();
    assertThat(JsonLinesForm.recognises("{\"kind\":\"x\",\"fact\":{},\"schemaVersion\":1}"
        .getBytes(StandardCharsets.UTF_8), 0)).isFalse();
    assertThat(JsonLinesForm.recognises("[1]".getBytes(StandardCharsets.UTF_8), 0)).isFalse();
    assertThat(JsonLinesForm.recognises("{\"fact\":{},\"kind\":\"x\"}\n{".getBytes(StandardCharsets.UTF_8), 0))
        .isTrue();
    assertThat(JsonLinesForm.recognises(HEADER.getBytes(StandardCharsets.UTF_8), 0)).isTrue();
  }

  @Test
  void theHeaderAndTheMetadataAloneAreAReport(@TempDir Path dir) throws Exception {
    Report r = ReportReader.strict().readString(HEADER + "\n\n" + METADATA + "\r\n");
    assertThat(r.metadata()).isEqualTo(Reports.usPakistan2023().metadata());
    assertThat(r.loans()).isEmpty();
    Path file = dir.resolve("r.jsonl");
    Files.writeString(file, "\uFEFF" + METADATA + "\n" + HEADER + "\n");
    assertThat(ReportReader.strict().read(file)).isEqualTo(r);
  }

  @Test
  void aProblemOfAFactIsAtItsLineColumnAndPathInsideTheLine() {
    String loan = loan("\"status\":\"committed\"", "\"status\":\"nope\"");
    List<Problem> problems = problems(ReportReader.strict(), HEADER + "\n" + METADATA + "\n\n" + loan + "\n");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("fact.status");
      assertThat(p.line()).hasValue(5);
      assertThat(p.column()).hasValue(loan.indexOf("\"nope\"") + 1);
    });
  }

  @Test
  void aReferenceThatDoesNotResolveIsAtItsLine() {
    String loan = loan("\"amazon\",\"google\"", "\"amazon\",\"googel\"");
    // Amazon, India and the loan's section are not in these lines either.
    List<Problem> problems = problems(ReportReader.strict(), HEADER + "\n" + METADATA + "\n" + loan);
    assertThat(problems).isNotEmpty().allSatisfy(p -> {
      assertThat(p.line()).hasValue(4);
      assertThat(p.path()).startsWith("fact.");
    });
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.path()).isEqualTo("fact.lenders[1]");
      assertThat(p.column()).hasValue(loan.indexOf("\"googel\"") + 1);
    });
  }

  @Test
  void theHeaderIsCheckedAsTheDocumentsTopLevel() {
    List<Problem> version = problems(ReportReader.strict(),
        "{\"kind\":\"report\",\"fact\":{\"schemaVersion\":99}}\n" + METADATA);
    assertThat(version).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("fact.schemaVersion");
      assertThat(p.line()).hasValue(1);
      assertThat(p.column()).hasValue("{\"kind\":\"report\",\"fact\":{\"schemaVersion\":".length() + 1);
    });
    String unknown = "{\"kind\":\"report\",\"fact\":{\"schemaVersion\":1,\"generator\":\"x\"}}\n" + METADATA;
    assertThat(problems(ReportReader.strict(), unknown)).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("fact.generator");
      assertThat(p.line()).hasValue(1);
    });
    assertThat(ReportReader.lenient().readString(unknown).unknownFields().asMap()).containsKey("generator");
  }

  @Test
  void theFrameOfEachLineIsChecked() {
    List<Problem> problems = problems(ReportReader.strict(), String.join("\n",
        HEADER, "[1]", "{\"kind\":\"laon\",\"fact\":{}}", "{\"kind\":\"loan\"}", "{\"kind\":\"loan\",\"fact\":{},\"x\":1}",
        "{\"kind\":\"metadata\",\"fact\":{}} {}", HEADER, "{\"kind\":"));
    assertThat(problems).extracting(Problem::line).extracting(l -> l.getAsInt())
        .containsExactly(2, 3, 4, 5, 6, 7, 8);
    assertThat(problems.get(1).toString()).isEqualTo("kind (line 3, column 9): unknown kind of line; did you mean 'loan'?");
    assertThat(problems.get(2).toString()).contains("no fact");
    assertThat(problems.get(3).toString()).isEqualTo(
        "x (line 5, column 26): not a field of a line; a line is one object {\"kind\": \"...\", \"fact\": {...}}");
    assertThat(problems.get(5).toString()).contains("a second line of kind 'report'; the first is line 1");
    assertThat(problems(ReportReader.strict(), METADATA).get(0).toString()).contains("no line of kind 'report'");
  }

  @Test
  void aMissingHeaderIsAnsweredWithTheHeaderTheExportWrites() {
    Problem missing = problems(ReportReader.strict(), METADATA).get(0);
    assertThat(missing.suggestion()).hasValue("put the line " + HEADER + " first, as the export does");
  }

  @Test
  void theReadersLimitsHold() {
    String deep = "{\"kind\":\"report\",\"fact\":{\"schemaVersion\":1,\"x\":" + "[".repeat(80) + "]".repeat(80) + "}}";
    assertThat(problems(ReportReader.lenient(), deep + "\n" + METADATA)).singleElement().satisfies(p -> {
      assertThat(p.line()).hasValue(1);
      assertThat(p.reason()).contains("64");
    });
    String tooDeep = "{\"kind\":\"report\",\"fact\":{\"schemaVersion\":1,\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}}";
    assertThat(problems(ReportReader.lenient(), tooDeep)).singleElement()
        .satisfies(p -> assertThat(p.line()).hasValue(1));
  }

  @Test
  void eachWrongFieldOfALineSaysWhatIsWrongWithIt() {
    List<Problem> problems = problems(ReportReader.strict(), String.join("\n", HEADER,
        "{\"kind\":\"loan\",\"kind\":\"loan\",\"fact\":{}}",
        "{\"kind\":\"loan\",\"fact\":{},\"fact\":{}}",
        "{\"kind\":1,\"fact\":{}}",
        "{\"fact\":{},\"kind\":1}",
        "{\"kind\":\"loan\",\"fact\":[]}",
        "{\"kind\":\"loan\",\"fact\":{}"));
    String expected = "; a line is one object {\"kind\": \"...\", \"fact\": {...}}";
    assertThat(problems).extracting(p -> p.toString().replaceFirst(" \\(start marker at .*", "")).containsExactly(
        "kind (line 2, column 16): a second 'kind'" + expected,
        "fact (line 3, column 26): a second 'fact'" + expected,
        "kind (line 4, column 2): the kind must be a string" + expected,
        "$ (line 4): no kind" + expected,
        "kind (line 5, column 12): the kind must be a string" + expected,
        "$ (line 5): no kind" + expected,
        "fact (line 6, column 16): the fact must be an object" + expected,
        "$ (line 6): no fact" + expected,
        "$ (line 7, column 25): malformed JSON: Unexpected end-of-input: expected close marker for Object");
  }

  @Test
  void blankLinesAreSkippedWhateverTheirLineEnds() {
    String crlf = String.join("\r\n", "", HEADER, "", " \t ", METADATA.replace("\n", "\r\n"), "", "");
    assertThat(ReportReader.strict().readString(crlf).metadata()).isEqualTo(BUNDLED.metadata());
    assertThat(ReportReader.strict().readString("\n\n" + HEADER + "\n" + METADATA).metadata())
        .isEqualTo(BUNDLED.metadata());
  }

  @Test
  void theFramesOfAtMostTwoHundredLinesAreChecked() {
    String bad = "{\"kind\":\"loan\"}\n".repeat(250);
    assertThat(problems(ReportReader.strict(), HEADER + "\n" + bad)).hasSize(200)
        .allSatisfy(p -> assertThat(p.reason()).isEqualTo("no fact"));
  }

  @Test
  void aProblemOfTheWholeReportIsAtTheHeaderOrAtTheDocument() {
    assertThat(problems(ReportReader.strict(), HEADER)).extracting(Problem::toString).containsExactly(
        "fact (line 1, column 25): missing required field 'metadata' in Report");
    List<Problem> noSection = problems(ReportReader.strict(), HEADER + "\n" + METADATA.substring(0, METADATA.indexOf('\n')));
    assertThat(noSection).extracting(Problem::toString).containsExactly(
        "$: a report needs at least one section; add the report's sections in reading order");
    assertThat(problems(ReportReader.strict(), "{\"kind\":\"report\",\"fact\":{ }}\n" + METADATA))
        .extracting(Problem::toString).containsExactly("fact (line 1, column 25): missing required field 'schemaVersion' in Report");
  }

  @Test
  void aProblemOnALineTheLinesDoNotHaveIsAtTheDocument() {
    // The list of sections, opened by the reader and not by any line, is one level too deep.
    assertThat(problems(ReportReader.strict().withMaxDepth(1), HEADER)).containsExactly(Problem.of("$", 0, 0,
        "nested too deeply: the limit is 1 levels of objects and arrays", null,
        "raise the limit with ReportReader.withMaxDepth"));
  }

  @Test
  void anObjectWithoutBothKindAndFactIsAReportDocument() {
    assertThat(JsonLinesForm.recognises("{}".getBytes(StandardCharsets.UTF_8), 0)).isFalse();
    assertThat(problems(ReportReader.strict(), "{\"kind\":\"report\"}")).extracting(Problem::reason)
        .startsWith("unknown field 'kind' in Report (known fields: schemaVersion, metadata, sections, citations, actors,"
            + " places, relations, loans, agreements, recommendations, events, figures, assessments, errata)");
    assertThat(problems(ReportReader.strict(), "{}")).extracting(Problem::reason).containsExactly(
        "missing required field 'schemaVersion' in Report", "missing required field 'metadata' in Report",
        "missing required field 'sections' in Report");
  }

  @Test
  void aProblemOfTheMetadataIsAtItsLineAndColumn() {
    String metadata = "{\"kind\":\"metadata\",\"fact\":{\"id\":\"x\",\"title\":7}}";
    assertThat(problems(ReportReader.strict(), HEADER + "\n" + metadata)).extracting(Problem::toString).startsWith(
        "fact.title (line 2, column 45): expected a string, found an integer");
  }
}
