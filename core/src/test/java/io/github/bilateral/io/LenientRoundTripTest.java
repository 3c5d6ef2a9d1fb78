package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.bilateral.model.Report;
import io.github.bilateral.testing.Gen;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Lossless lenient reading: unknown fields, generated anywhere in arbitrary valid reports, survive
 * read, write and read again, and the canonical text is written back byte for byte.
 */
class LenientRoundTripTest {

  /** A canonical document with unknown fields added at the end of some of its objects. */
  static final class Extended {
    final String json;
    final int added;

    Extended(String json, int added) {
      this.json = json;
      this.added = added;
    }

    @Override
    public String toString() {
      return added + " unknown fields\n" + json;
    }
  }

  private static final Gen<Extended> EXTENDED = (r, size) -> {
    Report report = Generators.reports().generate(r, size);
    return extend(ReportWriter.canonical().toJson(report), r);
  };

  /**
   * Copies canonical JSON through the canonical pretty printer, adding one or two unknown fields at
   * the end of about a third of the objects: where the writer puts them, so the copy is canonical.
   */
  static Extended extend(String canonical, SplittableRandom r) {
    // Bytes, as the writer writes them: its UTF-8 generator escapes characters outside the BMP.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int added = 0;
    try (JsonParser p = Json.WRITING.createParser(canonical);
        JsonGenerator g = Json.pretty(Json.WRITING.createGenerator(out))) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      JsonToken t;
      int names = 0;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case START_OBJECT: g.writeStartObject(); break;
          case START_ARRAY: g.writeStartArray(); break;
          case END_ARRAY: g.writeEndArray(); break;
          case FIELD_NAME: g.writeFieldName(p.currentName()); break;
          case VALUE_STRING: g.writeString(p.getText()); break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT: g.writeNumber(p.getText()); break;
          case VALUE_TRUE: g.writeBoolean(true); break;
          case VALUE_FALSE: g.writeBoolean(false); break;
          case VALUE_NULL: g.writeNull(); break;
          case END_OBJECT:
            if (r.nextInt(3) == 0) {
              int n = 1 + r.nextInt(2);
              for (int i = 0; i < n; i++) {
                g.writeFieldName("x" + (names++) + Gen.elements("", "Rating", "-é", "_Ñ", " z").generate(r, 1));
                value(g, r, 0);
                added++;
              }
            }
            g.writeEndObject();
            break;
          default: throw new IllegalStateException("unexpected " + t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Extended(out.toString(StandardCharsets.UTF_8) + "\n", added);
  }

  /** Writes an arbitrary JSON value, nested at most three deep, with exact numbers of any size. */
  private static void value(JsonGenerator g, SplittableRandom r, int depth) throws IOException {
    switch (depth >= 3 ? r.nextInt(6) : r.nextInt(8)) {
      case 0: g.writeString(Gen.text().generate(r, 10)); break;
      case 1: g.writeNumber(Gen.elements("0", "-0.0", "1e10000000", "123456789012345678901234567890", "5.7", "-12E-3")
          .generate(r, 1)); break;
      case 2: g.writeBoolean(r.nextBoolean()); break;
      case 3: g.writeNull(); break;
      case 4: g.writeString(""); break;
      case 5: g.writeString("\\ \" \t \u2028 \uD83C\uDDF5"); break;
      case 6: {
        g.writeStartArray();
        for (int i = r.nextInt(4); i > 0; i--) {
          value(g, r, depth + 1);
        }
        g.writeEndArray();
        break;
      }
      default: {
        g.writeStartObject();
        for (int i = r.nextInt(4); i > 0; i--) {
          g.writeFieldName("k" + i);
          value(g, r, depth + 1);
        }
        g.writeEndObject();
      }
    }
  }

  @Test
  void unknownFieldsSurviveAndCanonicalTextIsWrittenBackByteForByte() {
    int[] total = {0};
    Property.forAll("lenient read, write, read keeps generated unknown fields", EXTENDED).tries(300).maxSize(12).verify(x -> {
      Report r = ReportReader.lenient().readString(x.json);
      String written = ReportWriter.canonical().toJson(r);
      assertThat(written).isEqualTo(x.json);
      Report back = ReportReader.lenient().readString(written);
      assertThat(back).isEqualTo(r);
      assertThat(ReportWriter.canonical().toJson(back)).isEqualTo(written);
      if (x.added > 0) {
        ReportException e = catchThrowableOfType(ReportException.class, () -> ReportReader.strict().readString(x.json));
        // The strict reader names each of them (up to its limit of 200 problems).
        assertThat(e.problems()).filteredOn(p -> p.reason().startsWith("unknown field 'x"))
            .hasSize(Math.min(x.added, 200));
      }
      total[0] += x.added;
    });
    assertThat(total[0]).as("unknown fields generated").isGreaterThan(500);
  }
}
