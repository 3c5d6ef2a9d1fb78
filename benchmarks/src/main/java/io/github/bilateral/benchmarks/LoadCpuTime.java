package io.github.bilateral.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@link LoadBenchmark}'s loads timed by CPU time rather than by the wall clock, for a machine that
 * other work keeps busy: there a load waits for a core as long as it runs, and wall times say more
 * about the machine than about the code. Each variant is the same method as in {@code
 * LoadBenchmark}; they take turns within each round, so that a change in load falls on all of them,
 * and the median of the rounds is reported, for the loading thread's own CPU time and for the whole
 * process's (which adds the collector's work, the price of what a load allocates).
 *
 * <pre>
 * java -Xms6g -Xmx6g -XX:+AlwaysPreTouch -XX:-BackgroundCompilation \
 *     -cp benchmarks/target/benchmarks.jar io.github.bilateral.benchmarks.LoadCpuTime 1mb,30mb 9
 * </pre>
 *
 * <p>Each result is consumed by its identity hash, which costs the same for every variant: a
 * deep {@code hashCode()} would add a walk of the whole model to the library's time and of the whole
 * record tree to databind's, work that is not loading.
 *
 * <p>{@code -XX:-BackgroundCompilation} makes the loading thread wait for the compiler, so that the
 * code is compiled by the end of the warm-up even when the compiler's threads get little of the
 * machine.
 */
public final class LoadCpuTime {

  private LoadCpuTime() {}

  /** Arguments: the datasets, comma-separated, and the number of measured rounds. */
  public static void main(String[] args) throws Exception {
    String[] datasets = args.length > 0 ? args[0].split(",") : new String[] {"1mb", "30mb"};
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long sink = 0;
    for (String dataset : datasets) {
      LoadBenchmark b = new LoadBenchmark();
      b.dataset = dataset;
      b.setUp();
      Map<String, Callable<Object>> variants = new LinkedHashMap<>();
      variants.put("library", b::library);
      variants.put("tokenWalk", b::tokenWalk);
      variants.put("tokenWalkWithValues", b::tokenWalkWithValues);
      variants.put("readTree", b::readTree);
      variants.put("databind", b::databind);
      // Warm-up: each variant until it has used 3 s of CPU, and at least 10 times.
      for (Callable<Object> v : variants.values()) {
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < 10 || threads.getCurrentThreadCpuTime() - start < 3_000_000_000L; i++) {
          sink += System.identityHashCode(v.call());
        }
      }
      Map<String, List<long[]>> times = new LinkedHashMap<>();
      variants.keySet().forEach(k -> times.put(k, new ArrayList<>()));
      for (int r = 0; r < rounds; r++) {
        for (Map.Entry<String, Callable<Object>> v : variants.entrySet()) {
          long thread = threads.getCurrentThreadCpuTime();
          long process = os.getProcessCpuTime();
          sink += System.identityHashCode(v.getValue().call());
          times.get(v.getKey()).add(new long[] {threads.getCurrentThreadCpuTime() - thread,
              os.getProcessCpuTime() - process});
        }
      }
      double libThread = median(times.get("library"), 0);
      double libProcess = median(times.get("library"), 1);
      System.out.printf("%s, %d rounds, median CPU ms per load (thread / process), library divided by each%n",
          dataset, rounds);
      for (Map.Entry<String, List<long[]>> t : times.entrySet()) {
        double thread = median(t.getValue(), 0);
        double process = median(t.getValue(), 1);
        System.out.printf("  %-20s %9.2f / %9.2f   library / this: %5.2f / %5.2f%n", t.getKey(), thread / 1e6,
            process / 1e6, libThread / thread, libProcess / process);
      }
    }
    System.out.println("(checksum " + sink + ")");
  }

  private static double median(List<long[]> values, int which) {
    long[] v = values.stream().mapToLong(a -> a[which]).toArray();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
  }
}
