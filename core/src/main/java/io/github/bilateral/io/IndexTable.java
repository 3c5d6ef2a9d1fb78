package io.github.bilateral.io;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Keys, each with the index it was first given: the facts of one kind declared so far by their keys
 * (an id's text, or a citation's footnote number) with their places in their list, or a shape's
 * field names with their slots. A probe compares hashes first, then the key's instance: the reader
 * keeps one instance of each id it reads, and the parser's field names are interned as the format's
 * are, so a look-up mostly finds the very key it was given, and {@code equals} runs only when not.
 */
final class IndexTable extends OpenTable {

  IndexTable() {
    super(64);
  }

  /** Gives {@code key} the index {@code index} unless it has one already; returns the first index, or null. */
  @Nullable Integer putIfAbsent(Object key, Integer index) {
    int h = key.hashCode();
    int i = indexOf(key, h);
    if (keys[i] != null) {
      return (Integer) values[i];
    }
    put(i, h, key, index);
    return null;
  }

  /** Whether {@code key} has an index. */
  boolean contains(Object key) {
    return keys[indexOf(key, key.hashCode())] != null;
  }

  /** The index of {@code key}, or -1 if it has none. */
  int get(Object key) {
    Object index = values[indexOf(key, key.hashCode())];
    return index == null ? -1 : (Integer) index;
  }

  /** The keys kept, as text, in no particular order. */
  List<String> texts() {
    List<String> texts = new ArrayList<>(size());
    for (Object k : keys) {
      if (k != null) {
        texts.add(k.toString());
      }
    }
    return texts;
  }

  /** The slot of {@code key}, or the empty slot where it would go. */
  private int indexOf(Object key, int h) {
    int i = first(h);
    Object k;
    while ((k = keys[i]) != null && !(hashes[i] == h && (k == key || k.equals(key)))) {
      i = next(i);
    }
    return i;
  }
}
