package io.github.bilateral.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.io.Reports;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool as its own process, through {@code main}: the exit status a shell sees, standard input
 * from a pipe and standard output to a full device.
 */
class ProcessTest {

  /** What a process printed on standard error, and its exit status. */
  record Exit(int status, String out, String err) {}

  /** Runs the tool with {@code input} written to its standard input through a pipe, or none when it is empty. */
  private static Exit bilateral(byte[] input, ProcessBuilder.@Nullable Redirect out, Path dir, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Bilateral.class.getName()));
    command.addAll(List.of(args));
    Path err = dir.resolve("err.txt");
    Path stdout = dir.resolve("out.txt");
    Process p = new ProcessBuilder(command)
        .redirectOutput(out == null ? ProcessBuilder.Redirect.to(stdout.toFile()) : out)
        .redirectError(err.toFile()).start();
    try (OutputStream pipe = p.getOutputStream()) {
      pipe.write(input);
    }
    int status = p.waitFor();
    return new Exit(status, Files.exists(stdout) ? Files.readString(stdout) : "", Files.readString(err));
  }

  @Test
  void aFullDeviceEndsTheProcessWithStatusOneAndOneLine(@TempDir Path dir) throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.canWrite(), "this system has no /dev/full");
    Exit e = bilateral(new byte[0], ProcessBuilder.Redirect.to(full), dir,
        "export", "--format", "json");
    assertThat(e.status()).isEqualTo(1);
    assertThat(e.err()).isEqualTo("cannot write standard output: no space left on device\n");
  }

  @Test
  void standardInputFromAPipeAndTheUsageStatus(@TempDir Path dir) throws Exception {
    byte[] own = ReportWriter.canonical().toJson(Reports.usPakistan2023()).getBytes(StandardCharsets.UTF_8);
    Exit valid = bilateral(own, null, dir, "validate", "-");
    assertThat(valid.err()).isEmpty();
    assertThat(valid.status()).isZero();
    assertThat(valid.out()).startsWith("<stdin>: a valid report, ");
    Exit usage = bilateral(new byte[0], null, dir, "lons");
    assertThat(usage.status()).isEqualTo(2);
    assertThat(usage.err()).isEqualTo("unknown command 'lons'; did you mean 'loans'?\nsee 'bilateral --help'\n");
  }
}
