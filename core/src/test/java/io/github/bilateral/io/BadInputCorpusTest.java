package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every file of the corpus of bad input in {@code bad/}, one file per kind of failure. Each
 * {@code NAME.json} has a {@code NAME.expected} beside it that lists, one per line, the problems the
 * strict reader must report, exactly as {@link Problem#toString()} prints them. The lenient reader
 * must reject every file too, except those whose only fault is an unknown field.
 */
class BadInputCorpusTest {

  static Path corpus() {
    try {
      return Path.of(BadInputCorpusTest.class.getResource("bad").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> files() throws IOException {
    try (Stream<Path> s = Files.list(corpus())) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .collect(Collectors.toList()).stream();
    }
  }

  @Test
  void theCorpusHasAtLeastSixtyFilesEachWithItsExpectedProblems() throws IOException {
    List<String> json = files().collect(Collectors.toList());
    assertThat(json).hasSizeGreaterThanOrEqualTo(60);
    try (Stream<Path> s = Files.list(corpus())) {
      List<String> expected = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected"))
          .map(n -> n.replace(".expected", ".json")).sorted().collect(Collectors.toList());
      assertThat(expected).isEqualTo(json);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void theStrictReaderReportsExactlyTheExpectedProblems(String name) throws IOException {
    Path file = corpus().resolve(name);
    List<String> expected = Files.readAllLines(corpus().resolve(name.replace(".json", ".expected")), StandardCharsets.UTF_8);
    assertThat(expected).as("the expected problems of " + name).isNotEmpty();
    Throwable t = catchThrowable(() -> ReportReader.strict().read(Files.readAllBytes(file), name));
    assertThat(t).as(name).isInstanceOf(ReportException.class);
    List<String> actual = ((ReportException) t).problems().stream().map(Problem::toString).collect(Collectors.toList());
    assertThat(actual).as(name).isEqualTo(expected);
    // Reading the file by path reports the same problems.
    Throwable byPath = catchThrowable(() -> ReportReader.strict().read(file));
    assertThat(((ReportException) byPath).problems()).isEqualTo(((ReportException) t).problems());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void theLenientReaderRejectsEverythingButUnknownFields(String name) throws IOException {
    byte[] bytes = Files.readAllBytes(corpus().resolve(name));
    Throwable t = catchThrowable(() -> ReportReader.lenient().read(bytes, name));
    if (name.startsWith("unknown-field-")) {
      assertThat(t).as(name).isNull();
    } else {
      assertThat(t).as(name).isInstanceOf(ReportException.class);
    }
  }
}
