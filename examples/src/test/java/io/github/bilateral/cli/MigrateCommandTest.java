package io.github.bilateral.cli;

import static io.github.bilateral.cli.BilateralTest.run;
import static io.github.bilateral.cli.BilateralTest.runWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.io.Reports;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate IN OUT}: a version-1 or version-2 file in, canonical version 2 out. */
class MigrateCommandTest {

  private static String bundledText() throws Exception {
    try (InputStream in = MigrateCommandTest.class.getResourceAsStream(Reports.US_PAKISTAN_2023_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aVersion1FileBecomesCanonicalVersion2(@TempDir Path dir) throws Exception {
    String v1 = "{\"schemaVersion\": 1, \"metadata\": {\"id\": \"r\", \"title\": \"T\", \"authors\": [\"A\"],"
        + " \"publisher\": \"P\", \"date\": \"2023-12\"}, \"sections\": [{\"id\": \"s\", \"title\": \"S\"}],"
        + " \"actors\": [{\"id\": \"imf\", \"kind\": \"international-organisation\", \"name\": \"IMF\","
        + " \"provenance\": {\"sections\": [\"s\"], \"location\": \"caption\"}}]}";
    Path in = BilateralTest.write(dir, "old.json", v1);
    Path out = dir.resolve("new.json");
    BilateralTest.Run r = run("migrate", in.toString(), out.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEqualTo("wrote " + out + ": schemaVersion 2, 2 facts\n");
    String written = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(written).startsWith("{\n  \"schemaVersion\": 2,\n")
        .contains("\"basis\": \"caption\"").doesNotContain("location");
    // Canonical version 2 is a fixed point: migrating it again gives the same bytes.
    assertThat(run("migrate", out.toString(), "-").out()).isEqualTo(written);
  }

  @Test
  void readsStandardInputAndWritesStandardOutput() throws Exception {
    String bundled = bundledText();
    BilateralTest.Run r = runWith(bundled, Map.of(), "migrate", "-", "-");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(ReportWriter.canonical().toJson(ReportReader.strict().readString(bundled)));
    assertThat(ReportReader.strict().readString(r.out())).isEqualTo(Reports.usPakistan2023());
  }

  @Test
  void aFileWithProblemsIsListedAndNothingIsWritten(@TempDir Path dir) throws Exception {
    Path in = BilateralTest.write(dir, "bad.json", bundledText().replaceFirst("\"schemaVersion\": [0-9]+", "\"schemaVersion\": 9"));
    Path out = dir.resolve("new.json");
    BilateralTest.Run r = run("migrate", in.toString(), out.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("unsupported schemaVersion 9");
    assertThat(out).doesNotExist();
  }
}
