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
 * that prints hello world, and the command-line tool's {@code summary} (load the bundled report,
 * print its overview), plain, with an AppCDS archive made by a first run with {@code
 * -XX:ArchiveClassesAtExit}, and with the archive and only the C1 compiler. Every variant runs
 * once to warm the file cache, then {@code runs} times; the median is reported, with its ratio to
 * hello world.
 *
 * <p>Arguments: the command-line tool's jar (default {@code examples/target/bilateral.jar}), this
 * module's jar with the hello-world class (default {@code benchmarks/target/benchmarks.jar}) and
 * the number of runs (default 11).
 */
public final class ColdStart {

  private ColdStart() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path cli = Path.of(args.length > 0 ? args[0] : "examples/target/bilateral.jar").toAbsolutePath();
    Path jar = Path.of(args.length > 1 ? args[1] : "benchmarks/target/benchmarks.jar").toAbsolutePath();
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 11;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path dir = jar.getParent().resolve("cds");
    Files.createDirectories(dir);
    String hello = Hello.class.getName();
    Path summaryJsa = dir.resolve("bilateral-summary.jsa");
    // Make the archive from one run of the command it serves.
    Files.deleteIfExists(summaryJsa);
    run(List.of(java, "-XX:ArchiveClassesAtExit=" + summaryJsa, "-jar", cli.toString(), "summary"));

    String[][] variants = {
      {"hello world", java, "-cp", jar.toString(), hello},
      {"bilateral summary", java, "-jar", cli.toString(), "summary"},
      {"bilateral summary, AppCDS", java, "-XX:SharedArchiveFile=" + summaryJsa, "-jar", cli.toString(),
        "summary"},
      {"summary, AppCDS, C1 only", java, "-XX:SharedArchiveFile=" + summaryJsa, "-XX:TieredStopAtLevel=1",
        "-jar", cli.toString(), "summary"},
    };
    double base = 0;
    System.out.printf(Locale.ROOT, "%-27s %10s %10s %10s %8s%n", "process", "median ms", "min ms", "max ms",
        "x hello");
    for (String[] v : variants) {
      List<String> command = Arrays.asList(v).subList(1, v.length);
      run(command);
      double[] ms = new double[runs];
      for (int i = 0; i < runs; i++) {
        ms[i] = run(command);
      }
      Arrays.sort(ms);
      double median = ms[runs / 2];
      if (base == 0) {
        base = median;
      }
      System.out.printf(Locale.ROOT, "%-27s %10.0f %10.0f %10.0f %8.2f%n", v[0], median, ms[0],
          ms[runs - 1], median / base);
    }
  }

  /** Runs one process to its end and returns its wall time in milliseconds. */
  private static double run(List<String> command) throws IOException, InterruptedException {
    List<String> c = new ArrayList<>(command);
    long start = System.nanoTime();
    Process p = new ProcessBuilder(c).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT).redirectInput(new File("/dev/null")).start();
    int exit = p.waitFor();
    double ms = (System.nanoTime() - start) / 1e6;
    if (exit != 0) {
      throw new IllegalStateException("exit " + exit + ": " + String.join(" ", c));
    }
    return ms;
  }
}
