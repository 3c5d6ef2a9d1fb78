package io.github.bilateral.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.ReportMetadata;
import io.github.bilateral.model.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

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

  /** One list of the format's top level: its kind word, its name, and how to get it from a report. */
  private record Part(String kind, String name, Function<Report, List<?>> of) {}

  private static final ImmutableList<Part> PARTS = ImmutableList.of(
      new Part("metadata", "metadata", r -> List.of(r.metadata())),
      new Part("section", "sections", Report::sections),
      new Part("citation", "citations", Report::citations),
      new Part("actor", "actors", Report::actors),
      new Part("place", "places", Report::places),
      new Part("relation", "relations", Report::relations),
      new Part("loan", "loans", Report::loans),
      new Part("agreement", "agreements", Report::agreements),
      new Part("recommendation", "recommendations", Report::recommendations),
      new Part("event", "events", Report::events),
      new Part("figure", "figures", Report::figures),
      new Part("assessment", "assessments", Report::assessments),
      new Part("erratum", "errata", Report::errata));

  /** The kind word of each part and the name of its list, in canonical order, the metadata first. */
  static final ImmutableMap<String, String> KINDS = PARTS.stream()
      .collect(ImmutableMap.toImmutableMap(Part::kind, Part::name));

  private ReportParts() {}

  /** Returns the report's lists in canonical order, the metadata first as a list of one. */
  static ImmutableList<Table> tables(Report r) {
    return PARTS.stream().map(p -> new Table(p.kind(), p.name(), p.of().apply(r)))
        .collect(ImmutableList.toImmutableList());
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
