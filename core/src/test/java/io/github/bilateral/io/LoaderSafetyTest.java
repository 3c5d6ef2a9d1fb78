package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's own classes never load classes by name, deserialise Java objects or open network
 * connections, and nothing but the CSV export (which only writes, through jackson-dataformat-csv)
 * touches data binding: checked on their bytecode, so that no later change slips one in.
 */
class LoaderSafetyTest {

  private static final List<String> FORBIDDEN = List.of(
      "com/fasterxml/jackson/databind", "forName", "java/io/ObjectInputStream", "java/net/Socket",
      "java/net/URLConnection", "java/net/http", "javax/script", "loadClass");

  @Test
  void theLibrarysClassesReferNothingThatCouldLoadCodeOrReachTheNetwork() throws IOException, URISyntaxException {
    Path classes = Path.of(ReportReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Path> files;
    try (Stream<Path> s = Files.walk(classes)) {
      files = s.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
    }
    assertThat(files).hasSizeGreaterThan(50);
    for (Path f : files) {
      String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      boolean csvExport = classes.relativize(f).toString().replace('\\', '/')
          .startsWith("io/github/bilateral/export/CsvTables");
      for (String forbidden : FORBIDDEN) {
        if (csvExport && forbidden.equals("com/fasterxml/jackson/databind")) {
          continue;
        }
        assertThat(bytes).as(classes.relativize(f) + " refers to " + forbidden).doesNotContain(forbidden);
      }
    }
  }
}
