package io.github.bilateral.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
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
import org.jspecify.annotations.Nullable;

/**
 * Writes facts as JSON in the library's format, for {@code --json}. Controls, invisible format
 * characters and line separators in text are written as JSON escapes ({@code \\u202E}), so that the
 * JSON means the same and cannot disguise itself on a terminal.
 */
final class FactJson {

  /** JSON's own escapes, and a {@code \\u} escape of four hex digits for every control, format character and line separator. */
  private static final CharacterEscapes SAFE = new CharacterEscapes() {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      int type = Character.getType(ch);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04X", ch));
      }
      return null;
    }
  };

  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private FactJson() {}

  /** Returns a generator that indents by two spaces, like the canonical form, and leaves {@code out} open. */
  static JsonGenerator pretty(OutputStream out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    JsonGenerator g = JSON.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setCharacterEscapes(SAFE);
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
