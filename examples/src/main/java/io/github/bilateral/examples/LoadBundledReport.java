package io.github.bilateral.examples;

import io.github.bilateral.io.Reports;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.Report;

/**
 * Shows how to load the report bundled in the core jar in one line, and look facts up by id.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am -DskipTests package exec:java
 * -Dexample=io.github.bilateral.examples.LoadBundledReport}
 */
public final class LoadBundledReport {

  private LoadBundledReport() {}

  public static void main(String[] args) {
    // Read and checked on first use, then shared: no file, no parsing code, no error handling.
    Report report = Reports.usPakistan2023();

    System.out.println(report.metadata().title());
    System.out.println(report.factCount() + " facts: " + report.actors().size() + " actors, "
        + report.loans().size() + " loans and other money, " + report.recommendations().size() + " recommendations");

    Loan standby = report.findLoan(LoanId.of("imf-sba-2023")).orElseThrow();
    System.out.println(standby.id() + ": " + standby.amount().orElseThrow().point().orElseThrow() + " over "
        + standby.term().orElseThrow() + ", " + standby.summary());
    System.out.println("lender: " + report.requireActor(ActorId.of("imf")).name()
        + ", footnotes " + standby.provenance().footnotes());
  }
}
