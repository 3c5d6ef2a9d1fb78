package io.github.bilateral.testing;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs a property over many generated values, deterministically: try {@code i} draws its value from
 * a random source seeded with {@code seed + i}. The base seed is fixed (so test runs repeat) unless
 * the system property {@code bilateral.seed} sets another. On failure it shrinks a little, by
 * regenerating the failing try's value at smaller sizes, and reports the seed, the size and the
 * smallest failing value, so that the case can be replayed with {@code -Dbilateral.seed=...}.
 *
 * <pre>{@code
 * Property.forAll("partial dates read back what they print", Generators.partialDates())
 *     .tries(1000)
 *     .check(d -> PartialDate.parse(d.toString()).equals(d));
 * }</pre>
 *
 * @param <T> the type of value checked
 */
public final class Property<T> {

  /** The default base seed. */
  public static final long DEFAULT_SEED = 20231201L;

  /**
   * The system property that scales every property's number of tries, such as {@code 0.1} for a
   * tenth. Runs that repeat the whole suite many times (mutation testing) set it; a property always
   * makes at least one try. Unset, or not a positive number, means 1.
   */
  public static final String TRIES_SCALE_PROPERTY = "bilateral.tries.scale";

  private final String name;
  private final Gen<T> gen;
  private int tries = 200;
  private int maxSize = 30;
  private long seed = Long.getLong("bilateral.seed", DEFAULT_SEED);

  private Property(String name, Gen<T> gen) {
    this.name = name;
    this.gen = gen;
  }

  /**
   * Starts a property named {@code name} over the values of {@code gen}.
   *
   * @param name what the property claims, in words; printed when it fails; not null
   * @param gen the generator of the values checked, not null
   * @param <T> the type of value checked
   * @return a property with the default tries, size and seed, not null
   */
  public static <T> Property<T> forAll(String name, Gen<T> gen) {
    return new Property<>(name, gen);
  }

  /**
   * Sets the number of tries (default 200), which the system property {@value #TRIES_SCALE_PROPERTY}
   * can scale down.
   *
   * @param tries how many values to generate and check
   * @return this property, not null
   */
  public Property<T> tries(int tries) {
    this.tries = tries;
    return this;
  }

  /**
   * Sets the largest size passed to the generator (default 30). The sizes grow evenly with the
   * tries, from 1 on the first try to exactly {@code maxSize} on the last (with 200 tries and the
   * default, try {@code i} from zero has size {@code 1 + i * 29 / 199}); a property of one try
   * makes it at {@code maxSize}, and a {@code maxSize} of 0 or 1 is the size of every try. Shrinking
   * then tries the sizes below the failing one, down to 0.
   *
   * @param maxSize the size of the last try, zero or more
   * @return this property, not null
   * @throws IllegalArgumentException if {@code maxSize} is negative
   */
  public Property<T> maxSize(int maxSize) {
    if (maxSize < 0) {
      throw new IllegalArgumentException("maxSize must be zero or more: " + maxSize);
    }
    this.maxSize = maxSize;
    return this;
  }

  /**
   * Sets the base seed, overriding {@code bilateral.seed}.
   *
   * @param seed the seed of the first try; try {@code i} uses {@code seed + i}
   * @return this property, not null
   */
  public Property<T> seed(long seed) {
    this.seed = seed;
    return this;
  }

  /**
   * Checks that {@code predicate} holds for every generated value.
   *
   * @param predicate the test each value must pass, not null
   * @throws AssertionError if a value fails the predicate or the predicate throws; the message
   *     names the property, the seed to replay it and the smallest failing value
   */
  public void check(Predicate<? super T> predicate) {
    verify(v -> {
      if (!predicate.test(v)) {
        throw new AssertionError("predicate returned false");
      }
    });
  }

  /**
   * Checks that {@code assertion} completes normally for every generated value.
   *
   * @param assertion the check run on each value, not null; it fails by throwing an {@link
   *     AssertionError} or a {@link RuntimeException}
   * @throws AssertionError if the assertion fails on a value, with the failure as its cause; the
   *     message names the property, the seed to replay it and the smallest failing value
   */
  public void verify(Consumer<? super T> assertion) {
    int tries = scaledTries(this.tries, System.getProperty(TRIES_SCALE_PROPERTY));
    for (int i = 0; i < tries; i++) {
      long trySeed = seed + i;
      int size = size(i, tries, maxSize);
      T value = gen.generate(new SplittableRandom(trySeed), size);
      Throwable failure = failure(assertion, value);
      if (failure == null) {
        continue;
      }
      int smallest = size;
      T smallestValue = value;
      Throwable smallestFailure = failure;
      for (int s = size - 1; s >= 0; s--) {
        T candidate = gen.generate(new SplittableRandom(trySeed), s);
        Throwable f = failure(assertion, candidate);
        if (f != null) {
          smallest = s;
          smallestValue = candidate;
          smallestFailure = f;
        }
      }
      AssertionError error = new AssertionError("Property '" + name + "' failed on try " + (i + 1)
          + " of " + tries + " (replay with -Dbilateral.seed=" + seed + "; try seed " + trySeed
          + ", size " + size + ", shrunk to size " + smallest + ")\nvalue: " + clip(String.valueOf(smallestValue))
          + "\nfailure: " + clip(String.valueOf(smallestFailure)), smallestFailure);
      throw error;
    }
  }

  /**
   * Returns the size of try {@code i} (from zero) of {@code tries}: the sizes grow evenly from 1 on
   * the first try to {@code maxSize} on the last, and a single try has {@code maxSize}. A {@code
   * maxSize} of 0 or 1 is the size of every try.
   */
  static int size(int i, int tries, int maxSize) {
    if (tries <= 1 || maxSize <= 1) {
      return maxSize;
    }
    return 1 + (int) ((long) i * (maxSize - 1) / (tries - 1));
  }

  /**
   * Returns {@code tries} scaled by {@code scale}, the text of {@link #TRIES_SCALE_PROPERTY}: at
   * least one, and {@code tries} itself when {@code scale} is absent, not a number, not positive
   * or above one.
   */
  static int scaledTries(int tries, String scale) {
    if (scale == null || tries <= 1) {
      return tries;
    }
    double factor;
    try {
      factor = Double.parseDouble(scale.trim());
    } catch (NumberFormatException e) {
      return tries;
    }
    if (!(factor > 0) || factor >= 1) {
      return tries;
    }
    return Math.max(1, (int) Math.round(tries * factor));
  }

  private static String clip(String s) {
    return s.length() <= 4000 ? s : s.substring(0, 4000) + "... (" + (s.length() - 4000) + " more characters)";
  }

  private static <T> Throwable failure(Consumer<? super T> assertion, T value) {
    try {
      assertion.accept(value);
      return null;
    } catch (RuntimeException | AssertionError e) {
      return e;
    }
  }
}
