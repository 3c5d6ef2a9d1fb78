package io.github.bilateral.io;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A table from text to a value that can be looked up by the parser's characters as they stand in its
 * buffer, so that a text already seen, such as an id named a hundred times, is found without making
 * a {@code String} of it. The hash is {@link String#hashCode()}, worked out over the characters; each
 * key is kept as its characters, compared at once with the buffer's only when the hashes match.
 */
final class TextTable extends OpenTable {

  TextTable() {
    this(64);
  }

  /** @param capacity a power of two */
  TextTable(int capacity) {
    super(capacity);
  }

  /** The value kept for the text {@code chars[offset, offset + length)}, or null. */
  @Nullable Object get(char[] chars, int offset, int length) {
    int h = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + chars[i];
    }
    return values[indexOf(h, chars, offset, length)];
  }

  /** Keeps {@code value} for {@code key} unless a value is kept already; returns the value kept. */
  Object putIfAbsent(String key, Object value) {
    char[] chars = key.toCharArray();
    int h = key.hashCode();
    int i = indexOf(h, chars, 0, chars.length);
    return keys[i] != null ? values[i] : put(i, h, chars, value);
  }

  /** The slot of the text with hash {@code h}, or the empty slot where it would go. */
  private int indexOf(int h, char[] chars, int offset, int length) {
    int i = first(h);
    Object k;
    while ((k = keys[i]) != null
        && !(hashes[i] == h && Arrays.equals((char[]) k, 0, ((char[]) k).length, chars, offset, offset + length))) {
      i = next(i);
    }
    return i;
  }
}
