package io.github.bilateral.benchmarks;

import io.github.bilateral.io.ReportReader;
import io.github.bilateral.model.Report;
import io.github.bilateral.query.ReportQuery;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 2: building every index of {@code ReportQuery.shared(report)} (ids, folded names, filters, money,
 * graph, timeline) for a report already loaded, separately from loading it; compare with {@code
 * LoadBenchmark.library} on the same dataset.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class IndexBenchmark {

  @Param({"1mb", "30mb"})
  public String dataset;

  private Report report;

  @Setup(Level.Trial)
  public void setUp() {
    report = ReportReader.strict().withMaxBytes(Long.MAX_VALUE).withMaxFacts(Integer.MAX_VALUE).read(Datasets.file(dataset));
  }

  /** A fresh query (not the report's cached one) with every index built. */
  @Benchmark
  public ReportQuery buildIndexes() {
    return ReportQuery.of(report).prepare();
  }
}
