package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Provenance;
import io.github.bilateral.model.Report;
import java.io.StringWriter;
import java.util.List;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReportWriterTest {

  /**
   * A canonical version-1 file is written as version 2: the same text but for the version and each
   * {@code location}, which becomes {@code basis}; and that canonical version-2 text gives the same
   * bytes again.
   */
  @Test
  void writingACanonicalFileGivesTheSameBytes() {
    String sample = ReportReaderTest.sample();
    Report r = ReportReader.strict().readString(sample);
    String v2 = ReportWriter.canonical().toJson(r);
    assertThat(v2).isEqualTo(asVersion2(sample));
    assertThat(ReportWriter.canonical().toJson(ReportReader.strict().readString(v2))).isEqualTo(v2);
  }

  /** The canonical version-2 text of a canonical version-1 text. */
  static String asVersion2(String v1) {
    return v1.replaceFirst("\"schemaVersion\": 1,", "\"schemaVersion\": 2,").replace("\"location\": ", "\"basis\": ");
  }

  @Test
  void theBundledDatasetIsStoredInCanonicalForm() throws Exception {
    byte[] stored;
    try (var in = ReportWriterTest.class.getResourceAsStream(Reports.US_PAKISTAN_2023_RESOURCE)) {
      stored = in.readAllBytes();
    }
    String text = new String(stored, StandardCharsets.UTF_8);
    String written = new String(ReportWriter.canonical().toBytes(Reports.usPakistan2023()), StandardCharsets.UTF_8);
    assertThat(written).isEqualTo(text.contains("\"schemaVersion\": 1,") ? asVersion2(text) : text);
    assertThat(ReportWriter.canonical().toJson(ReportReader.strict().readString(written))).isEqualTo(written);
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

  @Test
  void writingEveryPartOnItsOwnGivesTheCanonicalBytes() {
    Report bundled = Reports.usPakistan2023();
    assertThat(piecewise(bundled)).isEqualTo(ReportWriter.canonical().toJson(bundled));
    Property.forAll("piecewise writing equals toJson", Generators.reports()).tries(200)
        .verify(r -> assertThat(piecewise(r)).isEqualTo(ReportWriter.canonical().toJson(r)));
  }

  // Covers the deprecated writeFact on purpose, for as long as it stays public; the same check of
  // toJson(Fact) is in PartRoundTripTest.
  @SuppressWarnings("removal")
  @Test
  void writeFactRejectsAForeignFact() throws Exception {
    Fact foreign = new Fact() {
      @Override
      public FactRef ref() {
        return FactRef.parse("actor:x");
      }

      @Override
      public Provenance provenance() {
        throw new UnsupportedOperationException();
      }
    };
    assertThatThrownBy(() -> ReportWriter.canonical().writeFact(foreign, Json.WRITING.createGenerator(new StringWriter())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Not a fact of the format: ");
  }

  /**
   * Writes the report part by part with the public one-part methods, the way toJson lays it out.
   * These are the deprecated methods that write onto a caller's generator: covering them on purpose,
   * for as long as they stay public, is why the removal warnings are suppressed here.
   */
  @SuppressWarnings("removal")
  private static String piecewise(Report r) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    ReportWriter w = ReportWriter.canonical();
    try (JsonGenerator g = Json.pretty(Json.WRITING.createGenerator(bytes))) {
      g.writeStartObject();
      g.writeNumberField("schemaVersion", Json.SCHEMA_VERSION);
      g.writeFieldName("metadata");
      w.writeMetadata(r.metadata(), g);
      if (!r.sections().isEmpty()) {
        g.writeArrayFieldStart("sections");
        for (var s : r.sections()) {
          w.writeSection(s, g);
        }
        g.writeEndArray();
      }
      List<List<? extends Fact>> lists = List.of(r.citations(), r.actors(), r.places(), r.relations(),
          r.loans(), r.agreements(), r.recommendations(), r.events(), r.figures(), r.assessments(),
          r.errata());
      List<String> names = List.of("citations", "actors", "places", "relations", "loans", "agreements",
          "recommendations", "events", "figures", "assessments", "errata");
      for (int i = 0; i < lists.size(); i++) {
        if (lists.get(i).isEmpty()) {
          continue;
        }
        g.writeArrayFieldStart(names.get(i));
        for (Fact f : lists.get(i)) {
          w.writeFact(f, g);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
