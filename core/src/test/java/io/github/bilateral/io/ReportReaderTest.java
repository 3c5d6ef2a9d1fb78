package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportReaderTest {

  static final String SAMPLE = "/io/github/bilateral/io/sample-report.json";

  static String sample() {
    try (InputStream in = ReportReaderTest.class.getResourceAsStream(SAMPLE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the sample with one edit and returns the exception it must raise. */
  private static ReportException reject(String find, String replace) {
    String text = sample();
    assertThat(text).contains(find);
    return catchThrowableOfType(ReportException.class,
        () -> ReportReader.strict().readString(text.replaceFirst(java.util.regex.Pattern.quote(find),
            java.util.regex.Matcher.quoteReplacement(replace))));
  }

  private static Problem only(ReportException e) {
    assertThat(e).as("a ReportException").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void readsTheSample() {
    Report r = ReportReader.strict().readResource(SAMPLE);
    assertThat(r.metadata().title()).isEqualTo("A Small Sample Report");
    assertThat(r.findLoan(LoanId.of("imf-sba-2023")).orElseThrow().term()).hasValueSatisfying(p -> assertThat(p.getMonths()).isEqualTo(9));
    assertThat(r.requireActor(ActorId.of("anwar-ul-haq-kakar")).offices().get(0).from())
        .hasValue(PartialDate.parse("mid 2023-08"));
    assertThat(r.events().get(0).date()).hasValue(PartialDate.parse("mid 2023-08"));
    assertThat(r.citation(2).orElseThrow().ibid()).hasValue(1);
  }

  @Test
  void readsFilesStreamsAndAByteOrderMark(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("r.json");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = sample().getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, both, 0, 3);
    System.arraycopy(body, 0, both, 3, body.length);
    Files.write(file, both);
    assertThat(ReportReader.strict().read(file).actors()).hasSize(3);
    assertThat(ReportReader.strict().read(new ByteArrayInputStream(body), "stream").actors()).hasSize(3);
  }

  @Test
  void aMissingFileIsOneClearProblem(@TempDir Path dir) {
    ReportException e = catchThrowableOfType(ReportException.class,
        () -> ReportReader.strict().read(dir.resolve("nope.json")));
    assertThat(only(e).reason()).isEqualTo("no such file");
  }

  @Test
  void malformedJsonCarriesLineAndColumn() {
    Problem p = only(reject("\"schemaVersion\": 1,", "\"schemaVersion\": 1,,"));
    assertThat(p.reason()).startsWith("malformed JSON: Unexpected character (',' (code 44))");
    assertThat(p.line()).hasValue(2);
    assertThat(p.column()).hasValue(22);
  }

  @Test
  void rejectsTrailingContent() {
    String text = sample() + "{}";
    ReportException e = catchThrowableOfType(ReportException.class, () -> ReportReader.strict().readString(text));
    assertThat(only(e).reason()).isEqualTo("trailing content after the report object: an object");
  }

  @Test
  void rejectsATopLevelNullAndAnEmptyDocument() {
    assertThat(only(catchThrowableOfType(ReportException.class, () -> ReportReader.strict().readString("null"))).reason())
        .isEqualTo("expected a report object, found null");
    assertThat(only(catchThrowableOfType(ReportException.class, () -> ReportReader.strict().readString(" "))).reason())
        .isEqualTo("empty document: expected a report object");
  }

  @Test
  void rejectsADuplicateKeyEvenOfAWholeList() {
    Problem p = only(reject("  \"errata\": [", "  \"loans\": [],\n  \"errata\": ["));
    assertThat(p.path()).isEqualTo("loans");
    assertThat(p.reason()).isEqualTo("duplicate field 'loans' in Report");
  }

  @Test
  void rejectsAnUnknownFieldWithASuggestion() {
    Problem p = only(reject("\"lenders\": [", "\"lender\": [\"imf\"], \"lenders\": ["));
    assertThat(p.path()).isEqualTo("loans[0].lender");
    assertThat(p.reason()).startsWith("unknown field 'lender' in Loan (known fields: id, kind, lenders,");
    assertThat(p.suggestion()).hasValue("did you mean 'lenders'?");
  }

  @Test
  void rejectsWrongTypesWithoutCoercion() {
    assertThat(only(reject("\"number\": 1,", "\"number\": \"1\",")).reason()).isEqualTo("expected an integer, found a string");
    assertThat(only(reject("\"number\": 1,", "\"number\": 1.5,")).reason()).isEqualTo("expected an integer, found a decimal number");
    assertThat(only(reject("\"title\": \"A Small Sample Report\"", "\"title\": 123")).reason())
        .isEqualTo("expected a string, found an integer");
    assertThat(only(reject("\"value\": 3000000000,", "\"value\": \"3000000000\",")).reason())
        .isEqualTo("expected a number, found a string");
  }

  @Test
  void rejectsNullWhereAValueIsRequired() {
    Problem p = only(reject("\"status\": \"disbursing\"", "\"status\": null"));
    assertThat(p.path()).isEqualTo("loans[0].status");
    assertThat(p.reason()).startsWith("null is not allowed");
  }

  @Test
  void rejectsMissingRequiredFields() {
    Problem p = only(reject("\"status\": \"disbursing\",", ""));
    assertThat(p.path()).isEqualTo("loans[0]");
    assertThat(p.reason()).isEqualTo("missing required field 'status' in Loan");
  }

  @Test
  void rejectsImpossibleAndMalformedDates() {
    assertThat(only(reject("\"date\": \"2023-07\",", "\"date\": \"2023-13\",")).reason())
        .isEqualTo("Text '2023-13' could not be parsed: Invalid value for MonthOfYear (valid values 1 - 12): 13");
    assertThat(only(reject("\"date\": \"2023-07\",", "\"date\": \"2023-02-30\",")).reason()).contains("2023-02-30");
    assertThat(only(reject("\"date\": \"2023-07\",", "\"date\": \"23-07\",")).reason())
        .isEqualTo("Text '23-07' could not be parsed: expected yyyy, yyyy-MM or yyyy-MM-dd");
    assertThat(only(reject("\"datePart\": \"mid\"", "\"datePart\": \"middle\"")).suggestion()).isEmpty();
  }

  @Test
  void rejectsNegativeAbsurdAndHugeAmounts() {
    assertThat(only(reject("\"value\": 3000000000,", "\"value\": -3000000000,")).reason()).isEqualTo("must not be negative");
    assertThat(only(reject("\"value\": 3000000000,", "\"value\": 30000000000000000000,")).reason())
        .isEqualTo("number too large (at most 16 digits before the point)");
    assertThat(only(reject("\"value\": 3000000000,", "\"value\": 1e10000000,")).reason())
        .isEqualTo("number too large (at most 16 digits before the point)");
    assertThat(only(reject("\"value\": 3000000000,", "\"value\": 1e-10000000,")).reason())
        .isEqualTo("too many digits after the point (at most 6)");
  }

  @Test
  void rejectsUnknownCurrencies() {
    assertThat(only(reject("\"currency\": \"USD\"", "\"currency\": \"XYZ\"")).reason())
        .isEqualTo("Unknown ISO 4217 currency code: \"XYZ\"");
    assertThat(only(reject("\"currency\": \"USD\"", "\"currency\": \"usd\"")).reason())
        .startsWith("Invalid currency (an ISO 4217 code such as \"USD\" expected)");
  }

  @Test
  void rejectsBadIdsAndEmptyNames() {
    assertThat(only(reject("\"id\": \"gwadar\"", "\"id\": \"Gwadar\"")).reason()).startsWith("Invalid PlaceId");
    assertThat(only(reject("\"name\": \"Gwadar\"", "\"name\": \"  \"")).reason()).isEqualTo("must not be blank");
  }

  @Test
  void rejectsDanglingReferencesWithASuggestionAndALocation() {
    Problem p = only(reject("\"lenders\": [\n        \"imf\"", "\"lenders\": [\n        \"imf2\""));
    assertThat(p).hasToString("loans[0].lenders[0] (line 140, column 9): unknown actor 'imf2'; did you mean 'imf'?");
  }

  @Test
  void anIdSeenBeforeButNeverDeclaredStillDangles() {
    // The reader keeps the text of every id it reads, once: the second reference to an actor that no
    // list declares finds the text kept, and still dangles.
    String text = sample().replace("\"to\": \"imf\"", "\"to\": \"imf2\"")
        .replace("\"lenders\": [\n        \"imf\"", "\"lenders\": [\n        \"imf2\"");
    ReportException e = catchThrowableOfType(ReportException.class, () -> ReportReader.strict().readString(text));
    assertThat(e.problems()).extracting(Problem::path, Problem::reason).containsExactly(
        tuple("relations[0].to", "unknown actor 'imf2'"), tuple("loans[0].lenders[0]", "unknown actor 'imf2'"));
  }

  @Test
  void rejectsDuplicateIds() {
    ReportException e = reject("\"id\": \"china-debt\"", "\"id\": \"imf-sba-2023\"");
    assertThat(e.problems()).extracting(Problem::reason)
        .contains("duplicate loan id 'imf-sba-2023' (first at loans[0])");
  }

  @Test
  void rejectsAnUnknownSchemaVersionAtOnce() {
    Problem p = only(reject("\"schemaVersion\": 1", "\"schemaVersion\": 3"));
    assertThat(p.reason()).isEqualTo("unsupported schemaVersion 3; this library reads versions 1 to 2");
    assertThat(p.suggestion()).hasValue("use a newer version of the library");
  }

  @Test
  void rejectsUtf16AndInvalidUtf8() {
    byte[] utf16 = sample().getBytes(StandardCharsets.UTF_16LE);
    assertThat(only(catchThrowableOfType(ReportException.class, () -> ReportReader.strict().read(utf16, "u16"))).reason())
        .isEqualTo("not UTF-8: the document looks like UTF-16 or UTF-32");
    byte[] bad = sample().getBytes(StandardCharsets.UTF_8);
    bad[40] = (byte) 0xC3;
    bad[41] = (byte) 0x28;
    assertThat(only(catchThrowableOfType(ReportException.class, () -> ReportReader.strict().read(bad, "bad"))).reason())
        .startsWith("invalid UTF-8 at byte offset");
  }

  @Test
  void rejectsLoneSurrogatesAndEscapedNuls() {
    assertThat(only(reject("\"title\": \"A Small Sample Report\"", "\"title\": \"A \\ud800 B\"")).reason())
        .isEqualTo("a lone UTF-16 surrogate is not allowed in text");
    assertThat(only(reject("\"title\": \"A Small Sample Report\"", "\"title\": \"A \\u0000 B\"")).reason())
        .isEqualTo("a NUL character is not allowed in text");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    String text = sample().replace("\"status\": \"disbursing\"", "\"status\": \"paying\"")
        .replace("\"kind\": \"city\"", "\"kind\": \"town\"")
        .replace("\"currency\": \"USD\"", "\"currency\": \"XYZ\"");
    ReportException e = catchThrowableOfType(ReportException.class, () -> ReportReader.strict().readString(text));
    assertThat(e.problems()).extracting(Problem::path)
        .containsExactly("places[0].kind", "loans[0].amount.currency", "loans[0].status", "loans[1].amount.currency");
    assertThat(e.getMessage()).startsWith("<string>: 4 problems\n  places[0].kind (line ");
  }

  @Test
  void normalisesTextToNfc() {
    Report r = ReportReader.strict().readString(sample().replace("\"Gwadar\"", "\"Gwe\\u0301dar\""));
    assertThat(r.places().get(0).name()).isEqualTo("Gw\u00e9dar");
  }

  @Test
  void refusesDocumentsOverTheSizeLimit() {
    assertThatThrownBy(() -> ReportReader.strict().withMaxBytes(100).readString(sample()))
        .isInstanceOf(ReportException.class).hasMessageContaining("document too large");
  }
}
