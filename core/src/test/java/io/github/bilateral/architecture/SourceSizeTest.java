package io.github.bilateral.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every source file of the core module short enough to read at a sitting: a file that grows
 * past the limit is a sign that it holds two jobs, which want two files.
 */
class SourceSizeTest {

  /** The most lines a source file of {@code core/src/main} may have. */
  private static final int MAX_LINES = 500;

  private static final Path MAIN = Path.of("src", "main", "java");

  @Test
  void noMainSourceFileIsLongerThanTheLimit() throws IOException {
    Map<String, Integer> tooLong = new TreeMap<>();
    int files = 0;
    try (Stream<Path> paths = Files.walk(MAIN)) {
      for (Path p : (Iterable<Path>) paths.filter(f -> f.toString().endsWith(".java"))::iterator) {
        files++;
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        if (lines.size() > MAX_LINES) {
          tooLong.put(MAIN.relativize(p).toString(), lines.size());
        }
      }
    }
    assertThat(files).as("source files under " + MAIN.toAbsolutePath()).isGreaterThan(100);
    assertThat(tooLong).as("files of more than " + MAX_LINES + " lines; split each by its jobs").isEmpty();
  }
}
