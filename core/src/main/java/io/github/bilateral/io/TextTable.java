package io.github.bilateral.io;

import org.jspecify.annotations.Nullable;

/**
 * A table from text to a value that can be looked up by the parser's characters as they stand in its
 * buffer, so that a text already seen, such as an id named a hundred times, is found without making
 * a {@code String} of it. The hash is {@link String#hashCode()}, worked out over the characters and
 * kept beside each key, so that a probe reads a key's characters only when the hashes match.
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
    int i = indexOf(key);
    return keys[i] != null ? values[i] : put(i, key.hashCode(), key, value);
  }

  /** The slot of {@code key}, or the empty slot where it would go. */
  private int indexOf(String key) {
    int h = key.hashCode();
    int i = first(h);
    Object k;
    while ((k = keys[i]) != null && !(hashes[i] == h && k.equals(key))) {
      i = next(i);
    }
    return i;
  }

  /** The slot of the text with hash {@code h}, or the empty slot where it would go. */
  private int indexOf(int h, char[] chars, int offset, int length) {
    int i = first(h);
    Object k;
    while ((k = keys[i]) != null && !(hashes[i] == h && sameText((String) k, chars, offset, length))) {
      i = next(i);
    }
    return i;
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
