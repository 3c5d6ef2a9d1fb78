package io.github.bilateral.io;

import java.util.List;

/** The encoding check of the reader: UTF-8 only, checked whole before any token is read. */
final class Utf8 {

  private Utf8() {}

  /**
   * By lead byte: the length of the sequence it starts (0 if it starts none) and the range of the
   * second byte, as the Unicode standard's table 3-7 gives them; the bytes after the second are
   * 0x80 to 0xBF.
   */
  private static final int[] LENGTH = new int[256];
  private static final int[] SECOND_MIN = new int[256];
  private static final int[] SECOND_MAX = new int[256];

  static {
    for (int b = 0xC2; b <= 0xF4; b++) {
      LENGTH[b] = b <= 0xDF ? 2 : b <= 0xEF ? 3 : 4;
      SECOND_MIN[b] = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
      SECOND_MAX[b] = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
    }
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /**
   * Returns the index of the first byte at which {@code bytes} stops being well-formed UTF-8 (as
   * the Unicode standard's table 3-7 defines it: no overlong forms, no surrogates, nothing above
   * U+10FFFF), or -1. Runs of ASCII, most of any report, are checked eight bytes at a time.
   */
  static int firstInvalid(byte[] bytes, int from) {
    int i = from;
    int n = bytes.length;
    while (i < n) {
      // Eight ASCII bytes at a time: no byte of the word has its high bit set.
      while (i + 8 <= n && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
        i += 8;
      }
      if (i >= n) {
        break;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xff;
      int length = LENGTH[b];
      if (length == 0 || i + 1 >= n) {
        return i;
      }
      int second = bytes[i + 1] & 0xff;
      if (second < SECOND_MIN[b] || second > SECOND_MAX[b]) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        if (i + k >= n || (bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }

  /** Rejects anything but UTF-8 up front, so that a UTF-16 document is never guessed at. */
  static void check(byte[] bytes, int offset, String source) {
    if (bytes.length - offset >= 2 && ((bytes[offset] == 0 || bytes[offset + 1] == 0)
        || ((bytes[offset] & 0xff) == 0xFE && (bytes[offset + 1] & 0xff) == 0xFF)
        || ((bytes[offset] & 0xff) == 0xFF && (bytes[offset + 1] & 0xff) == 0xFE))) {
      throw new ReportException(source, List.of(Problem.of("$", 1, 1,
          "not UTF-8: the document looks like UTF-16 or UTF-32", null, "save the file as UTF-8")));
    }
    int bad = firstInvalid(bytes, offset);
    if (bad >= 0) {
      int line = 1;
      for (int i = offset; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new ReportException(source, List.of(Problem.of("$", line, 0,
          "invalid UTF-8 at byte offset " + bad, null, "save the file as UTF-8")));
    }
  }

  /** Returns the length of the UTF-8 byte-order mark at the start of {@code bytes}: 3, or 0 if there is none. */
  static int byteOrderMark(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
        ? 3 : 0;
  }
}
