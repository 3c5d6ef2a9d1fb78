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
import org.jspecify.annotations.Nullable;

/**
 * The canonical form of each object of the format, written onto a Jackson generator by walking its
 * {@link Shape}: fields in canonical order, absent values, empty lists and defaults left out, a
 * date's part after its date, unknown fields last. {@link ReportWriter} is the public face of it.
 */
final class TableWriter {

  private TableWriter() {}

  /** Writes {@code value}, a model object of {@code shape}, as its canonical JSON object. */
  static void object(JsonGenerator g, Shape<?> shape, Object value) throws IOException {
    object(g, shape, value, null);
  }

  /** Writes {@code value} of {@code shape}, which stands in an object of {@code parent}, if any. */
  private static void object(JsonGenerator g, Shape<?> shape, Object value, @Nullable Shape<?> parent)
      throws IOException {
    g.writeStartObject();
    for (Field f : shape.typedFields()) {
      if (!f.inVersion(Json.SCHEMA_VERSION)) {
        continue;
      }
      Object v = f.get.apply(value);
      if (f.leftOut(v)) {
        continue;
      }
      if (f.kind.mapValues() != null) {
        map(g, f, (Map<?, ?>) v, parent);
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
      if (f.kind.shape() != null && f.kind.facts() == null) {
        object(g, f.kind.shape(), one, shape);
      } else {
        f.kind.write(g, one);
      }
      if (f.partName != null && ((PartialDate) one).part().isPresent()) {
        g.writeStringField(f.partName, Json.name(((PartialDate) one).part().get()));
      }
    }
    unknown(g, shape, shape.unknownFields(value));
    g.writeEndObject();
  }

  /** Writes a map keyed by the fields of {@code parent}, in the order of those fields. */
  private static void map(JsonGenerator g, Field f, Map<?, ?> entries, @Nullable Shape<?> parent) throws IOException {
    g.writeObjectFieldStart(f.name);
    List<Object> keys = new java.util.ArrayList<>(entries.keySet());
    if (parent != null) {
      keys.sort(java.util.Comparator.comparingInt(k -> {
        int slot = parent.slot((String) k);
        return slot < 0 ? Integer.MAX_VALUE : slot;
      }));
    }
    for (Object key : keys) {
      g.writeFieldName((String) key);
      object(g, f.kind.mapValues(), entries.get(key), null);
    }
    g.writeEndObject();
  }

  /**
   * Writes unknown fields after the known ones, each value re-read from its compact JSON text so
   * that it is indented like the rest.
   */
  private static void unknown(JsonGenerator g, Shape<?> shape, UnknownFields fields) throws IOException {
    for (Map.Entry<String, String> field : fields.asMap().entrySet()) {
      if (shape.allFields().contains(field.getKey())) {
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
