package io.github.bilateral.examples;

import io.github.bilateral.io.Problem;
import io.github.bilateral.io.ReportException;
import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.model.Report;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Shows how to load your own report file and handle its problems: every problem is printed with
 * its JSON path, line and column; a valid file is written back in canonical form.
 *
 * <p>Usage: {@code CanonicalizeReport [--lenient] IN [OUT]}; without {@code OUT} the file is
 * rewritten in place. With {@code --lenient}, fields the format does not know (from a newer tool) are
 * kept and written back rather than rejected. The exit status is 1 when the file is not a valid
 * report, 2 for a usage error.
 */
public final class CanonicalizeReport {

  private CanonicalizeReport() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Does the work of {@link #main} and returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    boolean lenient = args.length > 0 && args[0].equals("--lenient");
    String[] files = lenient ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
    if (files.length < 1 || files.length > 2) {
      err.println("usage: CanonicalizeReport [--lenient] IN [OUT]");
      return 2;
    }
    Path in = Path.of(files[0]);
    Path target = Path.of(files.length == 2 ? files[1] : files[0]);
    Report report;
    try {
      report = (lenient ? ReportReader.lenient() : ReportReader.strict()).read(in);
    } catch (ReportException e) {
      // One exception carries every problem found, each with where and why.
      err.println(in + ": " + e.problems().size() + " problem(s)");
      for (Problem p : e.problems()) {
        err.println("  " + p);
      }
      return 1;
    }
    ReportWriter.canonical().write(report, target);
    out.println("wrote " + target + " (" + report.factCount() + " facts)");
    return 0;
  }
}
