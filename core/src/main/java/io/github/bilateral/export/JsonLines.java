package io.github.bilateral.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.model.Report;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link ExportFormat#JSONL}: one {@code {"kind":..,"fact":{..}}} object per line, the first
 * of kind {@code report} holding the document's top-level fields ({@code schemaVersion} and, for a
 * leniently read report, its unknown fields); and puts such lines back together into one document.
 */
final class JsonLines {

  /** The kind word of the first line, which holds the report's own top-level fields. */
  static final String HEADER = "report";

  /** The kind word of the line that holds the metadata. */
  static final String METADATA = "metadata";

  private JsonLines() {}

  static void write(Report report, OutputStream out) throws IOException {
    try (JsonGenerator g = ReportParts.JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setRootValueSeparator(null);
      g.writeStartObject();
      g.writeStringField("kind", HEADER);
      g.writeFieldName("fact");
      g.writeStartObject();
      g.writeNumberField("schemaVersion", ReportWriter.SCHEMA_VERSION);
      for (Map.Entry<String, String> field : report.unknownFields().asMap().entrySet()) {
        g.writeFieldName(field.getKey());
        g.writeRawValue(field.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
      for (ReportParts.Table t : ReportParts.tables(report)) {
        for (Object part : t.parts()) {
          g.writeStartObject();
          g.writeStringField("kind", t.kind());
          g.writeFieldName("fact");
          ReportParts.write(part, g);
          g.writeEndObject();
          g.writeRaw('\n');
        }
      }
      g.flush();
    }
  }

  /**
   * Reads the lines {@link #write} writes (in any order, blank lines skipped) and writes the report
   * document they come from: the header's fields, the metadata and every list in the canonical
   * order. Each value is copied as its text, so numbers keep their digits. A second line of kind
   * {@code report} or {@code metadata} is refused, as {@code ReportReader} refuses it in the same lines.
   */
  static void reassemble(InputStream in, OutputStream out) throws IOException {
    Map<String, String> header = new LinkedHashMap<>();
    Map<String, List<String>> lists = new LinkedHashMap<>();
    // The line each of the two kinds that a report has once came on, for the message about a second one.
    Map<String, Integer> once = new LinkedHashMap<>();
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      Map<String, String> fields = fields(line, number);
      String kind = fields.get("kind");
      String fact = fields.get("fact");
      if (kind == null || fact == null || !kind.startsWith("\"")) {
        throw new IllegalArgumentException("Line " + number + " is not {\"kind\": \"...\", \"fact\": {...}}");
      }
      String word = kind.substring(1, kind.length() - 1);
      if (word.equals(HEADER) || word.equals(METADATA)) {
        Integer first = once.putIfAbsent(word, number);
        if (first != null) {
          throw new IllegalArgumentException("Line " + number + " is a second line of kind '" + word
              + "'; the first is line " + first + ": keep one of them");
        }
      }
      if (word.equals(HEADER)) {
        header.putAll(fields(fact, number));
      } else {
        lists.computeIfAbsent(word, k -> new ArrayList<>()).add(fact);
      }
    }
    if (!header.containsKey("schemaVersion")) {
      throw new IllegalArgumentException("No line of kind '" + HEADER + "' with the schemaVersion: "
          + "the first line of an export holds it");
    }
    try (JsonGenerator g = ReportParts.JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeFieldName("schemaVersion");
      g.writeRawValue(header.remove("schemaVersion"));
      for (String kind : ReportParts.KINDS.keySet()) {
        List<String> facts = lists.remove(kind);
        if (facts == null) {
          continue;
        }
        if (kind.equals(METADATA)) {
          g.writeFieldName(METADATA);
          g.writeRawValue(facts.get(0));
          continue;
        }
        g.writeArrayFieldStart(ReportParts.KINDS.get(kind));
        for (String fact : facts) {
          g.writeRawValue(fact);
        }
        g.writeEndArray();
      }
      if (!lists.isEmpty()) {
        throw new IllegalArgumentException("Unknown kinds of line: " + lists.keySet() + "; the kinds are "
            + HEADER + ", " + String.join(", ", ReportParts.KINDS.keySet()));
      }
      for (Map.Entry<String, String> field : header.entrySet()) {
        g.writeFieldName(field.getKey());
        g.writeRawValue(field.getValue());
      }
      g.writeEndObject();
      g.flush();
    }
  }

  /** Returns the fields of one JSON object, each value as its exact text. */
  private static Map<String, String> fields(String object, int line) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonParser p = ReportParts.JSON.createParser(object)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("Line " + line + " is not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        int start = (int) p.currentTokenLocation().getCharOffset();
        p.skipChildren();
        p.finishToken();   // a string is read lazily: read to its closing quote
        int end = (int) p.currentLocation().getCharOffset();
        out.put(name, object.substring(start, end));
      }
    }
    return out;
  }
}
