package io.github.bilateral.benchmarks;

import io.github.bilateral.compare.Alignment;
import io.github.bilateral.compare.ExtractionScore;
import io.github.bilateral.compare.Pairing;
import io.github.bilateral.compare.ReportDiff;
import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Report;
import io.github.bilateral.testing.ReportEdits;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Benchmark 6: the score of a degraded copy of the bundled report (10% of its facts dropped, their
 * ids renamed, 5% of their fields changed; {@link ReportEdits#degrade} with seed 42), and the time of
 * {@link ReportDiff#between} of the bundled report against that copy and against the {@code 30mb}
 * dataset, each beside its baseline in the same run: reading the second report from its canonical
 * bytes with the strict reader. A timed main rather than JMH: one diff of the 30 MB report takes
 * seconds, and the median of a few rounds after a warm-up says enough.
 *
 * <p>Arguments: the number of timed rounds (default 5).
 */
public final class CompareTiming {

  private CompareTiming() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Report bundled = Reports.usPakistan2023();
    Report degraded = ReportEdits.degrade(bundled, Datasets.SEED, 0.10, 0.05);
    ReportReader reader = ReportReader.strict().withMaxBytes(Long.MAX_VALUE).withMaxFacts(Integer.MAX_VALUE);
    Report large = reader.read(Datasets.file("30mb"));
    System.out.println("degraded copy: " + degraded.factCount() + " facts of " + bundled.factCount()
        + "; score against the bundled report:");
    Alignment alignment = Alignment.of(bundled, degraded);
    long byId = alignment.pairs().stream().filter(p -> p.pairing() == Pairing.ID).count();
    long toOriginal = alignment.pairs().stream()
        .filter(p -> p.newId().equals(p.oldId()) || p.newId().equals("x-" + p.oldId())).count();
    System.out.println(alignment + "; " + toOriginal + " pairs join a fact to its copy, " + byId
        + " kept their ids (sections, citations, and ids two lists share)");
    System.out.print(ExtractionScore.of(degraded, bundled));
    System.out.println();
    System.out.printf(Locale.ROOT, "%-26s %12s %12s %8s%n", "diff of the bundled with", "diff ms", "read ms", "ratio");
    for (Object[] c : new Object[][] {{"its degraded copy", degraded}, {"the 30mb dataset", large}}) {
      Report second = (Report) c[1];
      byte[] bytes = ReportWriter.canonical().toBytes(second);
      double diff = median(rounds, () -> ReportDiff.between(bundled, second));
      double read = median(rounds, () -> reader.read(bytes, "second"));
      System.out.printf(Locale.ROOT, "%-26s %12.1f %12.1f %8.2f%n", c[0], diff, read, diff / read);
    }
  }

  private static Object sink;

  /** Runs {@code work} twice to warm up, then {@code rounds} times, and returns the median in milliseconds. */
  private static double median(int rounds, Supplier<Object> work) {
    for (int i = 0; i < 2; i++) {
      sink = work.get();
    }
    double[] ms = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      sink = work.get();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms[rounds / 2];
  }
}
