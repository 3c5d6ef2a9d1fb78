package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bilateral.model.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each limit of the reader: its default, its setter, and one clear problem when it is passed. */
class ReaderLimitsTest {

  private static final String HEAD = "{\n  \"schemaVersion\": 1,\n";

  private static String nested(String open, String close, int depth) {
    return open.repeat(depth) + close.repeat(depth);
  }

  private static Problem only(ReportReader reader, String text) {
    ReportException e = catchThrowableOfType(ReportException.class, () -> reader.readString(text));
    assertThat(e).as("a ReportException").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void aHundredThousandLevelsDeepIsOneProblemNotAStackOverflow() {
    String deepArrays = HEAD + "  \"x\": " + nested("[", "]", 100_000) + "\n}";
    Problem p = only(ReportReader.lenient(), deepArrays);
    assertThat(p.reason()).isEqualTo("nested too deeply: the limit is 64 levels of objects and arrays");
    assertThat(p.suggestion()).hasValue("raise the limit with ReportReader.withMaxDepth");
    assertThat(p.path()).isEqualTo("x");
    assertThat(p.line()).hasValue(3);

    String deepObjects = HEAD + "  \"metadata\": " + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "\n}";
    ReportException e = catchThrowableOfType(ReportException.class, () -> ReportReader.strict().readString(deepObjects));
    assertThat(e.problems()).extracting(Problem::reason)
        .endsWith("nested too deeply: the limit is 64 levels of objects and arrays");

    assertThat(only(ReportReader.strict(), nested("[", "]", 100_000)).reason())
        .isEqualTo("expected a report object, found an array");
  }

  @Test
  void theDepthLimitCanBeSetBetweenOneAndAThousand() {
    String sample = ReportReaderTest.sample();
    // The sample nests 5 levels: report, list of loans, loan, provenance, list of sections.
    assertThat(ReportReader.strict().withMaxDepth(5).readString(sample).loans()).hasSize(2);
    assertThat(only(ReportReader.strict().withMaxDepth(4), sample).reason())
        .isEqualTo("nested too deeply: the limit is 4 levels of objects and arrays");
    String deep999 = sample.replaceFirst("\\{", "{\"x\": " + nested("[", "]", 999) + ",");
    assertThat(ReportReader.lenient().withMaxDepth(1000).readString(deep999).unknownFields().get("x")).isPresent();
    assertThat(only(ReportReader.lenient().withMaxDepth(999), deep999).reason())
        .isEqualTo("nested too deeply: the limit is 999 levels of objects and arrays");
    assertThatThrownBy(() -> ReportReader.strict().withMaxDepth(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth must be in [1, 1000]: 0");
    assertThatThrownBy(() -> ReportReader.strict().withMaxDepth(1001)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFormatItselfNeedsSixLevels() {
    String sample = ReportReaderTest.sample();
    String converted = sample.replace("\"printed\": \"$3 billion\",\n        \"currency\": \"USD\"",
        "\"printed\": \"$3 billion\",\n        \"currency\": \"USD\",\n        \"conversion\": {\"from\": "
            + "{\"value\": 2750000000, \"currency\": \"EUR\"}, \"rate\": 1.09, \"date\": \"2023-07-12\", \"source\": \"ECB\"}");
    assertThat(converted).isNotEqualTo(sample);
    assertThat(ReportReader.strict().withMaxDepth(6).readString(converted).loans().get(0).amount().orElseThrow()
        .conversion()).isPresent();
    assertThat(only(ReportReader.strict().withMaxDepth(5), converted).reason())
        .isEqualTo("nested too deeply: the limit is 5 levels of objects and arrays");
  }

  @Test
  void aHugeStringIsOneProblem() {
    String huge = "a".repeat(ReportReader.DEFAULT_MAX_STRING_LENGTH + 1);
    String text = ReportReaderTest.sample().replace("\"A nine-month standby loan.\"", "\"" + huge + "\"");
    Problem p = only(ReportReader.strict(), text);
    assertThat(p.reason()).isEqualTo("string too long: the limit is 1048576 characters");
    assertThat(p.path()).isEqualTo("loans[0].summary");
    assertThat(p.suggestion()).hasValue("raise the limit with ReportReader.withMaxStringLength");
    assertThat(ReportReader.strict().withMaxStringLength(huge.length()).readString(text).loans().get(0).summary())
        .hasSize(huge.length());

    String inUnknown = ReportReaderTest.sample().replaceFirst("\\{", "{\"x\": [\"" + huge + "\"],");
    assertThat(only(ReportReader.lenient(), inUnknown).reason()).isEqualTo("string too long: the limit is 1048576 characters");
    assertThat(only(ReportReader.strict().withMaxStringLength(20), ReportReaderTest.sample()).reason())
        .isEqualTo("string too long: the limit is 20 characters");
    assertThatThrownBy(() -> ReportReader.strict().withMaxStringLength(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aHugeFieldNameOrNumberIsOneProblem() {
    String longName = ReportReaderTest.sample().replaceFirst("\\{", "{\"" + "n".repeat(300) + "\": 1,");
    assertThat(only(ReportReader.lenient(), longName).reason()).isEqualTo("field name too long: the limit is 256 characters");
    String longNumber = ReportReaderTest.sample().replace("\"value\": 3000000000,", "\"value\": 3" + "0".repeat(100) + ",");
    assertThat(only(ReportReader.strict(), longNumber).reason()).isEqualTo("number too long: the limit is 64 characters");
  }

  @Test
  void tooManyFactsIsOneProblem() {
    Report sample = ReportReader.strict().readString(ReportReaderTest.sample());
    int facts = sample.factCount();
    assertThat(ReportReader.strict().withMaxFacts(facts).readString(ReportReaderTest.sample())).isEqualTo(sample);
    Problem p = only(ReportReader.strict().withMaxFacts(facts - 1), ReportReaderTest.sample());
    assertThat(p.reason()).isEqualTo("too many facts: the limit is " + (facts - 1));
    assertThat(p.path()).isEqualTo("errata[0]");
    assertThat(p.suggestion()).hasValue("raise the limit with ReportReader.withMaxFacts");
    assertThat(ReportReader.DEFAULT_MAX_FACTS).isEqualTo(100_000);
    assertThatThrownBy(() -> ReportReader.strict().withMaxFacts(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tooManyFactsStopsBeforeReadingTheRest() {
    StringBuilder sb = new StringBuilder(HEAD).append("  \"sections\": [");
    for (int i = 0; i < 200_001; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i).append("\",\"title\":\"t\"}");
    }
    sb.append("]\n}");
    ReportException e = catchThrowableOfType(ReportException.class, () -> ReportReader.strict().readString(sb.toString()));
    assertThat(e.problems()).extracting(Problem::reason).contains("too many facts: the limit is 100000");
  }

  @Test
  void theDocumentSizeLimitCountsBytesNotCharacters() {
    String sample = ReportReaderTest.sample();
    int bytes = sample.getBytes(StandardCharsets.UTF_8).length;
    assertThat(ReportReader.strict().withMaxBytes(bytes).readString(sample).loans()).hasSize(2);
    Problem p = only(ReportReader.strict().withMaxBytes(bytes - 1), sample);
    assertThat(p.reason()).isEqualTo("document too large: " + bytes + " bytes, the limit is " + (bytes - 1));
    assertThat(p.suggestion()).hasValue("raise the limit with ReportReader.withMaxBytes");
    assertThat(ReportReader.DEFAULT_MAX_BYTES).isEqualTo(64L << 20);
  }

  @Test
  void settingALimitLeavesTheOriginalReaderAlone() {
    ReportReader strict = ReportReader.strict();
    ReportReader limited = strict.withMaxDepth(3).withMaxFacts(1).withMaxStringLength(1).withMaxBytes(10);
    assertThat(limited).isNotSameAs(strict);
    assertThat(strict.readString(ReportReaderTest.sample()).loans()).hasSize(2);
    assertThat(ReportReader.lenient().withMaxDepth(10).isLenient()).isTrue();
    assertThat(strict.withMaxDepth(10).isLenient()).isFalse();
  }
}
