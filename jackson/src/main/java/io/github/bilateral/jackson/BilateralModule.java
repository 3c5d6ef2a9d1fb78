package io.github.bilateral.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.bilateral.binding.JsonForm;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;

/**
 * A Jackson 2 module with which an {@code ObjectMapper} writes the model's types exactly as {@code
 * ReportWriter} writes them, and reads them back through the library's checks: facts, their
 * metadata and whole reports as objects; ids, fact references, partial dates and money as strings
 * (see {@link JsonForm#all()} for the list). A value that breaks a rule is an {@link
 * InvalidFormatException} whose path is where the value stands in the document and whose message
 * gives each problem with its path inside the value.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new BilateralModule()).build();
 * String json = mapper.writeValueAsString(report.loans().get(0));
 * Loan loan = mapper.readValue(json, Loan.class);
 * Map<String, ActorId> lenders = mapper.readValue("{\"main\":\"imf\"}", new TypeReference<>() {});
 * }</pre>
 *
 * <p>A type that is a string is also a map key in the same form, read through the same check: a
 * {@code Map<ActorId, String>} refuses the key {@code "IMF SBA"} with an {@link
 * InvalidFormatException} that names the type and the key.
 *
 * <p>Objects are copied token by token into the mapper's generator, so the mapper's own settings
 * (indentation, or a format such as YAML or Smile) apply. Numbers are written typed and keep every
 * digit: an integer as an {@code int}, {@code long} or {@code BigInteger}, a decimal as a {@code
 * BigDecimal}, printed plain as {@code ReportWriter} prints it. So {@code valueToTree} gives a tree
 * whose integers are integer nodes and whose decimals are {@code BigDecimal} nodes, and {@code
 * treeToValue} reads it back equal; when the mapper prints such a tree, a decimal below 0.000001
 * has the canonical text only if {@code WRITE_BIGDECIMAL_AS_PLAIN} is enabled. This class is
 * immutable once registered and thread-safe.
 */
public final class BilateralModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the module with a serializer and a deserializer for every type of {@link JsonForm#all()},
   * and a key serializer and a key deserializer for each of those whose shape is a string.
   */
  public BilateralModule() {
    super("bilateral", Version.unknownVersion());
    for (JsonForm<?> form : JsonForm.all()) {
      add(form);
    }
  }

  private <T> void add(JsonForm<T> form) {
    addSerializer(form.type(), new FormSerializer<>(form));
    addDeserializer(form.type(), new FormDeserializer<>(form));
    if (form.shape() == JsonForm.Shape.STRING) {
      addKeySerializer(form.type(), new FormKeySerializer<>(form));
      addKeyDeserializer(form.type(), new FormKeyDeserializer<>(form));
    }
  }

  private static final JsonFactory JSON = new JsonFactory();

  /** Writes one value in its form. */
  private static final class FormSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient JsonForm<T> form;

    FormSerializer(JsonForm<T> form) {
      super(form.type());
      this.form = form;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      String text = form.write(value);
      if (form.shape() == JsonForm.Shape.STRING) {
        g.writeString(text);
        return;
      }
      try (JsonParser p = JSON.createParser(text)) {
        p.nextToken();
        copy(p, g);
      }
    }
  }

  /** Writes a value whose form is a string as a map key: the same string. */
  private static final class FormKeySerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient JsonForm<T> form;

    FormKeySerializer(JsonForm<T> form) {
      super(form.type());
      this.form = form;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeFieldName(form.write(value));
    }
  }

  /**
   * Reads a map key through the same check as the value's string form; a key that the check refuses
   * is Jackson's {@code weirdKeyException}, which names the type and the key.
   */
  private static final class FormKeyDeserializer<T> extends KeyDeserializer {
    private final JsonForm<T> form;

    FormKeyDeserializer(JsonForm<T> form) {
      this.form = form;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return form.read(key);
      } catch (RuntimeException e) {
        throw ctxt.weirdKeyException(form.type(), key,
            "not a valid " + form.type().getSimpleName() + ": " + e.getMessage());
      }
    }
  }

  /** Reads one value from its form, through the library's checks. */
  private static final class FormDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient JsonForm<T> form;

    FormDeserializer(JsonForm<T> form) {
      super(form.type());
      this.form = form;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text;
      if (form.shape() == JsonForm.Shape.STRING) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return (T) ctxt.handleUnexpectedToken(form.type(), p);
        }
        text = p.getText();
      } else {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          return (T) ctxt.handleUnexpectedToken(form.type(), p);
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
          copyText(p, g);
        }
        text = out.toString();
      }
      try {
        return form.read(text);
      } catch (RuntimeException e) {
        InvalidFormatException problem = InvalidFormatException.from(p,
            "Invalid " + form.type().getSimpleName() + ": " + e.getMessage(), text, form.type());
        problem.initCause(e);
        throw problem;
      }
    }
  }

  /**
   * Copies the value that starts at the parser's current token, which holds the library's own
   * canonical text, into a generator of any kind, writing each number typed: an integer as an
   * {@code int}, {@code long} or {@code BigInteger} by its size, a decimal as a {@code BigDecimal}.
   * A tree or a token buffer thus holds integers as integers and decimals with every digit, and a
   * binary format writes numbers as numbers. A text generator prints the same digits as the
   * canonical text, because a decimal is written as the writer writes it, without an exponent (see
   * {@link #writeDecimal}).
   */
  static void copy(JsonParser p, JsonGenerator g) throws IOException {
    copy(p, g, true);
  }

  /**
   * Copies a value from the mapper's parser into the module's own JSON text, each number as the
   * parser's text, so that the library's reader checks the number as the document gave it (an
   * integer field refuses {@code 64.0} or {@code 1e2}, and an exponent is not expanded into digits).
   */
  static void copyText(JsonParser p, JsonGenerator g) throws IOException {
    copy(p, g, false);
  }

  private static void copy(JsonParser p, JsonGenerator g, boolean typed) throws IOException {
    int depth = 0;
    do {
      JsonToken t = p.currentToken();
      switch (t) {
        case START_OBJECT: g.writeStartObject(); depth++; break;
        case END_OBJECT: g.writeEndObject(); depth--; break;
        case START_ARRAY: g.writeStartArray(); depth++; break;
        case END_ARRAY: g.writeEndArray(); depth--; break;
        case FIELD_NAME: g.writeFieldName(p.currentName()); break;
        case VALUE_STRING: g.writeString(p.getText()); break;
        case VALUE_NUMBER_INT:
          if (!typed) {
            g.writeNumber(p.getText());
          } else if (p.getNumberType() == JsonParser.NumberType.INT) {
            g.writeNumber(p.getIntValue());
          } else if (p.getNumberType() == JsonParser.NumberType.LONG) {
            g.writeNumber(p.getLongValue());
          } else {
            g.writeNumber(p.getBigIntegerValue());
          }
          break;
        case VALUE_NUMBER_FLOAT:
          if (typed) {
            writeDecimal(g, p.getDecimalValue());
          } else {
            g.writeNumber(p.getText());
          }
          break;
        case VALUE_TRUE: g.writeBoolean(true); break;
        case VALUE_FALSE: g.writeBoolean(false); break;
        case VALUE_NULL: g.writeNull(); break;
        default: throw new IOException("Unexpected token " + t + " in a JSON value");
      }
      if (depth > 0) {
        p.nextToken();
      }
    } while (depth > 0);
  }

  /**
   * Writes a decimal as a {@code BigDecimal}, plain as the library's writer writes it. {@code
   * BigDecimal.toString()} uses an exponent below 0.000001 (a rate such as 0.0000001 would print as
   * {@code 1E-7}), so for such a value {@code WRITE_BIGDECIMAL_AS_PLAIN} is turned on for this one
   * number and then restored; a generator that does not print text ignores it.
   */
  private static void writeDecimal(JsonGenerator g, BigDecimal d) throws IOException {
    JsonGenerator.Feature plain = JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN;
    if (g.isEnabled(plain) || d.toString().equals(d.toPlainString())) {
      g.writeNumber(d);
      return;
    }
    g.enable(plain);
    try {
      g.writeNumber(d);
    } finally {
      g.disable(plain);
    }
  }
}
