package io.github.bilateral.cli;

import io.github.bilateral.io.ReportException;
import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every command has for choosing and reading the report: {@code --data FILE} ({@code -}
 * for standard input), {@code --lenient}, and the reader's limits.
 */
final class DataOption {

  /** The name problems give standard input. */
  static final String STDIN = "<stdin>";

  /**
   * The reader's limits: each option, the reader's method that sets it (which the reader's own
   * messages name), and how the option sets it.
   */
  enum Limit {
    BYTES("--max-bytes", "ReportReader.withMaxBytes"),
    DEPTH("--max-depth", "ReportReader.withMaxDepth"),
    STRING_LENGTH("--max-string-length", "ReportReader.withMaxStringLength"),
    FACTS("--max-facts", "ReportReader.withMaxFacts");

    final String option;
    final String method;

    Limit(String option, String method) {
      this.option = option;
      this.method = method;
    }

    ReportReader apply(ReportReader r, long value) {
      switch (this) {
        case BYTES:
          return r.withMaxBytes(value);
        case DEPTH:
          return r.withMaxDepth((int) Math.min(value, Integer.MAX_VALUE));
        case STRING_LENGTH:
          return r.withMaxStringLength((int) Math.min(value, Integer.MAX_VALUE));
        default:
          return r.withMaxFacts((int) Math.min(value, Integer.MAX_VALUE));
      }
    }
  }

  @Spec(Spec.Target.MIXEE)
  @Nullable CommandSpec mixee;

  @Option(names = "--data", paramLabel = "FILE",
      description = "Work on this report file instead of the bundled report: the library's JSON format, or the JSON Lines of export --format jsonl, told apart by their content; - reads standard input.")
  @Nullable String data;

  @Option(names = "--lenient", description = "Keep fields this version does not know, as from a newer tool, instead of"
      + " rejecting them.")
  boolean lenient;

  @Option(names = "--max-bytes", paramLabel = "N", description = "Read documents of up to N bytes (default: 64 MiB).")
  @Nullable Long maxBytes;

  @Option(names = "--max-depth", paramLabel = "N", description = "Allow objects and arrays nested N deep (default: 64).")
  @Nullable Long maxDepth;

  @Option(names = "--max-string-length", paramLabel = "N", description = "Allow strings of up to N characters"
      + " (default: 1,048,576).")
  @Nullable Long maxStringLength;

  @Option(names = "--max-facts", paramLabel = "N", description = "Allow up to N facts (default: 100,000).")
  @Nullable Long maxFacts;

  /**
   * Returns the report to work on: the bundled one, or the file named by {@code --data}, read
   * strictly unless {@code --lenient} (a file with problems ends the command with status 1 and
   * every problem listed).
   */
  Report load() {
    return load(data);
  }

  /** Returns the report in {@code file} ({@code -} for standard input), or the bundled one when it is null. */
  Report load(@Nullable String file) {
    ReportReader reader = reader();
    if (file == null) {
      if (reader == ReportReader.strict()) {
        return Reports.usPakistan2023();
      }
      try {
        return reader.readResource(Reports.US_PAKISTAN_2023_RESOURCE);
      } catch (ReportException e) {
        throw new DataProblems(Reports.US_PAKISTAN_2023_RESOURCE, e);
      }
    }
    return read(reader, file, top().in);
  }

  /**
   * Returns the report in {@code file} ({@code -} for standard input, read from {@code stdin}), read
   * by {@code reader}.
   *
   * @throws DataProblems if the file is not a valid report
   * @throws Failure if the file cannot be read
   */
  static Report read(ReportReader reader, String file, InputStream stdin) {
    String source = file.equals("-") ? STDIN : file;
    try {
      if (file.equals("-")) {
        return reader.read(stdin, STDIN);
      }
      Path path;
      try {
        path = Path.of(file);
      } catch (InvalidPathException e) {
        throw new Failure("cannot read " + file + ": not a file name");
      }
      if (Files.isDirectory(path)) {
        throw new Failure("cannot read " + file + ": it is a folder; name a report file");
      }
      if (!Files.exists(path)) {
        throw new Failure("cannot read " + file + ": no such file");
      }
      if (Files.isRegularFile(path)) {
        if (!Files.isReadable(path)) {
          throw new Failure("cannot read " + file + ": permission denied");
        }
        return reader.read(path);
      }
      // A pipe, such as /dev/stdin or a shell's <(...).
      try (InputStream in = Files.newInputStream(path)) {
        return reader.read(in, file);
      } catch (IOException e) {
        throw Failure.cannotRead(file, e);
      }
    } catch (ReportException e) {
      throw new DataProblems(source, e);
    }
  }

  private Bilateral top() {
    return (Bilateral) mixee.root().userObject();
  }

  /** Returns the reader the options ask for: strict or lenient, with the limits given. */
  ReportReader reader() {
    ReportReader r = lenient ? ReportReader.lenient() : ReportReader.strict();
    r = limit(r, Limit.BYTES, maxBytes);
    r = limit(r, Limit.DEPTH, maxDepth);
    r = limit(r, Limit.STRING_LENGTH, maxStringLength);
    return limit(r, Limit.FACTS, maxFacts);
  }

  private ReportReader limit(ReportReader r, Limit limit, @Nullable Long value) {
    if (value == null) {
      return r;
    }
    try {
      return limit.apply(r, value);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(mixee.commandLine(), limit.option + ": " + value + " is out of range ("
          + e.getMessage().replaceFirst(":.*", "").replaceFirst("^\\w+ ", "") + ")");
    }
  }

  /** Returns {@code text} with the reader's setters, such as {@code ReportReader.withMaxBytes}, named by this tool's options. */
  static String withOptionNames(String text) {
    if (text.indexOf("ReportReader.with") < 0) {
      return text;
    }
    for (Limit l : Limit.values()) {
      text = text.replace(l.method, l.option);
    }
    return text;
  }
}
