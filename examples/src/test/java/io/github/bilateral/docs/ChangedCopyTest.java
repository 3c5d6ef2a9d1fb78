package io.github.bilateral.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChangedCopyTest {

  @Test
  void theChangedCopyIsTheBundledReportWithItsEdits() throws Exception {
    assertThat(Files.readString(Path.of("..").resolve(ChangedCopy.FILE), StandardCharsets.UTF_8))
        .as("docs/examples/changed-report.json is out of date: run ChangedCopy.main from the repository root")
        .isEqualTo(ChangedCopy.make());
  }
}
