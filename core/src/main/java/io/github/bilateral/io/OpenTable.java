package io.github.bilateral.io;

/**
 * The storage of the reader's hashed tables: open addressing with linear probing, in a power-of-two
 * number of slots never more than half full. Each key's hash is kept beside it in an array of its
 * own, so that a probe compares hashes in one array and touches a key only when they match; how a
 * key is compared is the subclass's.
 */
abstract class OpenTable {

  int[] hashes;
  Object[] keys;
  Object[] values;
  private int size;

  /** @param capacity a power of two */
  OpenTable(int capacity) {
    hashes = new int[capacity];
    keys = new Object[capacity];
    values = new Object[capacity];
  }

  /** The slot where a probe for a key of hash {@code h} starts. */
  final int first(int h) {
    return (h ^ (h >>> 16)) & (keys.length - 1);
  }

  /** The slot a probe visits after slot {@code i}. */
  final int next(int i) {
    return (i + 1) & (keys.length - 1);
  }

  /** Puts {@code key} and {@code value} in the empty slot {@code i}; returns {@code value}. */
  final Object put(int i, int h, Object key, Object value) {
    hashes[i] = h;
    keys[i] = key;
    values[i] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
    return value;
  }

  /** The number of keys kept. */
  final int size() {
    return size;
  }

  private void grow() {
    int[] oldHashes = hashes;
    Object[] oldKeys = keys;
    Object[] oldValues = values;
    hashes = new int[oldKeys.length * 2];
    keys = new Object[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = first(oldHashes[j]);
        while (keys[i] != null) {
          i = next(i);
        }
        hashes[i] = oldHashes[j];
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }
}
