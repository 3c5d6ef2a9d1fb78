package io.github.bilateral.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.bilateral.model.Report;
import java.io.IOException;
import java.io.OutputStream;

/** Writes {@link ExportFormat#JSONL}: one {@code {"kind":..,"fact":{..}}} object per line. */
final class JsonLines {

  private JsonLines() {}

  static void write(Report report, OutputStream out) throws IOException {
    try (JsonGenerator g = ReportParts.JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setRootValueSeparator(null);
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
}
