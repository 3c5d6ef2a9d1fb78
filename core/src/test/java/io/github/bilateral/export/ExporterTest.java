package io.github.bilateral.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Report;
import io.github.bilateral.query.ReportQuery;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public entry points of the export: the formats, the CSV options and what {@link Exporter} writes where. */
class ExporterTest {

  private static final Report REPORT = Reports.usPakistan2023();

  /** A stream that keeps everything in its buffer until flushed, so that a missing flush shows as missing output. */
  private static byte[] flushed(Consumer<OutputStream> write) {
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    write.accept(new BufferedOutputStream(target, 1 << 24));
    return target.toByteArray();
  }

  private static byte[] written(Consumer<OutputStream> write) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write.accept(out);
    return out.toByteArray();
  }

  /** A stream that fails on every write. */
  private static final OutputStream BROKEN = new OutputStream() {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("disk full");
    }
  };

  @Test
  void eachFormatHasItsWordExtensionAndKindOfTarget() {
    assertThat(ExportFormat.words()).containsExactly("json", "jsonl", "csv", "csl-json", "ftm", "dot", "mermaid");
    assertThat(Arrays.stream(ExportFormat.values()).map(ExportFormat::extension))
        .containsExactly("json", "jsonl", "csv", "json", "ftm.json", "dot", "md");
    assertThat(Arrays.stream(ExportFormat.values()).filter(ExportFormat::writesFolder)).containsExactly(ExportFormat.CSV);
    for (ExportFormat f : ExportFormat.values()) {
      assertThat(ExportFormat.fromWord(f.word())).hasValue(f);
      assertThat(f).hasToString(f.word());
    }
    assertThat(ExportFormat.fromWord("CSV")).isEmpty();
    assertThat(ExportFormat.fromWord("csl_json")).isEmpty();
    assertThat(ExportFormat.wordList()).isEqualTo("json, jsonl, csv, csl-json, ftm, dot, mermaid");
  }

  @Test
  void csvOptionsChangeOneThingAtATime() {
    CsvOptions defaults = CsvOptions.defaults();
    assertThat(defaults.neutralisesFormulas()).isTrue();
    assertThat(defaults.byteOrderMark()).isFalse();
    CsvOptions exact = defaults.withExactCells();
    assertThat(exact.neutralisesFormulas()).isFalse();
    assertThat(exact.byteOrderMark()).isFalse();
    CsvOptions bom = defaults.withByteOrderMark();
    assertThat(bom.neutralisesFormulas()).isTrue();
    assertThat(bom.byteOrderMark()).isTrue();
    CsvOptions both = exact.withByteOrderMark();
    assertThat(both.neutralisesFormulas()).isFalse();
    assertThat(both.byteOrderMark()).isTrue();
    assertThat(bom.withExactCells()).isEqualTo(both).hasSameHashCodeAs(both);
    assertThat(defaults.withByteOrderMark()).isEqualTo(bom);
    assertThat(defaults).isEqualTo(CsvOptions.defaults()).isNotEqualTo(exact).isNotEqualTo(bom).isNotEqualTo("defaults");
    assertThat(exact).isNotEqualTo(both);
    assertThat(both).hasToString("CsvOptions{neutralisesFormulas=false, byteOrderMark=true}");
  }

  @Test
  void everyStreamFormatIsFlushedToTheCallersStream() {
    for (ExportFormat f : ExportFormat.values()) {
      if (f.writesFolder()) {
        continue;
      }
      byte[] plain = written(out -> Exporter.export(REPORT, f, out));
      assertThat(plain).as("%s", f).isNotEmpty();
      assertThat(flushed(out -> Exporter.export(REPORT, f, out))).as("%s", f).isEqualTo(plain);
    }
    ReportQuery q = ReportQuery.shared(REPORT);
    assertThat(flushed(out -> Exporter.dot(REPORT, q.graph().actors(), q.graph().links(), out)))
        .isEqualTo(written(out -> Exporter.export(REPORT, ExportFormat.DOT, out)));
    assertThat(flushed(out -> Exporter.mermaid(REPORT, q.timeline().entries(), q.graph().actors(), q.graph().links(), out)))
        .isEqualTo(written(out -> Exporter.export(REPORT, ExportFormat.MERMAID, out)));
    assertThat(flushed(out -> Exporter.csvTable(REPORT, "loans", out)))
        .isEqualTo(written(out -> Exporter.csvTable(REPORT, "loans", out, CsvOptions.defaults())));
    byte[] jsonl = written(out -> Exporter.export(REPORT, ExportFormat.JSONL, out));
    byte[] json = written(out -> Exporter.jsonLinesToJson(new ByteArrayInputStream(jsonl), out));
    assertThat(ReportReader.strict().read(json, "reassembled")).isEqualTo(REPORT);
    assertThat(flushed(out -> Exporter.jsonLinesToJson(new ByteArrayInputStream(jsonl), out))).isEqualTo(json);
  }

  @Test
  void aFileFormatWritesOneFileAndCsvOneFilePerTable(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("report.json");
    assertThat(Exporter.exportTo(REPORT, ExportFormat.JSON, json)).containsExactly(json);
    assertThat(Files.readAllBytes(json)).isEqualTo(written(out -> Exporter.export(REPORT, ExportFormat.JSON, out)));
    Path folder = dir.resolve("csv").resolve("nested");
    List<Path> tables = Exporter.exportTo(REPORT, ExportFormat.CSV, folder);
    assertThat(tables).extracting(p -> p.getFileName().toString())
        .containsExactlyElementsOf(Exporter.csvTables(REPORT).stream().map(t -> t + ".csv").toList());
    assertThat(Exporter.csvTables(REPORT)).startsWith("metadata", "sections", "citations", "actors");
    assertThat(Files.readAllBytes(folder.resolve("loans.csv")))
        .isEqualTo(written(out -> Exporter.csvTable(REPORT, "loans", out)));
    Exporter.exportTo(REPORT, ExportFormat.CSV, folder, CsvOptions.defaults().withExactCells());
    assertThat(Files.readAllBytes(folder.resolve("loans.csv")))
        .isEqualTo(written(out -> Exporter.csvTable(REPORT, "loans", out, CsvOptions.defaults().withExactCells())));
  }

  @Test
  void aFailedWriteIsAnUncheckedIoExceptionThatNamesThePath(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    assertThatThrownBy(() -> Exporter.exportTo(REPORT, ExportFormat.CSV, file))
        .isInstanceOf(UncheckedIOException.class).hasMessage("cannot write " + file);
    assertThatThrownBy(() -> Exporter.exportTo(REPORT, ExportFormat.DOT, dir))
        .isInstanceOf(UncheckedIOException.class).hasMessage("cannot write " + dir);
    for (ExportFormat f : List.of(ExportFormat.JSONL, ExportFormat.CSL_JSON, ExportFormat.FTM, ExportFormat.DOT,
        ExportFormat.MERMAID)) {
      assertThatThrownBy(() -> Exporter.export(REPORT, f, BROKEN)).as("%s", f)
          .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk full");
    }
    assertThatThrownBy(() -> Exporter.csvTable(REPORT, "loans", BROKEN))
        .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk full");
    ReportQuery q = ReportQuery.shared(REPORT);
    assertThatThrownBy(() -> Exporter.dot(REPORT, q.graph().actors(), q.graph().links(), BROKEN))
        .isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> Exporter.mermaid(REPORT, q.timeline().entries(), q.graph().actors(), q.graph().links(), BROKEN))
        .isInstanceOf(UncheckedIOException.class);
    byte[] jsonl = written(out -> Exporter.export(REPORT, ExportFormat.JSONL, out));
    assertThatThrownBy(() -> Exporter.jsonLinesToJson(new ByteArrayInputStream(jsonl), BROKEN))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void nullArgumentsAreNamed() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> Exporter.export(null, ExportFormat.JSON, out)).hasMessage("report");
    assertThatThrownBy(() -> Exporter.export(REPORT, null, out)).hasMessage("format");
    assertThatThrownBy(() -> Exporter.export(REPORT, ExportFormat.JSON, null)).hasMessage("out");
    assertThatThrownBy(() -> Exporter.exportTo(REPORT, ExportFormat.JSON, null)).hasMessage("path");
    assertThatThrownBy(() -> Exporter.exportTo(REPORT, ExportFormat.JSON, Path.of("x"), null)).hasMessage("csv");
    assertThatThrownBy(() -> Exporter.csvTable(REPORT, null, out)).hasMessage("table");
    assertThatThrownBy(() -> Exporter.csvTable(REPORT, "loans", out, null)).hasMessage("options");
    assertThatThrownBy(() -> Exporter.csvTables(null)).hasMessage("report");
    assertThatThrownBy(() -> Exporter.jsonLinesToJson(null, out)).hasMessage("jsonl");
    assertThatThrownBy(() -> Exporter.jsonLinesToJson(new ByteArrayInputStream(new byte[0]), null)).hasMessage("json");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
