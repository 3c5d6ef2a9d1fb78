package io.github.bilateral.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.util.Locale;

/**
 * The one Jackson set-up the library owns, a {@link JsonFactory} shared by the reader and the
 * writer; never a user's global mapper. Reading is strict: no
 * comments, no single quotes, no leading zeros, no NaN. Duplicate keys are detected by the
 * reader itself, which reports every one of them rather than stopping at the first.
 */
final class Json {

  /** The format version this library reads and writes. */
  static final int SCHEMA_VERSION = 1;

  static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
      .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(64)
          .maxNumberLength(64)
          .maxStringLength(1 << 20)
          .maxNameLength(256)
          .maxDocumentLength(256L << 20)
          .build())
      .build();

  private Json() {}

  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  static JsonGenerator pretty(JsonGenerator g) {
    g.setPrettyPrinter(prettyPrinter());
    return g;
  }

  /** Returns the JSON name of an enum constant: lowercase kebab-case. */
  static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
