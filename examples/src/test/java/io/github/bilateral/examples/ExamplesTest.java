package io.github.bilateral.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.io.Reports;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example, so that none can rot. */
class ExamplesTest {

  @Test
  void showReportPrintsCountsLoansAndRecommendations() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ShowReport.print(Reports.usPakistan2023(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).startsWith("Managing US Relations with Pakistan in Uncertain Times: Opportunities and Obstacles\n");
    assertThat(out).contains("  citations                  87\n", "  recommendations            15\n");
    assertThat(out).contains("imf-sba-2023", "$3 billion [USD 3000000000]", "£580m [GBP 580000000]");
    assertThat(out).contains("15. ");
  }

  @Test
  void canonicalizeReportRewritesAFileInCanonicalForm(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.json");
    Path out = dir.resolve("out.json");
    String canonical = ReportWriter.canonical().toJson(Reports.usPakistan2023());
    Files.writeString(in, canonical.replace("\n", "\n  "), StandardCharsets.UTF_8);
    CanonicalizeReport.main(new String[] {in.toString(), out.toString()});
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(canonical);
    assertThat(ReportReader.strict().read(out)).isEqualTo(Reports.usPakistan2023());
  }

  @Test
  void canonicalizeReportKeepsUnknownFieldsWhenLenient(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.json");
    Path out = dir.resolve("out.json");
    String canonical = ReportWriter.canonical().toJson(Reports.usPakistan2023());
    String newer = canonical.replaceFirst("\n}\n$", ",\n  \"generator\": \"a newer tool\"\n}\n");
    assertThat(newer).isNotEqualTo(canonical);
    Files.writeString(in, newer, StandardCharsets.UTF_8);
    CanonicalizeReport.main(new String[] {"--lenient", in.toString(), out.toString()});
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(newer);
    assertThat(ReportReader.lenient().read(out).unknownFields().get("generator")).hasValue("\"a newer tool\"");
  }
}
