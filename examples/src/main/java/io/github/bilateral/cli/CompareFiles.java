package io.github.bilateral.cli;

import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Report;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What {@code diff} and {@code score} share: reading two report files (the bundled report for a file
 * not named), and the exit status of trouble, 2, as diff(1) has it, printed the way every command
 * prints a file's problems.
 */
abstract class CompareFiles implements Callable<Integer> {

  /**
   * Exit status: the files could not be read or are not valid reports, standard output could not be
   * written (see {@link Bilateral#run}), or a usage error.
   */
  static final int TROUBLE = 2;

  @ParentCommand
  Bilateral top;

  @Option(names = "--lenient", description = "Keep fields this version does not know, as from a newer tool, instead of"
      + " rejecting them.")
  boolean lenient;

  /** Does the command's work on the two reports and returns its exit status. */
  abstract int compare();

  @Override
  public final Integer call() {
    try {
      return compare();
    } catch (DataProblems e) {
      top.out.flush();
      Bilateral.printProblems(e.source, e.problems(), top.err);
      return TROUBLE;
    } catch (Failure e) {
      top.out.flush();
      top.err.println(Text.safe(e.getMessage()));
      return TROUBLE;
    }
  }

  /** Returns the report in {@code file}, or the bundled one when it is null. */
  Report load(@Nullable String file) {
    ReportReader reader = lenient ? ReportReader.lenient() : ReportReader.strict();
    if (file == null) {
      return lenient ? reader.readResource(Reports.US_PAKISTAN_2023_RESOURCE) : Reports.usPakistan2023();
    }
    return DataOption.read(reader, file, top.in);
  }
}
