package io.github.bilateral.examples;

import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Report;
import io.github.bilateral.query.LoanFilter;
import io.github.bilateral.query.ReportQuery;

/**
 * Shows how to filter facts with the query package: every loan and other money from China to
 * Pakistan, and their total per currency, counting rollovers and parts of a debt stock once.
 */
public final class ChinaLoansToPakistan {

  private ChinaLoansToPakistan() {}

  public static void main(String[] args) {
    Report report = Reports.usPakistan2023();
    ReportQuery q = ReportQuery.shared(report);

    // Actors can be named by id, name or alias; the query resolves them once.
    LoanFilter chinaToPakistan = q.loans()
        .lender(q.requireActor("China").id())
        .borrower(q.requireActor("Pakistan").id());

    for (Loan loan : chinaToPakistan.list()) {
      System.out.println(loan.id() + " (" + loan.kind() + ", " + loan.status() + "): "
          + loan.amount().map(a -> a.estimate().printed().orElse(a.point().map(Object::toString).orElse("no number given"))).orElse("no amount given")
          + loan.date().map(d -> ", " + d).orElse(""));
    }
    System.out.println("total: " + chinaToPakistan.totals());
  }
}
