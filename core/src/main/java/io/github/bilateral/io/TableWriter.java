package io.github.bilateral.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.UnknownFields;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The canonical form of each object of the format, written onto a Jackson generator by walking its
 * {@link Shape}: fields in canonical order, absent values, empty lists and defaults left out, a
 * date's part after its date, unknown fields last. {@link ReportWriter} is the public face of it.
 */
final class TableWriter {

  private TableWriter() {}

  /** Writes {@code value}, a model object of {@code shape}, as its canonical JSON object. */
  static void object(JsonGenerator g, Shape<?> shape, Object value) throws IOException {
    g.writeStartObject();
    for (Field f : shape.typedFields()) {
      Object v = f.get.apply(value);
      if (f.leftOut(v)) {
        continue;
      }
      if (f.holding == Field.Holding.LIST) {
        g.writeArrayFieldStart(f.name);
        for (Object element : (List<?>) v) {
          f.kind.write(g, element);
        }
        g.writeEndArray();
        continue;
      }
      Object one = Field.unwrap(v);
      g.writeFieldName(f.name);
      f.kind.write(g, one);
      if (f.partName != null && ((PartialDate) one).part().isPresent()) {
        g.writeStringField(f.partName, Json.name(((PartialDate) one).part().get()));
      }
    }
    unknown(g, shape, shape.unknownFields(value));
    g.writeEndObject();
  }

  /**
   * Writes unknown fields after the known ones, each value re-read from its compact JSON text so
   * that it is indented like the rest.
   */
  private static void unknown(JsonGenerator g, Shape<?> shape, UnknownFields fields) throws IOException {
    for (Map.Entry<String, String> field : fields.asMap().entrySet()) {
      if (shape.fields().contains(field.getKey())) {
        throw new IllegalArgumentException("Cannot write an unknown field named '" + field.getKey() + "' in "
            + shape.type() + ": the format already defines that field");
      }
      g.writeFieldName(field.getKey());
      try (JsonParser p = Json.WRITING.createParser(field.getValue())) {
        p.nextToken();
        Json.copyValue(p, g);
      }
    }
  }

  /** Returns {@code value} of {@code shape} as standalone canonical text: indented, no final newline. */
  static String standalone(Shape<?> shape, Object value) {
    StringWriter text = new StringWriter(512);
    try (JsonGenerator g = Json.pretty(Json.WRITING.createGenerator(text))) {
      object(g, shape, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
