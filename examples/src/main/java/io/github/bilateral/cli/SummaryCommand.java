package io.github.bilateral.cli;

import io.github.bilateral.model.Basis;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.Report;
import io.github.bilateral.query.Bases;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code summary}: the report's title, its facts counted by kind, the money, and the recommendations. */
@Command(name = "summary",
    mixinStandardHelpOptions = true,
    description = "Show the report's title, the number of facts of each kind, the loans and other money"
        + " in a table, and the numbered recommendations.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  java -jar examples/target/bilateral.jar summary",
        "  java -jar examples/target/bilateral.jar summary --data my-report.json"})
final class SummaryCommand implements Runnable {

  @ParentCommand
  Bilateral top;

  @Mixin
  DataOption data;

  @Mixin
  WideOption wide;

  @Override
  public void run() {
    print(data.load(), top.out, wide.wide ? Integer.MAX_VALUE : top.columns);
  }

  /** Prints the summary of {@code report} to {@code out}, its table fitted to {@code width} columns. */
  static void print(Report report, PrintStream out, int width) {
    out.println(Text.line(report.metadata().title()));
    out.println(Text.line(String.join(", ", report.metadata().authors()) + " - " + report.metadata().publisher()
        + ", " + report.metadata().date()));
    out.println();
    out.println("Facts");
    for (FactKind kind : FactKind.inFormatOrder()) {
      // A loan may be a grant, a deposit or an investment: the list is named for all of them.
      String label = kind == FactKind.LOAN ? "loans and other money" : kind.listName();
      count(out, label, kind.facts(report).size());
    }
    out.println();
    // Every basis, zero included: that nothing is inferred is worth seeing too.
    out.println("Values by basis");
    Map<Basis, Integer> bases = Bases.of(report).totals();
    for (Basis b : Basis.values()) {
      count(out, Text.word(b), bases.getOrDefault(b, 0));
    }
    out.println();
    out.println("Loans and other money");
    Table money = new Table("id", "kind", "from", "to", "amount", "status", "date");
    for (Loan l : report.loans()) {
      money.row(l.id().value(), Text.word(l.kind()), Text.names(report, l.lenders()),
          Text.names(report, l.borrowers()), l.amount().map(Text::amount).orElse("-"),
          Text.word(l.status()), l.date().map(Object::toString).orElse("-"));
    }
    money.print(out, width, width == Integer.MAX_VALUE);
    out.println();
    out.println("Recommendations");
    for (Recommendation r : report.recommendations()) {
      out.printf(Locale.ROOT, "%2d. %s%n    to: %s; themes: %s%n", r.number(), Text.line(r.summary()),
          Text.line(Text.names(report, r.addressees())),
          r.themes().stream().map(Object::toString).collect(Collectors.joining(", ")));
    }
  }

  private static void count(PrintStream out, String label, int count) {
    out.printf(Locale.ROOT, "  %-24s %4d%n", label, count);
  }
}
