package io.github.bilateral.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.util.Locale;

/**
 * The Jackson set-up the library owns: {@link JsonFactory} instances of its own, never a user's
 * global mapper, and no data binding at all. Reading is strict: no comments, no single quotes, no
 * leading zeros, no NaN, and every limit set explicitly through {@link StreamReadConstraints} (see
 * {@link #reading}). Duplicate keys are detected by the reader itself, which reports every one of
 * them rather than stopping at the first.
 */
final class Json {

  /** The format version this library writes, and the newest it reads. */
  static final int SCHEMA_VERSION = 2;

  /** The oldest format version this library reads. */
  static final int OLDEST_SCHEMA_VERSION = 1;

  /** The longest field name read. */
  static final int MAX_NAME_LENGTH = 256;

  /** The longest number read, in characters; amounts need far fewer. */
  static final int MAX_NUMBER_LENGTH = 64;

  /**
   * The factory of the writer, which also re-reads the compact JSON text of unknown fields; its read
   * limits are wide because that text is already in memory and was checked when it was built.
   */
  static final JsonFactory WRITING = JsonFactory.builder()
      .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(ReportReader.MAX_DEPTH_LIMIT)
          .maxNumberLength(Integer.MAX_VALUE)
          .maxStringLength(Integer.MAX_VALUE)
          .maxNameLength(Integer.MAX_VALUE)
          .maxDocumentLength(-1)
          .build())
      .streamWriteConstraints(StreamWriteConstraints.builder()
          .maxNestingDepth(ReportReader.MAX_DEPTH_LIMIT + 8)
          .build())
      .build();

  private Json() {}

  /**
   * Returns a strict reading factory with the given limits, all set explicitly rather than left to
   * Jackson's defaults.
   */
  static JsonFactory reading(long maxBytes, int maxDepth, int maxStringLength) {
    return JsonFactory.builder()
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
        .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .disable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
        .disable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
        .disable(JsonReadFeature.ALLOW_MISSING_VALUES)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(maxBytes)
            .maxNestingDepth(maxDepth)
            .maxStringLength(maxStringLength)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .build())
        .build();
  }

  /**
   * Copies the value the parser stands on, and everything inside it, to the generator; leaves the
   * parser on the value's last token. Iterative, so depth costs no stack. Numbers are copied as
   * their text and never converted.
   */
  static void copyValue(JsonParser p, JsonGenerator g) throws IOException {
    int depth = 0;
    do {
      JsonToken t = p.currentToken();
      if (t == null) {
        throw new JsonParseException(p, "Unexpected end of input inside a value");
      }
      switch (t) {
        case START_OBJECT:
          g.writeStartObject();
          depth++;
          break;
        case START_ARRAY:
          g.writeStartArray();
          depth++;
          break;
        case END_OBJECT:
          g.writeEndObject();
          depth--;
          break;
        case END_ARRAY:
          g.writeEndArray();
          depth--;
          break;
        case FIELD_NAME:
          g.writeFieldName(p.currentName());
          break;
        case VALUE_STRING:
          g.writeString(p.getText());
          break;
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          g.writeNumber(p.getText());
          break;
        case VALUE_TRUE:
          g.writeBoolean(true);
          break;
        case VALUE_FALSE:
          g.writeBoolean(false);
          break;
        case VALUE_NULL:
          g.writeNull();
          break;
        default:
          throw new JsonParseException(p, "Unexpected token " + t);
      }
      if (depth > 0) {
        p.nextToken();
      }
    } while (depth > 0);
  }

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
