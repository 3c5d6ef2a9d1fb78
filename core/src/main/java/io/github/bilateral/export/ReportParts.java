package io.github.bilateral.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactKind;
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

  /**
   * The generator settings of every JSON export: numbers in plain notation, as the format wants. It
   * also re-reads the writer's own text of each part, which a reader has already held to its limits,
   * so its own read limits are off: a string may be as long as the reader that read it allowed
   * (Jackson's default stops at 20 million characters).
   */
  static final JsonFactory JSON = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(Integer.MAX_VALUE)
          .maxStringLength(Integer.MAX_VALUE)
          .maxNameLength(Integer.MAX_VALUE)
          .maxNumberLength(Integer.MAX_VALUE)
          .maxDocumentLength(-1)
          .build())
      .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
      .build();

  /** One list of a report: its kind word, the list's name in the format, and its elements. */
  record Table(String kind, String name, List<?> parts) {}

  /** The kind word of each part and the name of its list, in canonical order, the metadata first. */
  static final ImmutableMap<String, String> KINDS = kinds();

  private ReportParts() {}

  /** Returns the report's lists in canonical order, the metadata first as a list of one. */
  static ImmutableList<Table> tables(Report r) {
    ImmutableList.Builder<Table> tables = ImmutableList.builder();
    tables.add(new Table("metadata", "metadata", List.of(r.metadata())));
    for (FactKind kind : FactKind.inFormatOrder()) {
      tables.add(new Table(kind.word(), kind.listName(), kind.facts(r)));
    }
    return tables.build();
  }

  private static ImmutableMap<String, String> kinds() {
    ImmutableMap.Builder<String, String> kinds = ImmutableMap.builder();
    kinds.put("metadata", "metadata");
    for (FactKind kind : FactKind.inFormatOrder()) {
      kinds.put(kind.word(), kind.listName());
    }
    return kinds.buildOrThrow();
  }

  /** Returns one part as its canonical JSON text, laid out as {@code ReportWriter.toJson} does. */
  static String json(Object part) {
    ReportWriter w = ReportWriter.canonical();
    if (part instanceof ReportMetadata) {
      return w.toJson((ReportMetadata) part);
    } else if (part instanceof Section) {
      return w.toJson((Section) part);
    }
    return w.toJson((Fact) part);
  }

  /**
   * Writes one part as its canonical JSON object onto {@code g}, laid out as {@code g} lays out
   * everything; numbers are copied with their exact digits.
   */
  static void write(Object part, JsonGenerator g) throws IOException {
    try (JsonParser p = JSON.createParser(json(part))) {
      p.nextToken();
      copy(p, g);
    }
  }

  /**
   * Copies the value the parser stands on onto {@code g}, token by token, and leaves the parser on
   * the value's last token. Numbers are copied as their text: Jackson's own copy turns a decimal
   * into a BigDecimal, which plain notation cannot write for an exponent such as 1e10000000 in an
   * unknown field.
   */
  static void copy(JsonParser p, JsonGenerator g) throws IOException {
    int depth = 0;
    do {
      JsonToken t = p.currentToken();
      switch (t) {
        case START_OBJECT -> { g.writeStartObject(); depth++; }
        case START_ARRAY -> { g.writeStartArray(); depth++; }
        case END_OBJECT -> { g.writeEndObject(); depth--; }
        case END_ARRAY -> { g.writeEndArray(); depth--; }
        case FIELD_NAME -> g.writeFieldName(p.currentName());
        case VALUE_STRING -> g.writeString(p.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
        case VALUE_TRUE, VALUE_FALSE -> g.writeBoolean(t == JsonToken.VALUE_TRUE);
        case VALUE_NULL -> g.writeNull();
        default -> throw new IllegalStateException("Unexpected " + t + " in the canonical text of a part");
      }
    } while (depth > 0 && p.nextToken() != null);
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
