package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bilateral.model.Amount;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a report comes from (a file, a stream, a class-path resource, text) and what goes wrong
 * before its first token: each failure is one problem at {@code $} that names the source.
 */
class ReaderInputTest {

  private static final String SAMPLE = ReportReaderTest.sample();
  private static final byte[] BYTES = SAMPLE.getBytes(StandardCharsets.UTF_8);
  private static final Report REPORT = ReportReader.strict().readString(SAMPLE);

  private static ReportException thrown(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
    ReportException e = catchThrowableOfType(ReportException.class, read);
    assertThat(e).as("a ReportException").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e;
  }

  @Test
  void aFileIsReadWholeUpToItsLimit(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("r.json");
    Files.write(file, BYTES);
    assertThat(ReportReader.strict().withMaxBytes(BYTES.length).read(file)).isEqualTo(REPORT);
    ReportException e = thrown(() -> ReportReader.strict().withMaxBytes(BYTES.length - 1).read(file));
    assertThat(e.problems().get(0)).hasToString("$: document too large: " + BYTES.length + " bytes, the limit is "
        + (BYTES.length - 1) + "; raise the limit with ReportReader.withMaxBytes");
    assertThat(e.getMessage()).startsWith(file + ": 1 problem");
  }

  @Test
  void aMissingOrUnreadableFileIsOneProblem(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");
    ReportException e = thrown(() -> ReportReader.strict().read(missing));
    assertThat(e.problems().get(0)).hasToString("$: no such file");
    assertThat(e.problems().get(0).value()).hasValue(missing.toString());
    assertThat(e.getCause()).isInstanceOf(java.nio.file.NoSuchFileException.class);
    ReportException directory = thrown(() -> ReportReader.strict().read(dir));
    assertThat(directory.problems().get(0).reason()).startsWith("cannot read the file: ");
    assertThat(directory.getCause()).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> ReportReader.strict().read((Path) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aStreamIsReadToItsEndUpToTheLimit() {
    assertThat(ReportReader.strict().withMaxBytes(BYTES.length).read(new ByteArrayInputStream(BYTES), "s"))
        .isEqualTo(REPORT);
    ReportException e = thrown(() -> ReportReader.strict().withMaxBytes(BYTES.length - 1)
        .read(new ByteArrayInputStream(BYTES), "stream"));
    // The stream is read one byte past the limit, so the size it reports is that much.
    assertThat(e.problems().get(0).reason()).isEqualTo("document too large: " + BYTES.length
        + " bytes, the limit is " + (BYTES.length - 1));
    assertThat(e.getMessage()).startsWith("stream: 1 problem");
  }

  @Test
  void aStreamThatFailsIsOneProblemWithItsCause() {
    IOException failure = new IOException("the disk went away");
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw failure;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw failure;
      }
    };
    ReportException e = thrown(() -> ReportReader.strict().read(broken, "pipe"));
    assertThat(e.problems().get(0)).hasToString("$: cannot read the input: the disk went away");
    assertThat(e.getCause()).isSameAs(failure);
    assertThat(e.getMessage()).startsWith("pipe: ");
  }

  @Test
  void aMissingResourceSaysWhichJarToPutOnTheClassPath() {
    ReportException e = thrown(() -> ReportReader.strict().readResource("/no/such/report.json"));
    assertThat(e.problems().get(0)).hasToString(
        "$: no such class-path resource; is the bilateral-core jar on the class path?");
    assertThat(e.problems().get(0).value()).hasValue("/no/such/report.json");
    assertThat(ReportReader.strict().readResource(ReportReaderTest.SAMPLE)).isEqualTo(REPORT);
  }

  @Test
  void textAndBytesAreReadAlikeAndNamedInMessages() {
    assertThat(ReportReader.strict().read(BYTES, "b")).isEqualTo(REPORT);
    ReportException text = thrown(() -> ReportReader.strict().readString("[]"));
    assertThat(text.getMessage()).isEqualTo("<string>: 1 problem\n  $ (line 1, column 1): expected a report object, found an array");
    ReportException bytes = thrown(() -> ReportReader.strict().read("[]".getBytes(StandardCharsets.UTF_8), "mine.json"));
    assertThat(bytes.getMessage()).startsWith("mine.json: 1 problem");
    assertThat(bytes.problems()).isEqualTo(text.problems());
    assertThat(thrown(() -> ReportReader.strict().withMaxBytes(1).read(BYTES, "b")).problems().get(0).reason())
        .isEqualTo("document too large: " + BYTES.length + " bytes, the limit is 1");
  }

  @Test
  void aPartIsHeldToTheSizeLimitToo() {
    String loan = ReportWriter.canonical().toJson(REPORT.loans().get(0));
    int size = loan.getBytes(StandardCharsets.UTF_8).length;
    assertThat(ReportReader.strict().withMaxBytes(size).readFact(Loan.class, loan)).isEqualTo(REPORT.loans().get(0));
    ReportException e = thrown(() -> ReportReader.strict().withMaxBytes(size - 1).readFact(Loan.class, loan));
    assertThat(e.problems().get(0).reason()).isEqualTo("document too large: " + size + " bytes, the limit is " + (size - 1));
    assertThat(e.getMessage()).startsWith("<loan>: 1 problem");
    String amount = ReportWriter.canonical().toJson(REPORT.loans().get(0).amount().orElseThrow());
    assertThat(thrown(() -> ReportReader.strict().withMaxBytes(10).readValue(Amount.class, amount)).getMessage())
        .startsWith("<Amount>: 1 problem\n  $: document too large");
    assertThat(thrown(() -> ReportReader.strict().withMaxBytes(10).readMetadata(
        ReportWriter.canonical().toJson(REPORT.metadata()))).getMessage()).startsWith("<metadata>: 1 problem");
  }

  @Test
  void onlyTheFormatsFactsAndValuesHaveAJsonFormOfTheirOwn() {
    assertThatThrownBy(() -> ReportReader.strict().readFact(Fact.class, "{}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Not a fact of the format: " + Fact.class.getName());
    assertThatThrownBy(() -> ReportReader.strict().readValue(Report.class, "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No JSON form of its own for " + Report.class.getName());
    assertThatThrownBy(() -> ReportWriter.canonical().toJson((Object) "text"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("No JSON form of its own for java.lang.String");
  }

  @Test
  void everyLimitAcceptsItsSmallestValueAndRefusesLess() {
    ReportReader r = ReportReader.strict();
    assertThat(r.withMaxBytes(1)).isNotNull();
    assertThat(r.withMaxDepth(1)).isNotNull();
    assertThat(r.withMaxDepth(ReportReader.MAX_DEPTH_LIMIT)).isNotNull();
    assertThat(r.withMaxStringLength(1)).isNotNull();
    assertThat(r.withMaxFacts(1)).isNotNull();
    assertThatThrownBy(() -> r.withMaxBytes(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBytes must be positive: 0");
    assertThatThrownBy(() -> r.withMaxStringLength(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxStringLength must be positive: 0");
    assertThatThrownBy(() -> r.withMaxFacts(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxFacts must be positive: 0");
    assertThatThrownBy(() -> r.withMaxDepth(ReportReader.MAX_DEPTH_LIMIT + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDepth must be in [1, 1000]: 1001");
  }

  @Test
  void theBundledReportNeedsTheDepthTheDocumentationGives() {
    // README and DEFAULT_MAX_DEPTH's Javadoc: the format itself needs 7 levels, for the footnotes of
    // a field's own sourcing.
    String resource = Reports.US_PAKISTAN_2023_RESOURCE;
    assertThat(ReportReader.strict().withMaxDepth(7).readResource(resource)).isEqualTo(Reports.usPakistan2023());
    assertThatThrownBy(() -> ReportReader.strict().withMaxDepth(6).readResource(resource))
        .isInstanceOf(ReportException.class).hasMessageContaining("nested too deeply: the limit is 6 levels");
  }

  @Test
  void aCopyWithALimitKeepsTheOtherLimitsAndTheLeniency() {
    ReportReader lenient = ReportReader.lenient().withMaxFacts(3).withMaxDepth(9);
    // The depth set first survives setting the facts, and the other way round.
    assertThat(catchThrowableOfType(ReportException.class, () -> lenient.withMaxBytes(1 << 20).readString(SAMPLE))
        .problems().get(0).reason()).isEqualTo("too many facts: the limit is 3");
    String deep = SAMPLE.replaceFirst("\\{", "{\"x\": " + "[".repeat(9) + "]".repeat(9) + ",");
    assertThat(catchThrowableOfType(ReportException.class, () -> lenient.withMaxStringLength(100).readString(deep))
        .problems().get(0).reason()).isEqualTo("nested too deeply: the limit is 9 levels of objects and arrays");
    assertThat(lenient.withMaxBytes(1 << 20).withMaxStringLength(100).isLenient()).isTrue();
    assertThat(ReportReader.strict().withMaxFacts(3).withMaxBytes(1 << 20).withMaxStringLength(100).isLenient())
        .isFalse();
    assertThat(catchThrowableOfType(ReportException.class,
        () -> ReportReader.strict().withMaxStringLength(5).withMaxFacts(1000).withMaxDepth(9).withMaxBytes(1 << 20)
            .readString(SAMPLE)).problems().get(0).reason()).isEqualTo("string too long: the limit is 5 characters");
  }
}
