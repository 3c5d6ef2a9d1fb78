package io.github.bilateral.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A generator of random values for property tests: a function of a seeded random source and a size.
 * The size bounds how big the value may grow (list lengths, string lengths); {@link Property} lowers
 * it to shrink a failing case. Generators are combined from small ones with {@link #map}, {@link
 * #flatMap}, {@link #zip}, {@link #listOf} and {@link #oneOf}.
 *
 * <pre>{@code
 * Gen<Integer> months = Gen.ints(1, 12);
 * Gen<List<String>> names = Gen.listOf(Gen.kebab(), 0, 5);
 * }</pre>
 *
 * @param <T> the type of value generated
 */
@FunctionalInterface
public interface Gen<T> {

  /** Returns a value drawn from {@code random}, no bigger than {@code size} allows. */
  T generate(SplittableRandom random, int size);

  /** Returns a generator of {@code f} applied to this generator's values. */
  default <U> Gen<U> map(Function<? super T, ? extends U> f) {
    return (r, size) -> f.apply(generate(r, size));
  }

  /** Returns a generator that uses this generator's value to choose the next generator. */
  default <U> Gen<U> flatMap(Function<? super T, Gen<U>> f) {
    return (r, size) -> f.apply(generate(r, size)).generate(r, size);
  }

  /** Returns a generator of pairs of this and {@code other}'s values, combined by {@code f}. */
  default <U, V> Gen<V> zip(Gen<U> other, BiFunction<? super T, ? super U, ? extends V> f) {
    return (r, size) -> f.apply(generate(r, size), other.generate(r, size));
  }

  /** Returns a generator that always returns {@code value}. */
  static <T> Gen<T> constant(T value) {
    return (r, size) -> value;
  }

  /** Returns a generator of integers in {@code [min, max]}. */
  static Gen<Integer> ints(int min, int max) {
    return (r, size) -> min + r.nextInt(max - min + 1);
  }

  /** Returns a generator of booleans. */
  static Gen<Boolean> booleans() {
    return (r, size) -> r.nextBoolean();
  }

  /** Returns a generator of one of {@code values}, chosen uniformly. */
  @SafeVarargs
  static <T> Gen<T> elements(T... values) {
    List<T> list = Arrays.asList(values.clone());
    return (r, size) -> list.get(r.nextInt(list.size()));
  }

  /** Returns a generator of one of {@code values}, chosen uniformly. */
  static <T> Gen<T> elements(List<T> values) {
    List<T> list = List.copyOf(values);
    return (r, size) -> list.get(r.nextInt(list.size()));
  }

  /** Returns a generator that picks one of {@code gens} uniformly and uses it. */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    return (r, size) -> gens[r.nextInt(gens.length)].generate(r, size);
  }

  /** Returns a generator of empty (one time in three) or present values of {@code gen}. */
  static <T> Gen<Optional<T>> optional(Gen<T> gen) {
    return (r, size) -> r.nextInt(3) == 0 ? Optional.empty() : Optional.of(gen.generate(r, size));
  }

  /** Returns a generator of lists of {@code gen}'s values, with a length in {@code [min, max]} capped by size. */
  static <T> Gen<List<T>> listOf(Gen<T> gen, int min, int max) {
    return (r, size) -> {
      int cap = Math.max(min, Math.min(max, size));
      int n = min + r.nextInt(cap - min + 1);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(gen.generate(r, size));
      }
      return out;
    };
  }

  /** Returns a generator of lowercase kebab-case identifiers such as {@code ab-3c}. */
  static Gen<String> kebab() {
    return (r, size) -> {
      int parts = 1 + r.nextInt(3);
      StringBuilder sb = new StringBuilder();
      for (int p = 0; p < parts; p++) {
        if (p > 0) {
          sb.append('-');
        }
        int n = 1 + r.nextInt(Math.max(1, Math.min(8, size)));
        for (int i = 0; i < n; i++) {
          sb.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(r.nextInt(36)));
        }
      }
      return sb.toString();
    };
  }

  /**
   * Returns a generator of non-blank text without surrounding white space, mixing ASCII, accented
   * letters, quotes, Urdu and a character outside the Basic Multilingual Plane, all in NFC.
   */
  static Gen<String> text() {
    String[] atoms = {"a", "Z", "7", " ", "é", "ü", "’", "\"", "\\", "/", "$", "£", "—", "پاکستان", "\uD83C\uDDF5", "ñ", "<", "&"};
    return (r, size) -> {
      int n = 1 + r.nextInt(Math.max(1, Math.min(20, size)));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(atoms[r.nextInt(atoms.length)]);
      }
      String s = java.text.Normalizer.normalize(sb.toString().strip(), java.text.Normalizer.Form.NFC);
      return s.isEmpty() ? "x" : s;
    };
  }
}
