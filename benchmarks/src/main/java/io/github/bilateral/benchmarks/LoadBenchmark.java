package io.github.bilateral.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bilateral.io.ReportReader;
import io.github.bilateral.model.Report;
import java.io.IOException;
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
 * Benchmark 1: loading a whole document from bytes already in memory (no disk), by the library
 * (read, check every field and every reference, build the immutable report) and by three baselines
 * on the same bytes in the same run: Jackson's streaming token walk (the parse limit), the walk that
 * also materialises every scalar, {@code readTree}, and plain databind into records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class LoadBenchmark {

  /** A dataset of {@link Datasets}; 250mb is left out of the default run (see README.md). */
  @Param({"1mb", "30mb"})
  public String dataset;

  private byte[] bytes;
  private final JsonFactory factory = new JsonFactory();
  private final ObjectMapper mapper = new ObjectMapper();
  private final ReportReader reader = ReportReader.strict().withMaxBytes(Long.MAX_VALUE).withMaxFacts(Integer.MAX_VALUE);

  @Setup(Level.Trial)
  public void setUp() {
    bytes = Datasets.bytes(dataset);
  }

  /** The library: strict read, full validation, immutable report. */
  @Benchmark
  public Report library() {
    return reader.read(bytes, dataset);
  }

  /** The parse limit: every token, nothing materialised. */
  @Benchmark
  public long tokenWalk() throws IOException {
    long n = 0;
    try (JsonParser p = factory.createParser(bytes)) {
      while (p.nextToken() != null) {
        n++;
      }
    }
    return n;
  }

  /** Every token, with every string and number materialised (what any typed reader must do). */
  @Benchmark
  public long tokenWalkWithValues() throws IOException {
    long n = 0;
    try (JsonParser p = factory.createParser(bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          n += p.getText().length();
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          n += p.getDecimalValue().signum();
        } else if (t == JsonToken.FIELD_NAME) {
          n += p.currentName().length();
        }
      }
    }
    return n;
  }

  /** Jackson's tree model. */
  @Benchmark
  public JsonNode readTree() throws IOException {
    return mapper.readTree(bytes);
  }

  /** Plain databind into records with java.util collections: what a user would hand-roll. */
  @Benchmark
  public PlainRecords.Document databind() throws IOException {
    return mapper.readValue(bytes, PlainRecords.Document.class);
  }
}
