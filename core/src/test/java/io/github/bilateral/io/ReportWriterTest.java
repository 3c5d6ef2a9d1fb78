package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.model.Report;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReportWriterTest {

  @Test
  void writingACanonicalFileGivesTheSameBytes() {
    String sample = ReportReaderTest.sample();
    Report r = ReportReader.strict().readString(sample);
    assertThat(ReportWriter.canonical().toJson(r)).isEqualTo(sample);
  }

  @Test
  void theBundledDatasetIsStoredInCanonicalForm() throws Exception {
    byte[] stored;
    try (var in = ReportWriterTest.class.getResourceAsStream(Reports.US_PAKISTAN_2023_RESOURCE)) {
      stored = in.readAllBytes();
    }
    assertThat(new String(ReportWriter.canonical().toBytes(Reports.usPakistan2023()), StandardCharsets.UTF_8))
        .isEqualTo(new String(stored, StandardCharsets.UTF_8));
  }

  @Test
  void arbitraryValidReportsRoundTrip() {
    Property.forAll("read(write(r)) equals r", Generators.reports()).tries(1000).verify(r -> {
      String json = ReportWriter.canonical().toJson(r);
      Report back = ReportReader.strict().readString(json);
      assertThat(back).isEqualTo(r);
      assertThat(ReportWriter.canonical().toJson(back)).isEqualTo(json);
    });
  }

  @Test
  void generatedReportsAreValid() {
    Property.forAll("generated reports pass validation", Generators.reports()).tries(300)
        .check(r -> ReportValidator.validate(r).isEmpty());
  }
}
