package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The reader's own UTF-8 check stops exactly where the JDK's strict decoder does. */
class Utf8CheckTest {

  private static int jdk(byte[] bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult r = d.decode(in, CharBuffer.allocate(bytes.length + 1), true);
    return r.isError() ? in.position() : -1;
  }

  @Test
  void agreesWithTheJdkDecoderOnRandomBytes() {
    SplittableRandom random = new SplittableRandom(3);
    // Bytes drawn mostly from the interesting ranges: ASCII, continuations, every kind of lead.
    int[] pool = {0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
      0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
    for (int n = 0; n < 200_000; n++) {
      byte[] bytes = new byte[1 + random.nextInt(6)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) pool[random.nextInt(pool.length)];
      }
      assertThat(ReportReader.firstInvalidUtf8(bytes, 0)).as(Arrays.toString(bytes)).isEqualTo(jdk(bytes));
    }
  }

  @Test
  void acceptsEveryCodePoint() {
    StringBuilder sb = new StringBuilder();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
        sb.appendCodePoint(cp);
      }
    }
    byte[] all = sb.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(ReportReader.firstInvalidUtf8(all, 0)).isEqualTo(-1);
  }
}
