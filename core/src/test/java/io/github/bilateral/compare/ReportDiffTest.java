package io.github.bilateral.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Report;
import io.github.bilateral.testing.ReportEdits;
import org.junit.jupiter.api.Test;

class ReportDiffTest {

  private static final Report BUNDLED = Reports.usPakistan2023();

  /** Made once: the degraded copy reads the report back after each edit it tries. */
  private static final Report DEGRADED = ReportEdits.degrade(BUNDLED, 7, 0.10, 0.05);

  /** The bundled report with one loan's amount and footnotes changed, by editing its canonical text. */
  private static Report edited() {
    String json = ReportWriter.canonical().toJson(BUNDLED);
    String changed = json.replaceFirst("\"value\": 3000000000(?!\\d)", "\"value\": 3100000000");
    assertThat(changed).isNotEqualTo(json);
    return ReportReader.strict().readString(changed);
  }

  @Test
  void theBundledReportHasNoDifferenceFromItself() {
    ReportDiff d = ReportDiff.between(BUNDLED, BUNDLED);
    assertThat(d.isEmpty()).isTrue();
    assertThat(d.toString()).isEmpty();
    assertThat(d.write(DiffFormat.JSON_PATCH)).isEqualTo("[ ]\n");
    assertThat(d.alignment().pairs()).hasSize(listed());
  }

  /** The number of elements in all the report's lists, sections included. */
  private static int listed() {
    int all = 0;
    for (FactKind k : FactKind.inFormatOrder()) {
      all += k.facts(BUNDLED).size();
    }
    return all;
  }

  @Test
  void aChangedAmountIsOneChangeAtItsPath() {
    ReportDiff d = ReportDiff.between(BUNDLED, edited());
    assertThat(d.changed()).hasSize(1);
    FactDiff f = d.changed().get(0);
    assertThat(f.pair().pairing()).isEqualTo(Pairing.ID);
    assertThat(f.changes()).hasSize(1);
    assertThat(f.changes().get(0).path()).endsWith("amount.value");
    assertThat(f.changes().get(0).oldValue()).contains("3000000000");
    assertThat(f.changes().get(0).newValue()).contains("3100000000");
    assertThat(f.provenanceChanges()).isEmpty();
    assertThat(d.toString()).contains("~ " + f.kind().word() + " " + f.pair().oldId() + " (id)")
        .contains("amount.value: 3000000000 -> 3100000000").endsWith("1 fact changed, 0 removed, 0 added\n");
  }

  @Test
  void theListingIsColouredOnlyWhenAsked() {
    ReportDiff d = ReportDiff.between(BUNDLED, edited());
    assertThat(d.toListing(false)).doesNotContain("\u001b[");
    assertThat(d.toListing(true)).contains("\u001b[33m~ ");
  }

  @Test
  void theJsonFormNamesEachChange() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ReportDiff.between(BUNDLED, edited()).write(DiffFormat.JSON));
    assertThat(json.get("same").asBoolean()).isFalse();
    JsonNode loan = json.get("kinds").get(0);
    assertThat(loan.get("list").asText()).isEqualTo("loans");
    JsonNode change = loan.get("changed").get(0).get("changes").get(0);
    assertThat(change.get("path").asText()).isEqualTo("amount.value");
    assertThat(change.get("pointer").asText()).isEqualTo("/amount/value");
    assertThat(change.get("old").asLong()).isEqualTo(3_000_000_000L);
    assertThat(change.get("new").asLong()).isEqualTo(3_100_000_000L);
  }

  @Test
  void thePatchOfADegradedCopyGivesItByteForByte() throws Exception {
    Report degraded = DEGRADED;
    ReportDiff d = ReportDiff.between(BUNDLED, degraded);
    assertThat(Patches.apply(d.write(DiffFormat.JSON_PATCH), BUNDLED))
        .isEqualTo(ReportWriter.canonical().toJson(degraded));
    assertThat(Patches.apply(d.inverse().write(DiffFormat.JSON_PATCH), degraded))
        .isEqualTo(ReportWriter.canonical().toJson(BUNDLED));
  }

  @Test
  void aDegradedCopyIsPairedByContentDespiteItsNewIds() {
    Report degraded = DEGRADED;
    Alignment a = Alignment.of(BUNDLED, degraded);
    long byContent = a.pairs().stream().filter(p -> p.pairing() == Pairing.CONTENT).count();
    assertThat(byContent).isGreaterThan(BUNDLED.actors().size() / 2);
    // Every content pair joins a fact to its renamed self: the new id is x- and the old one.
    assertThat(a.pairs().stream().filter(p -> p.pairing() == Pairing.CONTENT)
        .filter(p -> !p.newId().equals("x-" + p.oldId())).count())
        .as("pairs made by content that are not the renamed fact").isLessThanOrEqualTo(byContent / 50);
  }

  @Test
  void theMarkdownHasAHeadingPerKindAndATableOfValues() {
    String md = ReportDiff.between(BUNDLED, edited()).write(DiffFormat.MARKDOWN);
    assertThat(md).startsWith("1 fact changed, 0 removed, 0 added.\n").contains("\n## loans\n")
        .contains("| `amount.value` | `3000000000` | `3100000000` |");
  }
}
