package io.github.bilateral.cli;

import io.github.bilateral.io.ReportException;
import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --data FILE} option every command has: which report to work on. */
final class DataOption {

  @Spec(Spec.Target.MIXEE)
  @Nullable CommandSpec mixee;

  @Option(names = "--data", paramLabel = "FILE",
      description = "Work on this report file (the library's JSON format) instead of the bundled report.")
  @Nullable Path data;

  /**
   * Returns the report to work on: the bundled one, or the file named by {@code --data}, read
   * strictly (a file with problems ends the command with status 1 and every problem listed).
   */
  Report load() {
    if (data == null) {
      return Reports.usPakistan2023();
    }
    if (!Files.isRegularFile(data)) {
      throw new ParameterException(mixee.commandLine(), "--data: no such file: " + data);
    }
    try {
      return ReportReader.strict().read(data);
    } catch (ReportException e) {
      throw new DataProblems(data.toString(), e);
    }
  }
}
