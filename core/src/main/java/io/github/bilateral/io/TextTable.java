package io.github.bilateral.io;

import org.jspecify.annotations.Nullable;

/**
 * A table from text to a value that can be looked up by the parser's characters as they stand in its
 * buffer, so that a text already seen, such as an id named a hundred times, is found without making
 * a {@code String} of it. The hash is {@link String#hashCode()}, worked out over the characters and
 * kept beside each key, so that a probe reads a key's characters only when the hashes match.
 * A text can be marked: the reader marks the id of each fact it declares, so that a reference found
 * here needs no second look-up to know that its fact exists.
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
    return values[slot(chars, offset, length)];
  }

  /** The slot of the text {@code chars[offset, offset + length)}: where it is kept, or the empty slot where it would go. */
  int slot(char[] chars, int offset, int length) {
    int h = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + chars[i];
    }
    return indexOf(h, chars, offset, length);
  }

  /** The value kept in slot {@code slot}, or null if the slot is empty. */
  @Nullable Object valueAt(int slot) {
    return values[slot];
  }

  /** Whether the text kept in slot {@code slot} is marked; false for an empty slot. */
  boolean marked(int slot) {
    return marks != null && marks[slot];
  }

  /** Marks the text {@code key} if the table keeps it. */
  void mark(String key) {
    int i = indexOf(key);
    if (keys[i] != null) {
      if (marks == null) {
        marks = new boolean[keys.length];
      }
      marks[i] = true;
    }
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
