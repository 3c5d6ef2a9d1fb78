package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.UnknownFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LenientReaderTest {

  /** The sample with unknown fields at the top level, in metadata, a loan, its amount, a provenance and an office. */
  static String sampleWithUnknownFields() {
    return edit(edit(edit(edit(edit(edit(ReportReaderTest.sample(),
        "  \"schemaVersion\": 1,\n", "  \"schemaVersion\": 1,\n  \"generator\": {\"name\": \"newer-tool\", \"version\": [2, 1]},\n"),
        "\"url\": \"https://example.org/sample\"", "\"url\": \"https://example.org/sample\", \"doi\": \"10.1/x\""),
        "\"term\": \"P9M\",", "\"term\": \"P9M\", \"rating\": {\"agency\": \"Fitch\", \"grade\": \"CCC-\", \"scale\": 1e10000000},"),
        "\"printed\": \"$3 billion\",", "\"printed\": \"$3 billion\", \"tranches\": [1.5e9, 1.5e9, null, true],"),
        "\"footnotes\": [\n          1\n        ]\n      }\n    },\n    {\n      \"id\": \"china-debt\"",
        "\"footnotes\": [\n          1\n        ], \"confidence\": \"high\"\n      }\n    },\n    {\n      \"id\": \"china-debt\""),
        "\"fromPart\": \"mid\"", "\"fromPart\": \"mid\", \"sworn\": \"2023-08-14\"");
  }

  private static String edit(String text, String find, String replace) {
    assertThat(text).contains(find);
    return text.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(replace));
  }

  @Test
  void keepsUnknownFieldsWhereverTheyAre() {
    Report r = ReportReader.lenient().readString(sampleWithUnknownFields());
    assertThat(r.unknownFields().asMap()).containsExactly(
        org.assertj.core.api.Assertions.entry("generator", "{\"name\":\"newer-tool\",\"version\":[2,1]}"));
    assertThat(r.metadata().unknownFields().get("doi")).hasValue("\"10.1/x\"");
    Loan sba = r.findLoan(LoanId.of("imf-sba-2023")).orElseThrow();
    assertThat(sba.unknownFields().get("rating")).hasValue("{\"agency\":\"Fitch\",\"grade\":\"CCC-\",\"scale\":1e10000000}");
    assertThat(sba.amount().orElseThrow().unknownFields().get("tranches")).hasValue("[1.5e9,1.5e9,null,true]");
    assertThat(sba.provenance().unknownFields().get("confidence")).hasValue("\"high\"");
    assertThat(r.actors().get(2).offices().get(0).unknownFields().get("sworn")).hasValue("\"2023-08-14\"");
    assertThat(r.loans().get(1).unknownFields().isEmpty()).isTrue();
  }

  @Test
  void writesUnknownFieldsBackAfterTheKnownOnesAndRewritesByteForByte() {
    Report r = ReportReader.lenient().readString(sampleWithUnknownFields());
    String json = ReportWriter.canonical().toJson(r);
    assertThat(json).contains("  \"errata\": [").endsWith("  ],\n  \"generator\": {\n    \"name\": \"newer-tool\",\n"
        + "    \"version\": [\n      2,\n      1\n    ]\n  }\n}\n");
    assertThat(json).contains("\"summary\": \"A nine-month standby loan.\",\n      \"provenance\": {\n        \"sections\": [\n"
        + "          \"economy\"\n        ],\n        \"footnotes\": [\n          1\n        ],\n        \"confidence\": \"high\"\n      },\n"
        + "      \"rating\": {\n        \"agency\": \"Fitch\",\n        \"grade\": \"CCC-\",\n        \"scale\": 1e10000000\n      }\n    },");
    Report back = ReportReader.lenient().readString(json);
    assertThat(back).isEqualTo(r);
    assertThat(ReportWriter.canonical().toJson(back)).isEqualTo(json);
  }

  @Test
  void strictStillRejectsEveryUnknownFieldWithASuggestion() {
    ReportException e = catchThrowableOfType(ReportException.class,
        () -> ReportReader.strict().readString(sampleWithUnknownFields()));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("generator", "metadata.doi",
        "actors[2].offices[0].sworn", "loans[0].amount.tranches", "loans[0].rating", "loans[0].provenance.confidence");
    assertThat(e.problems().get(4).reason()).startsWith("unknown field 'rating' in Loan (known fields: id, kind,");
  }

  @Test
  void aTypoIsKeptByTheLenientReaderButNamedByTheStrictOne() {
    String text = edit(ReportReaderTest.sample(), "\"term\": \"P9M\",", "\"term\": \"P9M\", \"purpse\": \"x\",");
    assertThat(ReportReader.lenient().readString(text).loans().get(0).unknownFields().get("purpse")).hasValue("\"x\"");
    Problem p = catchThrowableOfType(ReportException.class, () -> ReportReader.strict().readString(text)).problems().get(0);
    assertThat(p.suggestion()).hasValue("did you mean 'purpose'?");
  }

  @Test
  void everythingElseIsStillChecked() {
    String base = sampleWithUnknownFields();
    assertThat(reasons(edit(base, "\"status\": \"disbursing\"", "\"status\": null")))
        .singleElement().asString().startsWith("null is not allowed");
    assertThat(reasons(edit(base, "\"number\": 1,", "\"number\": \"1\",")))
        .containsExactly("expected an integer, found a string");
    assertThat(reasons(edit(base, "\"doi\": \"10.1/x\"", "\"doi\": \"10.1/x\", \"doi\": \"10.2/y\"")))
        .containsExactly("duplicate field 'doi' in Metadata");
    assertThat(reasons(edit(base, "\"schemaVersion\": 1", "\"schemaVersion\": 3")))
        .containsExactly("unsupported schemaVersion 3; this library reads versions 1 to 2");
    assertThat(reasons(base + "{}")).containsExactly("trailing content after the report object: an object");
    assertThat(reasons(edit(base, "\"lenders\": [\n        \"imf\"", "\"lenders\": [\n        \"imf2\"")))
        .containsExactly("unknown actor 'imf2'");
  }

  @Test
  void theTextOfUnknownFieldsIsCheckedToo() {
    String base = sampleWithUnknownFields();
    assertThat(reasons(edit(base, "\"grade\": \"CCC-\"", "\"grade\": \"CCC\\u0000\"")))
        .containsExactly("Invalid UnknownFields 'rating' (a NUL character is not allowed in text)");
    assertThat(reasons(edit(base, "\"grade\": \"CCC-\"", "\"grade\": \"\\ud800\"")))
        .containsExactly("Invalid UnknownFields 'rating' (a lone UTF-16 surrogate is not allowed in text)");
    assertThat(reasons(edit(base, "\"grade\": \"CCC-\"", "\"grade\": 1, \"grade\": 2")))
        .singleElement().asString().startsWith("Invalid UnknownFields 'rating' (duplicate key 'grade')");
  }

  @Test
  void theWriterRefusesAnUnknownFieldThatClashesWithAKnownOne() {
    Report r = ReportReader.strict().readString(ReportReaderTest.sample());
    Report clash = r.withLoans(r.loans().get(0).withUnknownFields(UnknownFields.builder().put("status", "\"x\"").build()));
    assertThatThrownBy(() -> ReportWriter.canonical().toJson(clash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot write an unknown field named 'status' in Loan: the format already defines that field");
  }

  @Test
  void theWriterRefusesAnUnknownFieldNamedAfterAFieldOfAnotherFormatVersion() {
    // 'location' is a provenance field of schemaVersion 1 only: a reader of either version refuses it
    // as an unknown field, so the writer must not write one.
    Report r = ReportReader.strict().readString(ReportReaderTest.sample());
    Loan loan = r.loans().get(0);
    Report clash = r.withLoans(loan.withProvenance(
        loan.provenance().withUnknownFields(UnknownFields.builder().put("location", "\"footnote\"").build())));
    assertThatThrownBy(() -> ReportWriter.canonical().toJson(clash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot write an unknown field named 'location' in Provenance: the format already defines that field");
  }

  @Test
  void aReportThatCannotBeWrittenLeavesTheFileAsItWas(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    Report r = ReportReader.strict().readString(ReportReaderTest.sample());
    Report clash = r.withUnknownFields(UnknownFields.builder().put("loans", "[]").build());
    java.nio.file.Path file = dir.resolve("r.json");
    java.nio.file.Files.writeString(file, "before");
    assertThatThrownBy(() -> ReportWriter.canonical().write(clash, file)).isInstanceOf(IllegalArgumentException.class);
    assertThat(java.nio.file.Files.readString(file)).isEqualTo("before");
  }

  private static java.util.List<String> reasons(String text) {
    ReportException e = catchThrowableOfType(ReportException.class, () -> ReportReader.lenient().readString(text));
    assertThat(e).as("a ReportException").isNotNull();
    return e.problems().stream().map(Problem::reason).collect(java.util.stream.Collectors.toList());
  }
}
