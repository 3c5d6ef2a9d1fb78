package io.github.bilateral.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark 5: the wall time of whole processes, started one after the other from this one: a JVM
 * that prints hello world from a class folder (the baseline, the least a JVM takes), the same from
 * this module's large jar (for comparison with earlier runs), the command-line tool's {@code
 * summary} (load the bundled report, print its overview) with {@code java -jar}, and the same
 * through the distribution's launcher {@code bin/bilateral}, which maps an AppCDS archive that its
 * first run made and runs with C1 only and the serial collector. The variants take turns, one run of
 * each per round, so that a change in the machine's load falls on all of them alike; one round warms
 * the file cache (and makes the launcher's archive) before {@code runs} rounds are timed. The
 * median of each is reported with its ratio to the baseline.
 *
 * <p>Arguments: the command-line tool's jar (default {@code examples/target/bilateral.jar}), this
 * module's jar with the hello-world class (default {@code benchmarks/target/benchmarks.jar}), the
 * launcher (default: {@code bin/bilateral} in the examples module's unpacked distribution) and the
 * number of rounds (default 11). The class folder is this module's {@code target/classes}.
 */
public final class ColdStart {

  private ColdStart() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path cli = Path.of(args.length > 0 ? args[0] : "examples/target/bilateral.jar").toAbsolutePath();
    Path jar = Path.of(args.length > 1 ? args[1] : "benchmarks/target/benchmarks.jar").toAbsolutePath();
    Path launcher = args.length > 2 ? Path.of(args[2]).toAbsolutePath() : defaultLauncher(cli.getParent());
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 11;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path classes = jar.getParent().resolve("classes");
    String hello = Hello.class.getName();
    // The launcher makes its archive again when it is older than the jar: start from none.
    Files.deleteIfExists(launcher.getParent().getParent().resolve("lib").resolve("bilateral.jsa"));

    String[][] variants = {
      {"hello world, class folder", java, "-cp", classes.toString(), hello},
      {"hello world, benchmarks.jar", java, "-cp", jar.toString(), hello},
      {"java -jar bilateral.jar summary", java, "-jar", cli.toString(), "summary"},
      {"bin/bilateral summary", launcher.toString(), "summary"},
    };
    double[][] ms = new double[variants.length][runs];
    for (int round = -1; round < runs; round++) {
      for (int v = 0; v < variants.length; v++) {
        List<String> command = Arrays.asList(variants[v]).subList(1, variants[v].length);
        double t = run(command, java);
        if (round >= 0) {
          ms[v][round] = t;
        }
      }
    }
    System.out.printf(Locale.ROOT, "%-32s %10s %10s %10s %8s%n", "process", "median ms", "min ms", "max ms",
        "x hello");
    double base = 0;
    for (int v = 0; v < variants.length; v++) {
      Arrays.sort(ms[v]);
      double median = ms[v][runs / 2];
      if (v == 0) {
        base = median;
      }
      System.out.printf(Locale.ROOT, "%-32s %10.0f %10.0f %10.0f %8.2f%n", variants[v][0], median, ms[v][0],
          ms[v][runs - 1], median / base);
    }
  }

  /** The launcher of the distribution that the examples build unpacks beside {@code bilateral.jar}. */
  private static Path defaultLauncher(Path target) throws IOException {
    try (var dirs = Files.list(target)) {
      Path dist = dirs.filter(p -> p.getFileName().toString().endsWith("-dist") && Files.isDirectory(p)).findFirst()
          .orElseThrow(() -> new IllegalStateException("no unpacked distribution in " + target
              + "; build the examples module with package first"));
      try (var inner = Files.list(dist)) {
        return inner.findFirst().orElseThrow().resolve("bin").resolve("bilateral");
      }
    }
  }

  /** Runs one process to its end and returns its wall time in milliseconds; the launcher gets this JVM's Java. */
  private static double run(List<String> command, String java) throws IOException, InterruptedException {
    List<String> c = new ArrayList<>(command);
    ProcessBuilder pb = new ProcessBuilder(c).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT).redirectInput(new File("/dev/null"));
    pb.environment().put("JAVA_HOME", Path.of(java).getParent().getParent().toString());
    long start = System.nanoTime();
    Process p = pb.start();
    int exit = p.waitFor();
    double ms = (System.nanoTime() - start) / 1e6;
    if (exit != 0) {
      throw new IllegalStateException("exit " + exit + ": " + String.join(" ", c));
    }
    return ms;
  }
}
