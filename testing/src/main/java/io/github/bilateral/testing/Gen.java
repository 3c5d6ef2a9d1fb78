package io.github.bilateral.testing;

import java.util.ArrayList;
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

  /**
   * Returns a value drawn from {@code random}, no bigger than {@code size} allows.
   *
   * @param random the source of randomness, not null; the same seed gives the same value
   * @param size how big the value may grow, zero or more
   * @return the generated value
   */
  T generate(SplittableRandom random, int size);

  /**
   * Returns a generator of {@code f} applied to this generator's values.
   *
   * @param f the function applied to each generated value, not null
   * @param <U> the type of value the new generator returns
   * @return the mapped generator, not null
   */
  default <U> Gen<U> map(Function<? super T, ? extends U> f) {
    return (r, size) -> f.apply(generate(r, size));
  }

  /**
   * Returns a generator that uses this generator's value to choose the next generator.
   *
   * @param f the function from a generated value to the generator drawn from next, not null; it
   *     must not return null
   * @param <U> the type of value the chosen generators return
   * @return the chained generator, not null
   */
  default <U> Gen<U> flatMap(Function<? super T, Gen<U>> f) {
    return (r, size) -> f.apply(generate(r, size)).generate(r, size);
  }

  /**
   * Returns a generator of pairs of this and {@code other}'s values, combined by {@code f}.
   *
   * @param other the generator of the second value, not null; it draws after this one
   * @param f the function combining the two values into one, not null
   * @param <U> the type of {@code other}'s values
   * @param <V> the type of the combined values
   * @return the combined generator, not null
   */
  default <U, V> Gen<V> zip(Gen<U> other, BiFunction<? super T, ? super U, ? extends V> f) {
    return (r, size) -> f.apply(generate(r, size), other.generate(r, size));
  }

  /**
   * Returns a generator that always returns {@code value}.
   *
   * @param value the value to return every time
   * @param <T> the type of the value
   * @return the constant generator, not null
   */
  static <T> Gen<T> constant(T value) {
    return (r, size) -> value;
  }

  /**
   * Returns a generator of integers in {@code [min, max]}, chosen uniformly whatever the size.
   *
   * @param min the smallest value, inclusive
   * @param max the largest value, inclusive; at least {@code min}
   * @return the generator, not null
   */
  static Gen<Integer> ints(int min, int max) {
    return (r, size) -> between(r, min, max);
  }

  /** {@return a generator of booleans, each equally likely, not null} */
  static Gen<Boolean> booleans() {
    return (r, size) -> r.nextBoolean();
  }

  /**
   * Returns a generator of one of {@code values}, chosen uniformly. The array is copied, so later
   * changes to it do not reach the generator.
   *
   * @param values the values to choose from, not null and not empty
   * @param <T> the type of the values
   * @return the generator, not null
   */
  @SafeVarargs
  static <T> Gen<T> elements(T... values) {
    // Copied element by element: handing the array itself on (even as clone()) would let a T[]
    // escape, which is what makes a generic varargs method unsafe, and javac warns of it.
    List<T> list = new ArrayList<>(values.length);
    for (T value : values) {
      list.add(value);
    }
    return (r, size) -> list.get(r.nextInt(list.size()));
  }

  /**
   * Returns a generator of one of {@code values}, chosen uniformly. The list is copied, so later
   * changes to it do not reach the generator.
   *
   * @param values the values to choose from, not null, not empty and without null elements
   * @param <T> the type of the values
   * @return the generator, not null
   */
  static <T> Gen<T> elements(List<T> values) {
    List<T> list = List.copyOf(values);
    return (r, size) -> list.get(r.nextInt(list.size()));
  }

  /**
   * Returns a generator that picks one of {@code gens} uniformly and uses it.
   *
   * @param gens the generators to choose from, not null, not empty and without null elements
   * @param <T> the type of value generated
   * @return the generator, not null
   */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    return (r, size) -> gens[r.nextInt(gens.length)].generate(r, size);
  }

  /**
   * Returns a generator of empty (one time in three) or present values of {@code gen}.
   *
   * @param gen the generator of the present values, not null; it must not return null
   * @param <T> the type of the present values
   * @return the generator of optional values, not null
   */
  static <T> Gen<Optional<T>> optional(Gen<T> gen) {
    return (r, size) -> r.nextInt(3) == 0 ? Optional.empty() : Optional.of(gen.generate(r, size));
  }

  /**
   * Returns a generator of lists of {@code gen}'s values, with a length in {@code [min, max]}
   * capped by size (but never below {@code min}). The lists are mutable and new on every draw.
   *
   * @param gen the generator of the elements, not null
   * @param min the shortest length, zero or more
   * @param max the longest length, at least {@code min}
   * @param <T> the type of the elements
   * @return the generator of lists, not null
   */
  static <T> Gen<List<T>> listOf(Gen<T> gen, int min, int max) {
    return (r, size) -> {
      int cap = Math.max(min, Math.min(max, size));
      int n = between(r, min, cap);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(gen.generate(r, size));
      }
      return out;
    };
  }

  /**
   * Returns a generator of lowercase kebab-case identifiers such as {@code ab-3c}: one to three
   * parts of lowercase ASCII letters and digits, each part at most eight characters and no longer
   * than the size allows.
   *
   * @return the generator, not null
   */
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
   *
   * @return the generator, not null; it never returns an empty or blank string
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

  /**
   * Returns an integer drawn uniformly from {@code [min, max]}. The width {@code max - min + 1}
   * overflows an {@code int} once the range holds more than {@link Integer#MAX_VALUE} values, so
   * such a range is drawn as a long; a narrower one draws exactly as {@code min + nextInt(width)},
   * so that the values of existing seeds do not change.
   */
  private static int between(SplittableRandom r, int min, int max) {
    long width = (long) max - min + 1;
    if (width <= Integer.MAX_VALUE) {
      return min + r.nextInt((int) width);
    }
    return (int) r.nextLong(min, (long) max + 1);
  }
}
