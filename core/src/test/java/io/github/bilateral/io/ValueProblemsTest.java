package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bilateral.model.Amount;
import io.github.bilateral.model.Conversion;
import io.github.bilateral.model.Estimate;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.Provenance;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the reader says of each wrong value, and what it makes of each right one, read through the
 * values that stand alone ({@link ReportReader#readValue}): every kind of JSON value in the wrong
 * place, numbers at and past their bounds, currency codes, texts. Each case is the value's JSON and
 * the problems it must give, as {@code path: reason}.
 */
class ValueProblemsTest {

  private static final ReportReader READER = ReportReader.strict();

  /** One value and the problems it must give; none for a value that is read. */
  record Case(Class<?> type, String json, List<String> problems) {
    @Override
    public String toString() {
      return type.getSimpleName() + " " + json;
    }
  }

  private static Case amount(String json, String... problems) {
    return new Case(Amount.class, json, List.of(problems));
  }

  private static Case office(String json, String... problems) {
    return new Case(Office.class, json, List.of(problems));
  }

  static List<Case> cases() {
    return List.of(
        // Every kind of JSON value where a text must stand.
        office("{\"title\": {}}", "title: expected a string, found an object"),
        office("{\"title\": []}", "title: expected a string, found an array"),
        office("{\"title\": false}", "title: expected a string, found a boolean"),
        office("{\"title\": true}", "title: expected a string, found a boolean"),
        office("{\"title\": 1.5}", "title: expected a string, found a decimal number"),
        office("{\"title\": 7}", "title: expected a string, found an integer"),
        office("{\"title\": null}", "title: null is not allowed; leave the field out instead, or give a string"),
        office("{\"title\": \"\"}", "title: must not be blank"),
        office("{\"title\": \" \\t\"}", "title: must not be blank"),
        office("{\"title\": \"x\", \"acting\": \"yes\"}", "acting: expected true or false, found a string"),
        office("{\"title\": \"x\", \"acting\": null}",
            "acting: null is not allowed; leave the field out instead, or give true or false"),
        office("{\"title\": \"x\", \"organisation\": 5}", "organisation: expected an id string, found an integer"),
        office("{\"title\": \"x\", \"from\": 2023}", "from: expected a date such as \"2023-07\", found an integer"),
        office("{\"title\": \"x\", \"from\": \"2023\", \"fromPart\": 1}",
            "fromPart: expected one of early, mid, late, found an integer"),
        office("{}", "$: missing required field 'title' in Office"),
        office("[]", "$: expected an object (Office), found an array"),
        office("{\"title\": \"x\", \"title\": \"y\"}", "title: duplicate field 'title' in Office"),
        // Surrogates: a pair is one character; half of one is refused.
        office("{\"title\": \"\\ud83d\\ude00\"}"),
        office("{\"title\": \"a\\ud83d\"}", "title: a lone UTF-16 surrogate is not allowed in text"),
        office("{\"title\": \"\\ude00a\"}", "title: a lone UTF-16 surrogate is not allowed in text"),
        office("{\"title\": \"\\ud83d\\ud83d\"}", "title: a lone UTF-16 surrogate is not allowed in text"),
        office("{\"title\": \"a\\u0000\"}", "title: a NUL character is not allowed in text"),
        office("{\"title\": \"x\", \"from\": \" 2023-07\"}", "from: Text ' 2023-07' could not be parsed: expected"
            + " yyyy, yyyy-MM or yyyy-MM-dd; put early, mid or late in the field 'fromPart'"),
        // Amounts: up to 16 digits before the point and 6 after; never negative.
        amount("{\"value\": 9999999999999999, \"currency\": \"USD\"}"),
        amount("{\"value\": 10000000000000000, \"currency\": \"USD\"}",
            "value: number too large (at most 16 digits before the point)"),
        amount("{\"value\": 0.000001, \"currency\": \"USD\"}"),
        amount("{\"value\": 0.0000001, \"currency\": \"USD\"}", "value: too many digits after the point (at most 6)"),
        amount("{\"value\": 1.5000000000, \"currency\": \"USD\"}"),
        amount("{\"value\": 0, \"currency\": \"USD\"}"),
        amount("{\"value\": 0e100, \"currency\": \"USD\"}"),
        amount("{\"value\": -0.0, \"currency\": \"USD\"}"),
        amount("{\"value\": -1, \"currency\": \"USD\"}", "value: must not be negative"),
        amount("{\"value\": -0.5, \"currency\": \"USD\"}", "value: must not be negative"),
        amount("{\"value\": true, \"currency\": \"USD\"}", "value: expected a number, found a boolean"),
        // An exponent past what a decimal can hold, although the number is short.
        amount("{\"value\": 1e9999999999, \"currency\": \"USD\"}", "value: malformed number"),
        // Currencies: three capital letters that ISO 4217 knows.
        amount("{\"value\": 1, \"currency\": \"usd\"}",
            "currency: Invalid currency (an ISO 4217 code such as \"USD\" expected): \"usd\""),
        amount("{\"value\": 1, \"currency\": \"uSD\"}",
            "currency: Invalid currency (an ISO 4217 code such as \"USD\" expected): \"uSD\""),
        amount("{\"value\": 1, \"currency\": \"UsD\"}",
            "currency: Invalid currency (an ISO 4217 code such as \"USD\" expected): \"UsD\""),
        amount("{\"value\": 1, \"currency\": \"USd\"}",
            "currency: Invalid currency (an ISO 4217 code such as \"USD\" expected): \"USd\""),
        amount("{\"value\": 1, \"currency\": \"US\"}",
            "currency: Invalid currency (an ISO 4217 code such as \"USD\" expected): \"US\""),
        amount("{\"value\": 1, \"currency\": \"USDD\"}",
            "currency: Invalid currency (an ISO 4217 code such as \"USD\" expected): \"USDD\""),
        amount("{\"value\": 1, \"currency\": \"U1D\"}",
            "currency: Invalid currency (an ISO 4217 code such as \"USD\" expected): \"U1D\""),
        amount("{\"value\": 1, \"currency\": \"@SD\"}",
            "currency: Invalid currency (an ISO 4217 code such as \"USD\" expected): \"@SD\""),
        amount("{\"value\": 1, \"currency\": \"[SD\"}",
            "currency: Invalid currency (an ISO 4217 code such as \"USD\" expected): \"[SD\""),
        amount("{\"value\": 1, \"currency\": \"ZZZ\"}", "currency: Unknown ISO 4217 currency code: \"ZZZ\""),
        amount("{\"value\": 1, \"currency\": \"AZN\"}"),
        amount("{\"value\": 1, \"currency\": \"USD\", \"qualifier\": \"dozens\"}",
            "$: Invalid Estimate.value (a dozens estimate has no point value; use Estimate.vague(qualifier, printed)): 1"),
        amount("{\"currency\": \"USD\", \"qualifier\": \"dozens\"}",
            "$: Invalid Estimate.printed (required with the vague qualifier dozens: give the words as printed, such"
                + " as \"dozens of\")"),
        amount("{\"currency\": \"USD\"}", "$: Invalid Estimate.value (required unless the qualifier is vague: several,"
            + " dozens, hundreds, thousands, millions or billions)"),
        amount("{\"currency\": \"USD\", \"qualifier\": \"dozens\", \"printed\": \"dozens of\"}"),
        // A conversion's rate: positive, up to 12 digits either side of the point.
        new Case(Conversion.class, "{\"from\": {\"value\": 1, \"currency\": \"EUR\"}, \"rate\": 0, \"date\": \"2023-07-12\","
            + " \"source\": \"ECB\"}", List.of("rate: must be positive")),
        new Case(Conversion.class, "{\"from\": {\"value\": 1, \"currency\": \"EUR\"}, \"rate\": 0.000000000001,"
            + " \"date\": \"2023-07-12\", \"source\": \"ECB\"}", List.of()),
        new Case(Conversion.class, "{\"from\": {\"value\": 1, \"currency\": \"EUR\"}, \"rate\": 0.0000000000001,"
            + " \"date\": \"2023-07-12\", \"source\": \"ECB\"}", List.of("rate: too many digits after the point (at most 12)")),
        new Case(Conversion.class, "{\"from\": {\"value\": 1, \"currency\": \"EUR\"}, \"rate\": 1.1, \"date\": \"2023-07\","
            + " \"source\": \"ECB\"}", List.of("date: Text '2023-07' could not be parsed at index 7")),
        // Pages: 1 to 100,000; integers only.
        new Case(Provenance.class, "{\"sections\": [\"a\"], \"page\": 1}", List.of()),
        new Case(Provenance.class, "{\"sections\": [\"a\"], \"page\": 100000}", List.of()),
        new Case(Provenance.class, "{\"sections\": [\"a\"], \"page\": 0}",
            List.of("page: integer out of range (valid values 1 - 100000)")),
        new Case(Provenance.class, "{\"sections\": [\"a\"], \"page\": 100001}",
            List.of("page: integer out of range (valid values 1 - 100000)")),
        new Case(Provenance.class, "{\"sections\": [\"a\"], \"page\": 10000000000}",
            List.of("page: integer out of range (valid values 1 - 100000)")),
        new Case(Provenance.class, "{\"sections\": [\"a\"], \"footnotes\": [0]}",
            List.of("footnotes[0]: integer out of range (valid values 1 - 100000)")),
        new Case(Provenance.class, "{\"sections\": \"a\"}", List.of("sections: expected an array, found a string")),
        // Wrong types whose text was read before as a string of the right kind.
        new Case(Provenance.class, "{\"sections\": [\"true\", true]}",
            List.of("sections[1]: expected an id string, found a boolean")),
        new Case(Provenance.class, "{\"sections\": [\"a\"], \"note\": \"7\", \"fields\": {\"amount\": {\"basis\":"
            + " \"text\", \"note\": 7}}}", List.of("fields.amount.note: expected a string, found an integer")),
        new Case(Provenance.class, "{\"sections\": [\"a\"], \"fields\": []}",
            List.of("fields: expected an object (fields of Sourcing), found an array")),
        new Case(Provenance.class, "{\"sections\": [\"a\"], \"fields\": {\"amount\": {\"basis\": \"text\"},"
            + " \"amount\": {\"basis\": \"text\"}}}", List.of("fields.amount: duplicate field 'amount' in fields")),
        new Case(Provenance.class, "{\"sections\": [\"a\"], \"fields\": {\"amount\": 1}}",
            List.of("fields.amount: expected an object (Sourcing), found an integer")),
        new Case(Provenance.class, "{\"sections\": [\"a\"], \"fields\": {\"amount\": {\"basis\": \"txt\"}}}",
            List.of("fields.amount.basis: unknown Basis 'txt' (valid values text, footnote, caption, front-matter,"
                + " inferred, outside-knowledge)")),
        new Case(Estimate.class, "{\"value\": 1, \"qualifier\": \"approximately\"}", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachValueGivesItsProblems(Case c) {
    ReportException e = catchThrowableOfType(ReportException.class, () -> READER.readValue(c.type(), c.json()));
    List<String> problems = e == null ? List.of() : e.problems().stream().map(p -> p.path() + ": " + p.reason()).toList();
    assertThat(problems).isEqualTo(c.problems());
  }

  @Test
  void booleansAreReadAsWritten() {
    assertThat(READER.readValue(Office.class, "{\"title\": \"x\", \"acting\": true}").acting()).isTrue();
    assertThat(READER.readValue(Office.class, "{\"title\": \"x\", \"acting\": false}").acting()).isFalse();
  }

  @Test
  void aFootnoteNumberFarPastTheFirstIsRead() {
    assertThat(READER.readValue(Provenance.class, "{\"sections\": [\"a\"], \"footnotes\": [3, 1000, 99999]}")
        .footnotes()).containsExactly(3, 1000, 99999);
  }

  @Test
  void textIsComposedEvenWhenItsLargestCharacterIsTheFirstCombiningMark() {
    assertThat(READER.readValue(Office.class, "{\"title\": \"e\\u0300\"}").title()).isEqualTo("\u00e8");
    assertThat(READER.readValue(Office.class, "{\"title\": \"e\\u02ff\"}").title()).isEqualTo("e\u02ff");
  }

  @Test
  void numbersAreKeptInTheirShortestPlainForm() {
    assertThat(READER.readValue(Amount.class, "{\"value\": 1.5000000000, \"currency\": \"USD\"}").estimate().value())
        .hasValue(new BigDecimal("1.5"));
    assertThat(READER.readValue(Amount.class, "{\"value\": 3e9, \"currency\": \"USD\"}").estimate().value())
        .hasValue(new BigDecimal("3000000000"));
    assertThat(READER.readValue(Amount.class, "{\"value\": 0.000, \"currency\": \"USD\"}").estimate().value())
        .hasValue(BigDecimal.ZERO);
    assertThat(READER.readValue(Amount.class, "{\"value\": -0.0, \"currency\": \"USD\"}").estimate().value())
        .hasValue(BigDecimal.ZERO);
    assertThat(READER.readValue(Amount.class, "{\"value\": 0e100, \"currency\": \"USD\"}").estimate().value())
        .hasValue(BigDecimal.ZERO);
    assertThat(ReportWriter.canonical().toJson(READER.readValue(Amount.class, "{\"value\": 25E-1, \"currency\": \"USD\"}")))
        .isEqualTo("{\n  \"value\": 2.5,\n  \"currency\": \"USD\"\n}");
  }

  /** The value of the one problem of {@code json} read as a value of {@code type}. */
  private static java.util.Optional<String> offending(Class<?> type, String json) {
    ReportException e = catchThrowableOfType(ReportException.class, () -> READER.readValue(type, json));
    assertThat(e.problems()).as(json).hasSize(1);
    return e.problems().get(0).value();
  }

  @Test
  void theOffendingValueIsKeptAsItIsWritten() {
    assertThat(offending(Office.class, "{\"title\": 7}")).hasValue("7");
    assertThat(offending(Office.class, "{\"title\": 1.50}")).hasValue("1.50");
    assertThat(offending(Office.class, "{\"title\": false}")).hasValue("false");
    assertThat(offending(Office.class, "{\"title\": null}")).hasValue("null");
    assertThat(offending(Office.class, "{\"title\": {\"a\": 1}}")).isEmpty();
    assertThat(offending(Office.class, "{\"title\": [1]}")).isEmpty();
    assertThat(offending(Office.class, "{\"title\": \" \"}")).hasValue(" ");
    assertThat(offending(Office.class, "{\"title\": \"x\", \"title\": \"y\"}")).hasValue("title");
    assertThat(offending(Office.class, "{\"title\": \"x\", \"fromPart\": \"mid\"}")).hasValue("mid");
    assertThat(offending(Office.class, "{\"title\": \"x\", \"from\": \"2023-07-01\", \"fromPart\": \"mid\"}"))
        .hasValue("mid");
    assertThat(offending(Office.class, "{\"title\": \"x\", \"from\": \"2023-13\"}")).hasValue("2023-13");
    assertThat(offending(Amount.class, "{\"value\": -1e2, \"currency\": \"USD\"}")).hasValue("-1e2");
    assertThat(offending(Amount.class, "{\"value\": 1, \"currency\": \"ZZZ\"}")).hasValue("ZZZ");
    assertThat(offending(Amount.class, "{\"value\": 1, \"currency\": \"USD\", \"qualifier\": \"roughly\"}"))
        .hasValue("roughly");
    assertThat(offending(Provenance.class, "{\"sections\": [\"a\"], \"page\": 0}")).hasValue("0");
    assertThat(offending(Provenance.class, "{\"sections\": [\"a\"], \"page\": 10000000000}")).hasValue("10000000000");
  }
}
