package io.github.bilateral.examples;

import io.github.bilateral.io.Problem;
import io.github.bilateral.io.ReportException;
import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.model.Report;
import java.nio.file.Path;

/**
 * Reads your own report file, handles its problems, and writes it back in canonical form.
 *
 * <p>Usage: {@code CanonicalizeReport IN [OUT]}; without {@code OUT} the file is rewritten in place.
 * Each problem is printed with its JSON path, line and column, and the exit status is 1 when the
 * file is not a valid report.
 */
public final class CanonicalizeReport {

  private CanonicalizeReport() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: CanonicalizeReport IN [OUT]");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args.length == 2 ? args[1] : args[0]);
    Report report;
    try {
      report = ReportReader.strict().read(in);
    } catch (ReportException e) {
      System.err.println(in + ": " + e.problems().size() + " problem(s)");
      for (Problem p : e.problems()) {
        System.err.println("  " + p);
      }
      System.exit(1);
      return;
    }
    ReportWriter.canonical().write(report, out);
    System.out.println("wrote " + out + " (" + report.factCount() + " facts)");
  }
}
