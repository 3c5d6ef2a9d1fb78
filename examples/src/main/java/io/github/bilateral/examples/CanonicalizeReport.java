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
 * <p>Usage: {@code CanonicalizeReport [--lenient] IN [OUT]}; without {@code OUT} the file is
 * rewritten in place. With {@code --lenient}, fields the format does not know (from a newer tool) are
 * kept and written back rather than rejected. Each problem is printed with its JSON path, line and
 * column, and the exit status is 1 when the file is not a valid report.
 */
public final class CanonicalizeReport {

  private CanonicalizeReport() {}

  public static void main(String[] args) {
    boolean lenient = args.length > 0 && args[0].equals("--lenient");
    String[] files = lenient ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
    if (files.length < 1 || files.length > 2) {
      System.err.println("usage: CanonicalizeReport [--lenient] IN [OUT]");
      System.exit(2);
    }
    Path in = Path.of(files[0]);
    Path out = Path.of(files.length == 2 ? files[1] : files[0]);
    Report report;
    try {
      report = (lenient ? ReportReader.lenient() : ReportReader.strict()).read(in);
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
