package io.github.bilateral.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.model.Fact;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes facts as JSON in the library's format, for {@code --json}. */
final class FactJson {

  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private FactJson() {}

  /** Returns a generator that indents by two spaces, like the canonical form, and leaves {@code out} open. */
  static JsonGenerator pretty(OutputStream out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    JsonGenerator g = JSON.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)).withObjectIndenter(indenter).withArrayIndenter(indenter));
    return g;
  }

  /** Writes the fact's canonical object onto {@code g}, indented as {@code g} indents, numbers exact. */
  static void write(Fact fact, JsonGenerator g) throws IOException {
    try (JsonParser p = JSON.createParser(ReportWriter.canonical().toJson(fact))) {
      p.nextToken();
      g.copyCurrentStructureExact(p);
    }
  }

  /** Writes a JSON array of the facts' canonical objects. */
  static void writeArray(List<? extends Fact> facts, OutputStream out) {
    try (JsonGenerator g = pretty(out)) {
      g.writeStartArray();
      for (Fact f : facts) {
        write(f, g);
      }
      g.writeEndArray();
      g.writeRaw('\n');
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
