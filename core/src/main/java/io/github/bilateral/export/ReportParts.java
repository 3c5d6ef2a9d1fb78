package io.github.bilateral.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.google.common.collect.ImmutableList;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.ReportMetadata;
import io.github.bilateral.model.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The parts of a report in the order of the canonical form: the metadata, then each list of the
 * format's top level. Each part has a kind word (its {@code FactKind} word, or {@code metadata})
 * and the name of the list it belongs to ({@code loans}).
 */
final class ReportParts {

  /** The generator settings of every JSON export: numbers in plain notation, as the format wants. */
  static final JsonFactory JSON = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  /** One list of a report: its kind word, the list's name in the format, and its elements. */
  record Table(String kind, String name, List<?> parts) {}

  private ReportParts() {}

  /** Returns the report's lists in canonical order, the metadata first as a list of one. */
  static ImmutableList<Table> tables(Report r) {
    return ImmutableList.of(
        new Table("metadata", "metadata", List.of(r.metadata())),
        new Table("section", "sections", r.sections()),
        new Table("citation", "citations", r.citations()),
        new Table("actor", "actors", r.actors()),
        new Table("place", "places", r.places()),
        new Table("relation", "relations", r.relations()),
        new Table("loan", "loans", r.loans()),
        new Table("agreement", "agreements", r.agreements()),
        new Table("recommendation", "recommendations", r.recommendations()),
        new Table("event", "events", r.events()),
        new Table("figure", "figures", r.figures()),
        new Table("assessment", "assessments", r.assessments()),
        new Table("erratum", "errata", r.errata()));
  }

  /** Writes one part as its canonical JSON object. */
  static void write(Object part, JsonGenerator g) {
    ReportWriter w = ReportWriter.canonical();
    if (part instanceof ReportMetadata) {
      w.writeMetadata((ReportMetadata) part, g);
    } else if (part instanceof Section) {
      w.writeSection((Section) part, g);
    } else {
      w.writeFact((Fact) part, g);
    }
  }

  /** Returns one part as compact canonical JSON bytes. */
  static byte[] compact(Object part) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      write(part, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
