package io.github.bilateral.examples;

import io.github.bilateral.io.ReportException;
import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.Report;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Shows what a report holds: its title, the number of facts of each kind, the loans and other money
 * in a table, and the numbered recommendations.
 *
 * <p>With no argument it loads the report bundled in the core jar in one line ({@code
 * Reports.usPakistan2023()}); with a file name it reads that file instead and prints every problem
 * if the file is not a valid report.
 */
public final class ShowReport {

  private ShowReport() {}

  public static void main(String[] args) {
    PrintStream out = System.out;
    Report report;
    if (args.length == 0) {
      report = Reports.usPakistan2023();
    } else {
      try {
        report = ReportReader.strict().read(Path.of(args[0]));
      } catch (ReportException e) {
        System.err.println(e.getMessage());
        System.exit(1);
        return;
      }
    }
    print(report, out);
  }

  /** Prints the overview of {@code report} to {@code out}. */
  static void print(Report report, PrintStream out) {
    out.println(report.metadata().title());
    out.println(String.join(", ", report.metadata().authors()) + " - " + report.metadata().publisher()
        + ", " + report.metadata().date());
    out.println();
    out.println("Facts");
    row(out, "sections", report.sections().size());
    row(out, "citations", report.citations().size());
    row(out, "actors", report.actors().size());
    row(out, "places", report.places().size());
    row(out, "relations", report.relations().size());
    row(out, "loans and other money", report.loans().size());
    row(out, "agreements", report.agreements().size());
    row(out, "recommendations", report.recommendations().size());
    row(out, "events", report.events().size());
    row(out, "figures", report.figures().size());
    row(out, "assessments", report.assessments().size());
    row(out, "errata", report.errata().size());
    out.println();
    out.println("Loans and other money");
    List<String[]> rows = new java.util.ArrayList<>();
    rows.add(new String[] {"id", "kind", "from", "to", "amount", "status", "date"});
    for (Loan l : report.loans()) {
      rows.add(new String[] {
          l.id().value(),
          l.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
          names(report, l.lenders()),
          names(report, l.borrowers()),
          l.amount().map(a -> a.estimate().printed().orElse(a.point().toString())
              + " [" + a.point() + (a.estimate().isExact() ? "" : ", "
              + a.estimate().qualifier().name().toLowerCase(Locale.ROOT).replace('_', ' ')) + "]").orElse("-"),
          l.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
          l.date().map(Object::toString).orElse("-")});
    }
    table(out, rows);
    out.println();
    out.println("Recommendations");
    for (Recommendation r : report.recommendations()) {
      out.printf(Locale.ROOT, "%2d. %s%n    to: %s; themes: %s%n", r.number(), r.summary(),
          names(report, r.addressees()),
          r.themes().stream().map(Object::toString).collect(Collectors.joining(", ")));
    }
  }

  private static String names(Report report, List<ActorId> ids) {
    return ids.stream()
        .map(id -> report.findActor(id).map(Actor::name).orElse(id.value()))
        .collect(Collectors.joining(", "));
  }

  private static void row(PrintStream out, String label, int count) {
    out.printf(Locale.ROOT, "  %-24s %4d%n", label, count);
  }

  private static void table(PrintStream out, List<String[]> rows) {
    int[] widths = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        widths[i] = Math.min(40, Math.max(widths[i], r[i].length()));
      }
    }
    for (String[] r : rows) {
      StringBuilder sb = new StringBuilder(" ");
      for (int i = 0; i < r.length; i++) {
        String cell = r[i].length() > widths[i] ? r[i].substring(0, widths[i] - 1) + "…" : r[i];
        sb.append(' ').append(String.format(Locale.ROOT, "%-" + widths[i] + "s", cell));
      }
      out.println(sb.toString().stripTrailing());
    }
  }
}
