package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bilateral.testing.Gen;
import io.github.bilateral.testing.Property;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The reader takes UTF-8 alone, with or without a byte-order mark: it names a UTF-16 or UTF-32
 * document as such, and gives the byte offset and line of the first byte that is not UTF-8, where the
 * JDK's strict decoder finds it.
 */
class EncodingTest {

  private static final String SAMPLE = ReportReaderTest.sample();

  private static Problem only(byte[] bytes) {
    ReportException e = catchThrowableOfType(ReportException.class, () -> ReportReader.strict().read(bytes, "b"));
    assertThat(e).as("a ReportException").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  private static byte[] concat(byte[]... parts) {
    byte[] out = new byte[0];
    for (byte[] p : parts) {
      int at = out.length;
      out = Arrays.copyOf(out, at + p.length);
      System.arraycopy(p, 0, out, at, p.length);
    }
    return out;
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Test
  void utf16AndUtf32AreNamedWithOrWithoutAByteOrderMark() {
    String notUtf8 = "$ (line 1, column 1): not UTF-8: the document looks like UTF-16 or UTF-32; save the file as UTF-8";
    assertThat(only(SAMPLE.getBytes(StandardCharsets.UTF_16BE))).hasToString(notUtf8);
    assertThat(only(SAMPLE.getBytes(StandardCharsets.UTF_16LE))).hasToString(notUtf8);
    assertThat(only(concat(bytes(0xFE, 0xFF), SAMPLE.getBytes(StandardCharsets.UTF_16BE)))).hasToString(notUtf8);
    assertThat(only(concat(bytes(0xFF, 0xFE), SAMPLE.getBytes(StandardCharsets.UTF_16LE)))).hasToString(notUtf8);
    assertThat(only(concat(bytes(0xEF, 0xBB, 0xBF), SAMPLE.getBytes(StandardCharsets.UTF_16LE)))).hasToString(notUtf8);
    // Two bytes are enough to tell.
    assertThat(only(bytes('{', 0))).hasToString(notUtf8);
    assertThat(only(bytes(0, '{'))).hasToString(notUtf8);
  }

  @Test
  void aByteOrderMarkIsSkippedOnlyWhole() {
    byte[] body = SAMPLE.getBytes(StandardCharsets.UTF_8);
    assertThat(ReportReader.strict().read(concat(bytes(0xEF, 0xBB, 0xBF), body), "b").loans()).hasSize(2);
    // Two bytes of a mark are not a mark: the first is where the text stops being UTF-8.
    assertThat(only(concat(bytes(0xEF, 0xBB), body))).hasToString(
        "$ (line 1): invalid UTF-8 at byte offset 0; save the file as UTF-8");
    // EF BB BE is U+FEFE, a character of its own, which no JSON value starts with: the text is UTF-8,
    // so the parser refuses it, in words that differ between Jackson's releases.
    assertThat(only(concat(bytes(0xEF, 0xBB, 0xBE), body)).reason()).startsWith("malformed JSON: ")
        .doesNotContain("save the file as UTF-8");
    assertThat(only(bytes(0xEF, 0xBB, 0xBF)).reason()).isEqualTo("empty document: expected a report object");
    assertThat(only(bytes(0xEF, 0xBB, 0xBF, '7')).reason()).isEqualTo("expected a report object, found an integer");
    assertThat(only(bytes('7')).reason()).isEqualTo("expected a report object, found an integer");
    assertThat(only(bytes(0xC3)).reason()).isEqualTo("invalid UTF-8 at byte offset 0");
  }

  @Test
  void aLeadByteThatEndsTheDocumentIsWhereItStopsBeingUtf8() {
    assertThat(only(bytes('{', '\n', ' ', 0xC3))).hasToString(
        "$ (line 2): invalid UTF-8 at byte offset 3; save the file as UTF-8");
    assertThat(only(bytes('{', '\n', ' ', 0xF0, 0x9F))).hasToString(
        "$ (line 2): invalid UTF-8 at byte offset 3; save the file as UTF-8");
  }

  @Test
  void aRawNulIsUtf8ThatJsonRefuses() {
    assertThat(only(bytes('{', '\n', ' ', 0, '}')).reason()).startsWith("malformed JSON: Illegal character");
  }

  @Test
  void aDocumentOfAnyLengthIsCheckedToItsLastByte() {
    // The check takes eight ASCII bytes at a time: every length modulo eight ends the document once.
    byte[] body = SAMPLE.getBytes(StandardCharsets.UTF_8);
    for (int pad = 0; pad < 8; pad++) {
      byte[] padded = concat(body, " ".repeat(pad).getBytes(StandardCharsets.US_ASCII));
      assertThat(ReportReader.strict().read(padded, "b").loans()).as("%d spaces", pad).hasSize(2);
      byte[] bad = concat(body, " ".repeat(pad).getBytes(StandardCharsets.US_ASCII), bytes(0xFF));
      assertThat(only(bad).reason()).isEqualTo("invalid UTF-8 at byte offset " + (body.length + pad));
    }
  }

  /** Bytes of valid and nearly valid UTF-8, and line ends. */
  private static final Gen<byte[]> PIECES = (r, size) -> {
    byte[][] pieces = {
        bytes('a'), bytes('\n'), bytes(0xC3, 0xA9), bytes(0xC2, 0x80), bytes(0xDF, 0xBF), bytes(0xE2, 0x80, 0x94),
        bytes(0xF0, 0x9F, 0x87, 0xB5), bytes(0xC0, 0xAF), bytes(0xC1, 0xBF), bytes(0xED, 0xA0, 0x80),
        bytes(0xED, 0x9F, 0xBF), bytes(0xE0, 0x80, 0x80), bytes(0xE0, 0xA0, 0x80), bytes(0xEF, 0xBF, 0xBF),
        bytes(0xF0, 0x80, 0x80, 0x80), bytes(0xF0, 0x90, 0x80, 0x80), bytes(0xF4, 0x90, 0x80, 0x80),
        bytes(0xF4, 0x8F, 0xBF, 0xBF), bytes(0xF1, 0x80, 0x80, 0x80), bytes(0xF5, 0x80), bytes(0xFF), bytes(0x80),
        bytes(0xE2, 0x80), bytes(0xE2, 0x28, 0xA1), bytes(0xF0, 0x9F, 0x87), bytes(0xBF), bytes(0xC3), bytes(0xE2), bytes(0),
        "abcdefghij".getBytes()};
    int n = r.nextInt(1 + size);
    byte[] out = "{\n".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < n; i++) {
      out = concat(out, pieces[r.nextInt(pieces.length)]);
    }
    return out;
  };

  @Test
  void theFirstByteThatIsNotUtf8IsWhereTheJdkFindsIt() {
    Property.forAll("the reader's UTF-8 problem is at the JDK decoder's first error", PIECES).tries(2_000).maxSize(20)
        .verify(b -> {
          int bad = Utf8CheckTest.jdk(b);
          ReportException e = catchThrowableOfType(ReportException.class, () -> ReportReader.strict().read(b, "b"));
          Problem p = e.problems().get(0);
          if (bad < 0) {
            assertThat(p.reason()).as(Arrays.toString(b)).doesNotContain("UTF-8");
            return;
          }
          int line = 1;
          for (int i = 0; i < bad; i++) {
            line += b[i] == '\n' ? 1 : 0;
          }
          assertThat(e.problems()).as(Arrays.toString(b)).containsExactly(Problem.of("$", line, 0,
              "invalid UTF-8 at byte offset " + bad, null, "save the file as UTF-8"));
        });
  }
}
