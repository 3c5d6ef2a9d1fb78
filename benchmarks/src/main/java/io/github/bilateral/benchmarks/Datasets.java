package io.github.bilateral.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The named synthetic datasets the benchmarks use, all with seed {@value #SEED}, written on first
 * use under {@code benchmarks/target/data} (or the directory in the system property {@code
 * bilateral.data}) and reused while the file exists.
 *
 * <table>
 * <caption>Datasets</caption>
 * <tr><th>name</th><th>size</th></tr>
 * <tr><td>{@code 1mb}, {@code 30mb}, {@code 250mb}, {@code 300mb}</td><td>about that many bytes</td></tr>
 * <tr><td>{@code 1k}, {@code 100k}, {@code 1m}</td><td>about that many facts, compact (see
 * {@link SyntheticReport#compact()})</td></tr>
 * </table>
 */
public final class Datasets {

  /** The seed of every standard dataset. */
  public static final long SEED = 42;

  private Datasets() {}

  /** Returns the generator of the dataset {@code name}. */
  public static SyntheticReport generator(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "1mb": return SyntheticReport.ofBytes(1_000_000L, SEED);
      case "30mb": return SyntheticReport.ofBytes(30_000_000L, SEED);
      case "250mb": return SyntheticReport.ofBytes(250_000_000L, SEED);
      case "300mb": return SyntheticReport.ofBytes(300_000_000L, SEED);
      case "1k": return SyntheticReport.ofFacts(1_000, SEED).compact();
      case "100k": return SyntheticReport.ofFacts(100_000, SEED).compact();
      case "1m": return SyntheticReport.ofFacts(1_000_000, SEED).compact();
      default: throw new IllegalArgumentException("unknown dataset '" + name
          + "' (known: 1mb, 30mb, 250mb, 300mb, 1k, 100k, 1m)");
    }
  }

  /** Returns the file of the dataset {@code name} in {@code dir}, named for the generator's edition. */
  public static Path path(Path dir, String name) {
    return dir.resolve("synthetic-" + name.toLowerCase(Locale.ROOT) + "-e" + SyntheticReport.EDITION + ".json");
  }

  /** The directory of the datasets. */
  public static Path directory() {
    return Path.of(System.getProperty("bilateral.data", "benchmarks/target/data")).toAbsolutePath();
  }

  /** Returns the file of the dataset {@code name}, writing it first if it does not exist. */
  public static synchronized Path file(String name) {
    Path file = path(directory(), name);
    if (!Files.exists(file)) {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      generator(name).write(tmp);
      try {
        Files.move(tmp, file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }

  /** Returns the bytes of the dataset {@code name}. */
  public static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(file(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
