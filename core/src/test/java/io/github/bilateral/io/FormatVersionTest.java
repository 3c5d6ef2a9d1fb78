package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bilateral.model.NoDate;
import io.github.bilateral.model.Report;
import io.github.bilateral.testing.Gen;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What each format version has: a field or a value that version 2 adds is refused in a version-1
 * document, a field that version 2 replaces is refused in a version-2 one, each with where it stands
 * and the fix; and since the order of an object's fields means nothing in JSON, a document is refused
 * for the same reasons whether its {@code schemaVersion} comes first or last.
 */
class FormatVersionTest {

  private static final String V1 = ReportReaderTest.sample();
  private static final String V2 = ReportWriter.canonical().toJson(ReportReader.strict().readString(V1));

  /** The problems of {@code text}, as printed; empty when it is read. */
  private static List<String> problems(String text) {
    ReportException e = catchThrowableOfType(ReportException.class, () -> ReportReader.strict().readString(text));
    return e == null ? List.of() : e.problems().stream().map(Problem::toString).toList();
  }

  /** The problems of {@code text} by path and reason alone, which do not depend on where its lines stand. */
  private static List<String> reasons(String text) {
    ReportException e = catchThrowableOfType(ReportException.class, () -> ReportReader.strict().readString(text));
    return e == null ? List.of() : e.problems().stream().map(p -> p.path() + ": " + p.reason()).sorted().toList();
  }

  /** The canonical text {@code text} with its {@code schemaVersion} moved from the first field to the last. */
  private static String versionLast(String text) {
    String first = text.substring(0, text.indexOf('\n', 2) + 1);
    assertThat(first).matches("\\{\\n  \"schemaVersion\": \\d,\\n");
    String version = first.substring(first.indexOf(':') + 2, first.length() - 2);
    String rest = "{\n" + text.substring(first.length());
    assertThat(rest).endsWith("\n}\n");
    return rest.substring(0, rest.length() - 3) + ",\n  \"schemaVersion\": " + version + "\n}\n";
  }

  private static String edit(String text, String find, String replace) {
    assertThat(text).contains(find);
    return text.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace));
  }

  @Test
  void aFieldThatVersion2AddsIsRefusedInAVersion1Document() {
    String basis = edit(V1, "\"provenance\": {", "\"provenance\": {\"basis\": \"text\",");
    assertThat(problems(basis)).containsExactly("citations[0].provenance.basis (line 37, column 31): field 'basis'"
        + " needs schemaVersion 2; this document has schemaVersion 1; write \"schemaVersion\": 2, or leave the field out");
    assertThat(problems(edit(V2, "\"provenance\": {", "\"provenance\": {\"basis\": \"text\","))).isEmpty();
  }

  @Test
  void aFieldThatVersion2ReplacesIsRefusedInAVersion2DocumentWithItsReplacement() {
    String location = edit(V2, "\"provenance\": {", "\"provenance\": {\"location\": \"text\",");
    assertThat(problems(location)).containsExactly(
        "citations[0].provenance.location (line 37, column 34): field 'location' is not part of schemaVersion 2; use 'basis'");
    assertThat(problems(edit(V1, "\"provenance\": {", "\"provenance\": {\"location\": \"text\","))).isEmpty();
  }

  @Test
  void aValueThatVersion2AddsIsRefusedInAVersion1Document() {
    String financing = edit(V1, "\"kind\": \"stand-by-arrangement\"", "\"kind\": \"financing\"");
    assertThat(problems(financing)).containsExactly("loans[0].kind (line 138, column 15): 'financing' needs"
        + " schemaVersion 2; this document has schemaVersion 1; write \"schemaVersion\": 2, or use a value of version 1");
    assertThat(problems(edit(V2, "\"kind\": \"stand-by-arrangement\"", "\"kind\": \"financing\""))).isEmpty();
    String dozens = edit(V1, "\"printed\": \"$3 billion\",", "\"qualifier\": \"dozens\", \"printed\": \"dozens of\",");
    assertThat(reasons(dozens)).containsExactly("loans[0].amount.qualifier: 'dozens' needs schemaVersion 2; this"
        + " document has schemaVersion 1");
  }

  @Test
  void aVagueAmountNeedsNoValueFromVersion2On() {
    String amount = "\"value\": 3000000000,\n        \"printed\": \"$3 billion\",";
    String billions = "\"qualifier\": \"billions\", \"printed\": \"billions of\",";
    String vague = edit(V1, amount, billions);
    assertThat(reasons(vague)).containsExactlyInAnyOrder(
        "loans[0].amount: missing required field 'value' in Amount",
        "loans[0].amount.qualifier: 'billions' needs schemaVersion 2; this document has schemaVersion 1");
    Report r = ReportReader.strict().readString(edit(V2, amount, billions));
    assertThat(r.loans().get(0).amount().orElseThrow().estimate().value()).isEmpty();
    assertThat(r.loans().get(0).amount().orElseThrow().estimate().printed()).hasValue("billions of");
  }

  @Test
  void anEventNeedsADateInVersion1AndADateOrANoDateFromVersion2On() {
    String dated = "\"date\": \"2023-08\",\n      \"datePart\": \"mid\",\n      \"actors\"";
    String undated = "\"noDate\": \"ongoing\",\n      \"actors\"";
    assertThat(ReportReader.strict().readString(edit(V2, dated, undated)).events().get(0).noDate())
        .hasValue(NoDate.ONGOING);
    String v1 = edit(V1, dated, undated);
    assertThat(reasons(v1)).containsExactlyInAnyOrder(
        "events[0]: missing required field 'date' in Event",
        "events[0].noDate: field 'noDate' needs schemaVersion 2; this document has schemaVersion 1");
  }

  @Test
  void withoutAVersionOnlyTheMissingVersionIsReported() {
    String none = edit(edit(V1, "  \"schemaVersion\": 1,\n", ""), "\"provenance\": {", "\"provenance\": {\"basis\": \"text\",");
    String financing = edit(none, "\"kind\": \"stand-by-arrangement\"", "\"kind\": \"financing\"");
    assertThat(problems(financing)).containsExactly("$ (line 1, column 1): missing required field 'schemaVersion' in Report");
  }

  @Test
  void whereTheVersionStandsChangesNoVerdict() {
    String basis = edit(V1, "\"provenance\": {", "\"provenance\": {\"basis\": \"text\",");
    String location = edit(V2, "\"provenance\": {", "\"provenance\": {\"location\": \"text\",");
    String financing = edit(V1, "\"kind\": \"stand-by-arrangement\"", "\"kind\": \"financing\"");
    for (String text : List.of(basis, location, financing)) {
      assertThat(reasons(versionLast(text))).as(text).isNotEmpty().isEqualTo(reasons(text));
    }
    assertThat(problems(versionLast(V1))).isEmpty();
    assertThat(problems(versionLast(V2))).isEmpty();
  }

  /**
   * Oracle: the same document with its {@code schemaVersion} first. Generated reports are written as
   * version 2 and relabelled as version 1, which refuses those that use what version 2 adds.
   */
  @Test
  void aDocumentIsReadOrRefusedAlikeWhereverItsVersionStands() {
    AtomicInteger read = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    Gen<String> documents = Generators.reports().map(r -> ReportWriter.canonical().toJson(r))
        .zip(Gen.booleans(), (text, v1) -> v1 ? text.replaceFirst("\"schemaVersion\": 2", "\"schemaVersion\": 1") : text);
    Property.forAll("the verdict on a document does not depend on where its schemaVersion stands", documents)
        .tries(200).verify(text -> {
          List<String> first = reasons(text);
          (first.isEmpty() ? read : refused).incrementAndGet();
          assertThat(reasons(versionLast(text)).isEmpty()).isEqualTo(first.isEmpty());
        });
    assertThat(read.get()).isPositive();
    assertThat(refused.get()).isPositive();
  }
}
