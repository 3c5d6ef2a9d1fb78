package io.github.bilateral.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bilateral.io.ReportReader;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Report;
import io.github.bilateral.testing.Gen;
import io.github.bilateral.testing.Property;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SyntheticReportTest {

  private static byte[] bytes(SyntheticReport generator) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    generator.write(out);
    return out.toByteArray();
  }

  @Test
  void theStrictReaderAcceptsWhatItWrites() {
    for (long seed = 1; seed <= 5; seed++) {
      SyntheticReport generator = SyntheticReport.ofFacts(3_000, seed);
      Report report = ReportReader.strict().read(bytes(generator), "seed " + seed);
      assertThat(report.factCount()).isEqualTo(generator.facts());
      assertThat(report.actors()).hasSize(generator.actors());
      assertThat(report.loans()).hasSize(generator.loans());
      assertThat(report.events()).hasSize(generator.events());
    }
  }

  @Test
  void everySeedAndSizeGivesAReportThatKeepsItsCounts() {
    Gen<SyntheticReport> generators = Gen.ints(1, Integer.MAX_VALUE)
        .flatMap(seed -> Gen.ints(1, 40).map(hundreds -> SyntheticReport.ofFacts(100 * hundreds, seed)));
    Property.forAll("synthetic reports read back with their counts", generators).tries(20).verify(g -> {
      Report report = ReportReader.strict().read(bytes(g), "synthetic");
      assertThat(report.factCount()).isEqualTo(g.facts());
      assertThat(report.loans()).hasSize(g.loans());
      Report compact = ReportReader.strict().read(bytes(g.compact()), "compact");
      assertThat(compact.factCount()).isEqualTo(report.factCount());
      assertThat(compact.loans()).extracting(l -> l.id()).isEqualTo(report.loans().stream().map(l -> l.id()).toList());
    });
  }

  @Test
  void theCompactFormHoldsTheSameFactsInFewerBytes() {
    SyntheticReport full = SyntheticReport.ofFacts(2_000, 11);
    byte[] compact = bytes(full.compact());
    Report a = ReportReader.strict().read(bytes(full), "full");
    Report b = ReportReader.strict().read(compact, "compact");
    assertThat(compact.length).isLessThan(bytes(full).length * 3 / 5);
    assertThat(b.factCount()).isEqualTo(a.factCount());
    assertThat(b.loans().get(100).id()).isEqualTo(a.loans().get(100).id());
    assertThat(b.actors().get(50).name()).isEqualTo(a.actors().get(50).name());
  }

  @Test
  void namesAndIdsArePredictable() {
    SyntheticReport generator = SyntheticReport.ofFacts(1_000, 42);
    Report report = ReportReader.strict().read(bytes(generator), "1k");
    int last = generator.actors() - 1;
    assertThat(report.findActor(ActorId.of(SyntheticReport.actorId(last))))
        .hasValueSatisfying(a -> assertThat(a.name()).isEqualTo(SyntheticReport.actorName(last)));
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() {
    assertThat(bytes(SyntheticReport.ofFacts(500, 7))).isEqualTo(bytes(SyntheticReport.ofFacts(500, 7)));
    assertThat(bytes(SyntheticReport.ofFacts(500, 7))).isNotEqualTo(bytes(SyntheticReport.ofFacts(500, 8)));
  }

  @Test
  void sizedByBytesLandsNearTheTarget() {
    int size = bytes(SyntheticReport.ofBytes(400_000, 42)).length;
    assertThat(size).isBetween(360_000, 440_000);
  }

  @Test
  void plainRecordsReadTheSameDocument() throws IOException {
    byte[] json = bytes(SyntheticReport.ofFacts(2_000, 3));
    PlainRecords.Document doc = new ObjectMapper().readValue(json, PlainRecords.Document.class);
    Report report = ReportReader.strict().read(json, "2k");
    assertThat(doc.loans()).hasSize(report.loans().size());
    assertThat(doc.events().get(0).id()).isEqualTo(report.events().get(0).id().value());
  }
}
