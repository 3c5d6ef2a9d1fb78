package io.github.bilateral.cli;

import static io.github.bilateral.cli.BilateralTest.JSON;
import static io.github.bilateral.cli.BilateralTest.run;
import static io.github.bilateral.cli.BilateralTest.runWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bilateral.cli.BilateralTest.Run;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.io.Reports;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff and score commands, with their exit statuses. */
class CompareCommandsTest {

  @TempDir
  Path dir;

  private Path bundled() throws Exception {
    return BilateralTest.write(dir, "bundled.json", ReportWriter.canonical().toJson(Reports.usPakistan2023()));
  }

  @Test
  void aFileHasNoDifferenceFromItself() throws Exception {
    Path b = bundled();
    Run r = run("diff", b.toString(), b.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void differentFilesExitWithOneAndListTheChanges() throws Exception {
    Run r = run("diff", bundled().toString(), BilateralTest.ownReport(dir).toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).startsWith("document: 1 changed\n~ metadata.title: ")
        .contains("\nerrata: 36 removed\n- erratum ").endsWith("0 facts changed, 36 removed, 0 added, 1 document value changed\n");
    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void theListingIsColouredOnATerminalUnlessNoColourIsSet() throws Exception {
    String a = bundled().toString();
    String b = BilateralTest.ownReport(dir).toString();
    assertThat(runWith("", Map.of(Bilateral.TERMINAL, "true"), "diff", a, b).out()).contains("\u001b[31m- erratum ");
    assertThat(runWith("", Map.of(Bilateral.TERMINAL, "true", "NO_COLOR", "1"), "diff", a, b).out())
        .doesNotContain("\u001b[");
  }

  @Test
  void theFormatsAreJsonAPatchAndMarkdown() throws Exception {
    String a = bundled().toString();
    String b = BilateralTest.ownReport(dir).toString();
    JsonNode json = JSON.readTree(run("diff", "--json", a, b).out());
    assertThat(json.get("same").asBoolean()).isFalse();
    assertThat(json.get("document").get(0).get("path").asText()).isEqualTo("metadata.title");
    assertThat(json.get("kinds").get(0).get("removed")).hasSize(36);
    assertThat(run("diff", "--format", "json", a, b).out()).isEqualTo(run("diff", "--json", a, b).out());
    JsonNode patch = JSON.readTree(run("diff", "--format", "json-patch", a, b).out());
    assertThat(patch.get(0).get("op").asText()).isEqualTo("replace");
    assertThat(patch.get(0).get("path").asText()).isEqualTo("/metadata/title");
    assertThat(patch.get(1).get("op").asText()).isEqualTo("remove");
    assertThat(patch.get(1).get("path").asText()).isEqualTo("/errata");
    assertThat(run("diff", "--format", "markdown", a, b).out()).startsWith("0 facts changed, 36 removed, 0 added.\n")
        .contains("\n## errata\n");
  }

  @Test
  void troubleExitsWithTwo() throws Exception {
    Run missing = run("diff", bundled().toString(), dir.resolve("nothing.json").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("cannot read " + dir.resolve("nothing.json") + ": no such file\n");
    Path bad = BilateralTest.write(dir, "bad.json", "{\"schemaVersion\": 1}");
    Run invalid = run("diff", bundled().toString(), bad.toString());
    assertThat(invalid.status()).isEqualTo(2);
    assertThat(invalid.err()).contains(bad + ":").endsWith("problems\n");
    Run usage = run("diff", "--format", "yaml", bundled().toString(), bad.toString());
    assertThat(usage.status()).isEqualTo(2);
    assertThat(usage.err()).contains("'yaml' is not a format; choose listing, json, json-patch or markdown");
    assertThat(run("score", dir.resolve("nothing.json").toString()).status()).isEqualTo(2);
  }

  @Test
  void scoreAgainstTheBundledReportCountsWhatIsMissing() throws Exception {
    Run r = run("score", BilateralTest.ownReport(dir).toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("facts ").contains("\nerrata                                  0       36        0")
        .contains("\nall (macro) ");
    JsonNode json = JSON.readTree(run("score", "--json", "--reference", bundled().toString(),
        BilateralTest.ownReport(dir).toString()).out());
    JsonNode errata = json.get("facts").get("kinds").get(11);
    assertThat(errata.get("list").asText()).isEqualTo("errata");
    assertThat(errata.get("missing").asInt()).isEqualTo(36);
    assertThat(errata.get("recall").asDouble()).isZero();
    assertThat(json.get("facts").get("kinds").get(2).get("f1").asDouble()).isEqualTo(1.0);
  }
}
