package io.github.bilateral.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bilateral.io.ReportReader;
import io.github.bilateral.model.Report;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark 4: the heap a loaded document retains after a full GC, per fact and per input byte,
 * for the library's report, Jackson's {@code readTree} and plain databind into records, read from
 * the same file in the same JVM. Run it with a fixed heap ({@code -Xms = -Xmx}); the figures come
 * from {@link MemoryMXBean} after repeated {@code System.gc()}, so they are accurate to about a
 * megabyte, which is why the smallest dataset is best read as a rough figure. It also prints the
 * time of that one cold load (file read included), a rough figure beside the JMH ones.
 *
 * <p>Arguments: dataset names of {@link Datasets} (default {@code 1mb 30mb}).
 */
public final class HeapFootprint {

  private static Object keep;

  private HeapFootprint() {}

  public static void main(String[] args) throws IOException {
    List<String> names = args.length == 0 ? List.of("1mb", "30mb") : List.of(args);
    System.out.printf(Locale.ROOT, "%-7s %-9s %12s %10s %12s %10s %11s %9s%n", "dataset", "model", "file bytes",
        "facts", "retained", "per fact", "per byte", "load ms");
    // Load each model once first, so that class statics and caches are not counted as retained.
    for (String model : List.of("library", "readTree", "databind")) {
      keep = load(model, Datasets.file("1k"));
    }
    keep = null;
    for (String name : names) {
      Path file = Datasets.file(name);
      long size = Files.size(file);
      int facts = -1;
      for (String model : List.of("library", "readTree", "databind")) {
        long before = usedAfterGc();
        long start = System.nanoTime();
        keep = load(model, file);
        double ms = (System.nanoTime() - start) / 1e6;
        if (keep instanceof Report) {
          facts = ((Report) keep).factCount();
        }
        long retained = usedAfterGc() - before;
        keep = null;
        System.out.printf(Locale.ROOT, "%-7s %-9s %,12d %,10d %,12d %10.1f %11.2f %9.0f%n", name, model, size,
            facts, retained, (double) retained / facts, (double) retained / size, ms);
      }
    }
  }

  private static Object load(String model, Path file) throws IOException {
    switch (model) {
      case "library": return ReportReader.strict().withMaxBytes(Long.MAX_VALUE).withMaxFacts(Integer.MAX_VALUE).read(file);
      case "readTree": return new ObjectMapper().readTree(file.toFile());
      case "databind": return new ObjectMapper().readValue(file.toFile(), PlainRecords.Document.class);
      default: throw new IllegalArgumentException(model);
    }
  }

  /** The heap in use after full collections, once it stops shrinking. */
  static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used && i >= 3) {
        return Math.min(now, used);
      }
      used = Math.min(used, now);
    }
    return used;
  }
}
