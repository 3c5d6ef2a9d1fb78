package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bilateral.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the writer puts its text (a string, bytes, a file, a stream) and what it does when it cannot. */
class WriterOutputTest {

  private static final ReportWriter WRITER = ReportWriter.canonical();
  private static final Report SAMPLE = ReportReader.strict().readString(ReportReaderTest.sample());
  private static final String JSON = WRITER.toJson(SAMPLE);

  @Test
  void writesVersion2WithTwoSpacesAndAFinalNewline() {
    assertThat(ReportWriter.SCHEMA_VERSION).isEqualTo(2);
    assertThat(JSON).startsWith("{\n  \"schemaVersion\": 2,\n  \"metadata\": {\n    \"id\": \"sample\",\n")
        .endsWith("\n  ]\n}\n").doesNotContain("\r").doesNotContain("\t");
    assertThat(WRITER.toBytes(SAMPLE)).isEqualTo(JSON.getBytes(StandardCharsets.UTF_8));
    assertThat(ReportWriter.canonical()).isSameAs(WRITER);
  }

  @Test
  void writesAFileWholeAndReplacesIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("copy.json");
    Files.writeString(file, "an older and much longer text ".repeat(1000));
    WRITER.write(SAMPLE, file);
    assertThat(Files.readString(file)).isEqualTo(JSON);
    Path nowhere = dir.resolve("no-such-dir").resolve("copy.json");
    assertThatThrownBy(() -> WRITER.write(SAMPLE, nowhere)).isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot write " + nowhere).hasCauseInstanceOf(IOException.class);
  }

  /** A stream that records whether it was flushed and closed. */
  private static final class Recording extends ByteArrayOutputStream {
    boolean flushed;
    boolean closed;

    @Override
    public void flush() {
      flushed = true;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void writesAStreamFlushedButNotClosed() {
    Recording out = new Recording();
    WRITER.write(SAMPLE, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON);
    assertThat(out.flushed).isTrue();
    assertThat(out.closed).isFalse();
  }

  @Test
  void aStreamThatFailsIsAnUncheckedIoException() {
    IOException failure = new IOException("disk full");
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw failure;
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw failure;
      }
    };
    assertThatThrownBy(() -> WRITER.write(SAMPLE, full)).isInstanceOf(UncheckedIOException.class).hasCause(failure);
    assertThatThrownBy(() -> WRITER.write(null, new ByteArrayOutputStream())).isInstanceOf(NullPointerException.class)
        .hasMessage("report");
  }

  @Test
  void anyPartGivenAsAnObjectIsWrittenAsItsOwnKind() {
    Object report = SAMPLE;
    Object section = SAMPLE.sections().get(0);
    Object metadata = SAMPLE.metadata();
    Object loan = SAMPLE.loans().get(0);
    assertThat(WRITER.toJson(report)).isEqualTo(JSON);
    assertThat(WRITER.toJson(section)).isEqualTo(WRITER.toJson(SAMPLE.sections().get(0)))
        .isEqualTo("{\n  \"id\": \"economy\",\n  \"title\": \"The Economy\",\n  \"page\": 3\n}");
    assertThat(WRITER.toJson(metadata)).isEqualTo(WRITER.toJson(SAMPLE.metadata())).startsWith("{\n  \"id\": \"sample\",");
    assertThat(WRITER.toJson(loan)).isEqualTo(WRITER.toJson(SAMPLE.loans().get(0))).startsWith("{\n  \"id\": \"imf-sba-2023\",");
  }

  @Test
  void theSourcingOfAFactsFieldsIsWrittenInTheOrderOfThoseFields() {
    io.github.bilateral.model.Sourcing inferred = io.github.bilateral.model.Sourcing.builder()
        .basis(io.github.bilateral.model.Basis.INFERRED).note("worked out from the dates").build();
    io.github.bilateral.model.Provenance p = SAMPLE.loans().get(0).provenance().withFields(
        com.google.common.collect.ImmutableMap.of("status", inferred, "amount", inferred, "kind", inferred));
    String written = WRITER.toJson(SAMPLE.loans().get(0).withProvenance(p));
    String loan = written.substring(written.indexOf("\"fields\": {"));
    // In a fact, by the fact's own order of fields.
    assertThat(loan.indexOf("\"kind\": {")).isPositive().isLessThan(loan.indexOf("\"amount\": {"));
    assertThat(loan.indexOf("\"amount\": {")).isLessThan(loan.indexOf("\"status\": {"));
    // Alone, a provenance has no fact to take the order from, and keeps its own.
    String alone = WRITER.toJson(p);
    assertThat(alone.indexOf("\"status\": {")).isPositive().isLessThan(alone.indexOf("\"amount\": {"));
    assertThat(alone.indexOf("\"amount\": {")).isLessThan(alone.indexOf("\"kind\": {"));
    assertThat(ReportReader.strict().readValue(io.github.bilateral.model.Provenance.class, alone)).isEqualTo(p);
  }
}
