package io.github.bilateral.examples;

import io.github.bilateral.io.Reports;
import io.github.bilateral.query.DateRange;
import io.github.bilateral.query.DateMatch;
import io.github.bilateral.query.ReportQuery;
import io.github.bilateral.query.TimelineEntry;

/**
 * Shows the timeline of 2023: the events, and the loans and agreements with a date, that lie
 * within the year, in date order. A date such as "mid 2023-08" stands for a span of days.
 */
public final class Timeline2023 {

  private Timeline2023() {}

  public static void main(String[] args) {
    var year = ReportQuery.shared(Reports.usPakistan2023()).timeline().dated(DateRange.parse("2023"), DateMatch.WITHIN);
    for (TimelineEntry e : year.entries()) {
      System.out.println(e.date() + "  " + e.ref() + "  " + e.summary());
    }
    System.out.println(year.entries().size() + " dated facts in 2023");
  }
}
