package io.github.bilateral.io;

import org.jspecify.annotations.Nullable;

/**
 * A table from text to a value that can be looked up by the parser's characters as they stand in its
 * buffer, so that a text already seen, such as an id named a hundred times, is found without making
 * a {@code String} of it. Open addressing with linear probing; the hash is {@link String#hashCode()},
 * worked out over the characters.
 */
final class TextTable {

  private String[] keys;
  private Object[] values;
  private int size;

  TextTable() {
    this(64);
  }

  /** @param capacity a power of two */
  TextTable(int capacity) {
    keys = new String[capacity];
    values = new Object[capacity];
  }

  /** The value kept for the text {@code chars[offset, offset + length)}, or null. */
  @Nullable Object get(char[] chars, int offset, int length) {
    int h = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + chars[i];
    }
    int mask = keys.length - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return null;
      }
      if (k.hashCode() == h && sameText(k, chars, offset, length)) {
        return values[i];
      }
    }
  }

  /** Keeps {@code value} for {@code key} unless a value is kept already; returns the value kept. */
  Object putIfAbsent(String key, Object value) {
    int i = indexOf(key);
    if (keys[i] != null) {
      return values[i];
    }
    keys[i] = key;
    values[i] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
    return value;
  }

  /** The slot of {@code key}, or the empty slot where it would go. */
  private int indexOf(String key) {
    int h = key.hashCode();
    int mask = keys.length - 1;
    int i = spread(h) & mask;
    while (keys[i] != null && !(keys[i].hashCode() == h && keys[i].equals(key))) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    String[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = indexOf(oldKeys[j]);
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private static boolean sameText(String k, char[] chars, int offset, int length) {
    if (k.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (k.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
