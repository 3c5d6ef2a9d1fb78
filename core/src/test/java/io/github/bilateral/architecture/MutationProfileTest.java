package io.github.bilateral.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The mutation profile leaves out the classes Immutables generates: every {@code @Value.Immutable} type of the
 * model has its generated class and builders in the profile's exclusions, so that a new value type cannot bring
 * generated code into the mutation score unnoticed.
 */
class MutationProfileTest {

  @Test
  void everyGeneratedValueClassIsExcludedFromMutation() throws IOException {
    String pom = Files.readString(Path.of("../pom.xml"));
    Path model = Path.of("src/main/java/io/github/bilateral/model");
    List<String> generated;
    try (Stream<Path> files = Files.list(model)) {
      generated = files.filter(f -> f.getFileName().toString().startsWith("Abstract"))
          .filter(f -> read(f).contains("@Value.Immutable"))
          .map(f -> f.getFileName().toString().replaceFirst("^Abstract", "").replaceFirst("\\.java$", ""))
          .sorted().toList();
    }
    assertThat(generated).isNotEmpty();
    for (String name : generated) {
      assertThat(pom).as(name).contains("<param>io.github.bilateral.model." + name + "</param>")
          .contains("<param>io.github.bilateral.model." + name + "$*</param>");
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
