package io.github.bilateral.io;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A table from text to a value that can be looked up by the parser's characters as they stand in its
 * buffer, so that a text already seen, such as an id named a hundred times, is found without making
 * a {@code String} of it. Open addressing with linear probing; the hash is {@link String#hashCode()},
 * worked out over the characters. Each key's hash and characters are kept beside it in arrays of
 * their own, so that a probe compares hashes in one array and touches a key's characters only when
 * the hashes match, and never the {@code String}.
 */
final class TextTable {

  private int[] hashes;
  private char[][] keys;
  private Object[] values;
  private int size;

  TextTable() {
    this(64);
  }

  /** @param capacity a power of two */
  TextTable(int capacity) {
    hashes = new int[capacity];
    keys = new char[capacity][];
    values = new Object[capacity];
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
    if (keys[i] != null) {
      return values[i];
    }
    hashes[i] = h;
    keys[i] = chars;
    values[i] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
    return value;
  }

  /** The slot of the text with hash {@code h}, or the empty slot where it would go. */
  private int indexOf(int h, char[] chars, int offset, int length) {
    int mask = keys.length - 1;
    int i = spread(h) & mask;
    char[] k;
    while ((k = keys[i]) != null
        && !(hashes[i] == h && Arrays.equals(k, 0, k.length, chars, offset, offset + length))) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    int[] oldHashes = hashes;
    char[][] oldKeys = keys;
    Object[] oldValues = values;
    hashes = new int[oldKeys.length * 2];
    keys = new char[oldKeys.length * 2][];
    values = new Object[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = spread(oldHashes[j]) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        hashes[i] = oldHashes[j];
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
