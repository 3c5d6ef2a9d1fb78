package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.testing.Gen;
import io.github.bilateral.testing.Property;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The reader's own UTF-8 check agrees with the JDK's strict decoder, on where the first bad byte is. */
class Utf8CheckTest {

  /** Byte strings made of pieces of valid and nearly valid UTF-8. */
  private static final Gen<byte[]> BYTES = (r, size) -> {
    byte[][] pieces = {
        {'a'}, {'"'}, {(byte) 0xC3, (byte) 0xA9}, {(byte) 0xE2, (byte) 0x80, (byte) 0x94},
        {(byte) 0xF0, (byte) 0x9F, (byte) 0x87, (byte) 0xB5}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xED, (byte) 0x9F, (byte) 0xBF},
        {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xE0, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF5}, {(byte) 0xFF}, {(byte) 0x80},
        {(byte) 0xE2, (byte) 0x80}, {(byte) 0xBF}};
    int n = r.nextInt(1 + size);
    byte[] out = new byte[0];
    for (int i = 0; i < n; i++) {
      byte[] p = pieces[r.nextInt(pieces.length)];
      out = Arrays.copyOf(out, out.length + p.length);
      System.arraycopy(p, 0, out, out.length - p.length, p.length);
    }
    return out;
  };

  /** The index of the first byte the JDK's strict decoder refuses, or -1. */
  static int jdk(byte[] bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result = d.decode(in, CharBuffer.allocate(bytes.length * 2 + 2), true);
    return result.isError() ? in.position() : -1;
  }

  @Test
  void agreesWithTheJdkDecoder() {
    Property.forAll("first invalid UTF-8 byte", BYTES).tries(20_000).maxSize(12)
        .verify(b -> assertThat(Utf8.firstInvalid(b, 0)).as(Arrays.toString(b)).isEqualTo(jdk(b)));
  }

  @Test
  void startsWhereItIsTold() {
    byte[] b = {(byte) 0xFF, 'a', (byte) 0xC3, (byte) 0xA9};
    assertThat(Utf8.firstInvalid(b, 0)).isZero();
    assertThat(Utf8.firstInvalid(b, 1)).isEqualTo(-1);
  }
}
