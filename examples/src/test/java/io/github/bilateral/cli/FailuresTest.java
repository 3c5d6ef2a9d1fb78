package io.github.bilateral.cli;

import static io.github.bilateral.cli.BilateralTest.run;
import static io.github.bilateral.cli.BilateralTest.runWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bilateral.cli.BilateralTest.Run;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tool when things go wrong, as its exit status and its one-line messages say: outputs that
 * cannot be written, standard input, usage mistakes, text that could spoof a terminal, and a narrow
 * terminal.
 */
class FailuresTest {

  private static final Path FULL = Path.of("/dev/full");

  /** Runs the tool with standard output going to {@code out}. */
  private static Run runTo(OutputStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Bilateral.run(args, InputStream.nullInputStream(), out, err, Map.of());
    return new Run(status, "", err.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"export --format json", "loans --json", "summary", "export --format csv --table loans",
      "export --format mermaid --actor imf", "validate", "--help"})
  void aFullDeviceOnStandardOutputIsReportedWithStatusOne(String command) throws IOException {
    assumeTrue(Files.isWritable(FULL), "this system has no /dev/full");
    try (OutputStream full = new FileOutputStream(FULL.toFile())) {
      Run r = runTo(full, command.split(" "));
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.err()).isEqualTo("cannot write standard output: no space left on device\n");
    }
  }

  /** Standard output as a pipe whose reader has gone: every write fails. */
  private static OutputStream closedPipe() {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
  }

  @Test
  void aClosedStandardOutputIsReportedWithStatusOne() {
    Run r = runTo(closedPipe(), "actors");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("cannot write standard output: broken pipe\n");
  }

  /**
   * diff's 1 means "the reports differ", and score has no 1: a lost output is trouble, 2, whatever the
   * command would have given, so that a script cannot take it for a difference or a score.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "diff --json SAME SAME                | 0",
      "diff SAME OWN                        | 1",
      "diff --format json-patch SAME OWN    | 1",
      "score OWN                            | 0",
      "score --json --reference SAME OWN    | 0",
      "diff --help                          | 0"})
  void aLostStandardOutputIsTroubleForDiffAndScore(String command, int written, @TempDir Path dir) throws Exception {
    String same = BilateralTest.write(dir, "same.json", ReportWriter.canonical().toJson(Reports.usPakistan2023())).toString();
    String own = BilateralTest.ownReport(dir).toString();
    String[] args = Stream.of(command.split(" ")).map(a -> a.equals("SAME") ? same : a.equals("OWN") ? own : a)
        .toArray(String[]::new);
    Run whole = run(args);
    assertThat(whole.status()).as(command).isEqualTo(written);
    assertThat(whole.out()).isNotEmpty();
    Run lost = runTo(closedPipe(), args);
    assertThat(lost.status()).as(command).isEqualTo(2);
    assertThat(lost.err()).isEqualTo("cannot write standard output: broken pipe\n");
  }

  @Test
  void aFullDeviceIsTroubleForDiffOfTheSameReports(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isWritable(FULL), "this system has no /dev/full");
    String same = BilateralTest.write(dir, "same.json", ReportWriter.canonical().toJson(Reports.usPakistan2023())).toString();
    try (OutputStream full = new FileOutputStream(FULL.toFile())) {
      Run r = runTo(full, "diff", "--json", same, same);
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("cannot write standard output: no space left on device\n");
    }
  }

  @Test
  void aFileThatCannotBeWrittenIsNamedWithStatusOne(@TempDir Path dir) throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
    Run r = run("export", "--format", "json", "--output", notAFolder.resolve("report.json").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("cannot write " + notAFolder.resolve("report.json") + ": no folder " + notAFolder + "\n");
    Run missing = run("export", "--format", "csl-json", "--output", dir.resolve("no/such/refs.json").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).isEqualTo("cannot write " + dir.resolve("no/such/refs.json") + ": no folder "
        + dir.resolve("no/such") + "\n");
    Run csv = run("export", "--format", "csv", "--output", notAFolder.resolve("tables").toString());
    assertThat(csv.status()).isEqualTo(1);
    assertThat(csv.err()).startsWith("cannot write " + notAFolder.resolve("tables") + ": ");
    assertThat(csv.err().lines()).hasSize(1);
  }

  @Test
  void aFailedWriteLeavesNeitherAPartialFileNorItsTemporaryBehind(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("out.json");
    assertThatThrownBy(() -> Output.replace(target, out -> {
      out.write("{\"half\": ".getBytes(StandardCharsets.UTF_8));
      throw new IOException("No space left on device");
    })).isInstanceOf(Failure.class).hasMessage("cannot write " + target + ": no space left on device");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
    // An old file stays as it was until a new one is whole.
    Files.writeString(target, "old");
    assertThatThrownBy(() -> Output.replace(target, out -> {
      throw new java.io.UncheckedIOException(new IOException("Input/output error"));
    })).hasMessage("cannot write " + target + ": input/output error");
    assertThat(Files.readString(target)).isEqualTo("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aWriterThatThrowsLeavesNoTemporaryFileAndItsExceptionGoesOn(@TempDir Path dir) throws IOException {
    Path target = Files.writeString(dir.resolve("out.json"), "old");
    IllegalArgumentException refused = new IllegalArgumentException("a field the writer refuses");
    assertThatThrownBy(() -> Output.replace(target, out -> {
      out.write("{\"half\": ".getBytes(StandardCharsets.UTF_8));
      throw refused;
    })).isSameAs(refused);
    assertThat(Files.readString(target)).isEqualTo("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
    StackOverflowError error = new StackOverflowError();
    assertThatThrownBy(() -> Output.replace(dir.resolve("new.json"), out -> {
      throw error;
    })).isSameAs(error);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void standardInputIsReadByTheNameDash() throws IOException {
    Report bundled = Reports.usPakistan2023();
    String own = ReportWriter.canonical().toJson(bundled.withMetadata(bundled.metadata().withTitle("Piped In")));
    Run summary = runWith(own, Map.of(), "summary", "--data", "-");
    assertThat(summary.status()).isZero();
    assertThat(summary.out()).startsWith("Piped In\n");
    Run valid = runWith(own, Map.of(), "validate", "-");
    assertThat(valid.out()).isEqualTo("<stdin>: a valid report, " + bundled.factCount() + " facts\n");
    Run bad = runWith("{\"schemaVersion\": 1,", Map.of(), "validate", "--data", "-");
    assertThat(bad.status()).isEqualTo(1);
    assertThat(bad.err()).startsWith("<stdin>:1:");
    Run out = run("export", "--format", "jsonl", "--output", "-");
    assertThat(out.status()).isZero();
    assertThat(out.out().lines().count()).isEqualTo(2 + bundled.factCount());
  }

  @Test
  void validateTakesDataTooButNotBoth(@TempDir Path dir) throws Exception {
    Path own = BilateralTest.ownReport(dir);
    assertThat(run("validate", "--data", own.toString()).out()).startsWith(own + ": a valid report, ");
    Run both = run("validate", own.toString(), "--data", own.toString());
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).isEqualTo("name the file once: as FILE or with --data, not both\nsee 'bilateral validate --help'\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "lons                        | unknown command 'lons'; did you mean 'loans'?                 | bilateral",
      "loans --lendr china         | unknown option '--lendr'; did you mean '--lender'?            | bilateral loans",
      "summary --wdie              | unknown option '--wdie'; did you mean '--wide'?               | bilateral summary",
      "summary extra               | unexpected argument 'extra'                                   | bilateral summary",
      "export                      | missing required option: '--format=FORMAT'                    | bilateral export",
      "profile                     | missing required parameter: 'ACTOR'                           | bilateral profile",
      "loans --max-facts many      | invalid value for option '--max-facts': 'many' is not a long  | bilateral loans",
      "loans --max-facts 0         | --max-facts: 0 is out of range (must be positive)             | bilateral loans",
      "loans --kind mortgage       | --kind: unknown value 'mortgage'; choose one of stand-by-arrangement, extended-fund-facility, imf-programme, rollover, bilateral-loan, commercial-loan, debt-stock, deferred-payment, aid-pledge, grant, assistance, investment, financing | bilateral loans",
      "export --format xml         | --format: unknown format 'xml'; choose one of json, jsonl, csv, csl-json, ftm, dot, mermaid | bilateral export",
      "graph --path usaid          | --path: give exactly two actors                               | bilateral graph",
  })
  void everyUsageMistakeIsOneLineAndAHintWithStatusTwo(String args, String message, String command) {
    Run r = run(args.split(" "));
    assertThat(r.status()).as(args).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(message + "\nsee '" + command + " --help'\n");
  }

  @Test
  void lenientKeepsFieldsFromANewerToolAndLimitsAreOptions(@TempDir Path dir) throws Exception {
    String canonical = ReportWriter.canonical().toJson(Reports.usPakistan2023());
    Path newer = BilateralTest.write(dir, "newer.json",
        canonical.replaceFirst("\"metadata\": ", "\"generator\": \"a newer tool\",\n  \"metadata\": "));
    Run strict = run("summary", "--data", newer.toString());
    assertThat(strict.status()).isEqualTo(1);
    assertThat(strict.err()).contains("generator");
    Run lenient = run("summary", "--data", newer.toString(), "--lenient");
    assertThat(lenient.status()).isZero();
    assertThat(run("validate", newer.toString(), "--lenient").status()).isZero();

    Run facts = run("validate", newer.toString(), "--lenient", "--max-facts", "10");
    assertThat(facts.status()).isEqualTo(1);
    assertThat(facts.err()).contains("too many facts: the limit is 10; raise the limit with --max-facts")
        .doesNotContain("ReportReader");
    Run bytes = run("summary", "--max-bytes", "1000");
    assertThat(bytes.status()).isEqualTo(1);
    assertThat(bytes.err()).contains("raise the limit with --max-bytes");
    Run strings = run("validate", "--data", newer.toString(), "--lenient", "--max-string-length", "20");
    assertThat(strings.err()).contains("raise the limit with --max-string-length");
  }

  /** The bundled report with one actor's name and one event's summary holding a right-to-left override. */
  private static String spoofed(String name, String summary) {
    String canonical = ReportWriter.canonical().toJson(Reports.usPakistan2023());
    return canonical.replaceFirst("\"name\": \"IMF\"", Matcher.quoteReplacement("\"name\": \"" + name + "\""))
        .replaceFirst("(\"kind\": \"political\",[^}]*?\"summary\": \")", "$1" + Matcher.quoteReplacement(summary));
  }

  @Test
  void aNameThatCouldSpoofTheTerminalIsRejectedAndNamed(@TempDir Path dir) throws Exception {
    Path file = BilateralTest.write(dir, "spoof.json", spoofed("IMF\\u202E", ""));
    assertThat(Files.readString(file)).contains("IMF\\u202E");
    for (List<String> command : List.of(List.of("validate", file.toString()), List.of("loans", "--data", file.toString()))) {
      Run r = run(command.toArray(String[]::new));
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.err().lines().toList()).hasSize(2);
      assertThat(r.err()).contains(": actors[", "contains U+202E RIGHT-TO-LEFT OVERRIDE, which can disguise text on a terminal",
          "\"IMF<U+202E>\"").doesNotContain("\u202E");
    }
  }

  @Test
  void freeTextIsEscapedWhereverItIsPrinted(@TempDir Path dir) throws Exception {
    Path file = BilateralTest.write(dir, "free.json", spoofed("IMF", "\\u202Ereversed\\u001B[2J "));
    Run events = run("events", "--data", file.toString(), "--wide", "--kind", "political");
    assertThat(events.status()).isZero();
    assertThat(events.out()).contains("<U+202E>reversed<U+001B>[2J").doesNotContain("\u202E", "\u001B");
    Run json = run("events", "--data", file.toString(), "--json", "--kind", "political");
    assertThat(json.out()).contains("\\u202Ereversed\\u001B[2J").doesNotContain("\u202E", "\u001B");
    assertThat(BilateralTest.JSON.readTree(json.out()).toString()).contains("\u202Ereversed");
  }

  @Test
  void tablesFitANarrowTerminalAndWideKeepsWholeCells() {
    for (String command : List.of("summary", "loans", "citations", "actors", "graph")) {
      Run narrow = runWith("", Map.of("COLUMNS", "60"), command);
      assertThat(narrow.status()).isZero();
      List<String> table = command.equals("summary") ? tableOf(narrow.out(), "Loans and other money") : narrow.out().lines().takeWhile(l -> !l.startsWith("(")).toList();
      assertThat(table).as(command).allSatisfy(line -> assertThat(line.codePointCount(0, line.length()))
          .as(line).isLessThanOrEqualTo(60));
      assertThat(String.join("\n", table)).contains("…");
      Run wide = runWith("", Map.of("COLUMNS", "60"), command, "--wide");
      assertThat(wide.out().lines().mapToInt(String::length).max().orElse(0)).as(command).isGreaterThan(60);
    }
    // Without COLUMNS, as when output is not a terminal, tables are 100 columns wide at most.
    assertThat(run("citations").out().lines().takeWhile(l -> !l.startsWith("(")))
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
  }

  /** The lines of the table under {@code heading} in the summary. */
  private static List<String> tableOf(String out, String heading) {
    List<String> lines = out.lines().toList();
    int start = lines.indexOf(heading) + 1;
    return lines.subList(start, lines.subList(start, lines.size()).indexOf("") + start);
  }

  @Test
  void versionComesFromTheBuild() {
    Run r = run("--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("bilateral " + System.getProperty("bilateral.version") + "\n");
    assertThat(System.getProperty("bilateral.version")).isNotBlank();
  }
}
