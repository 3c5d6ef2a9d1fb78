package io.github.bilateral.examples;

import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.query.ReportQuery;

/**
 * Shows what one agency is asked to do: the recommendations addressed to USAID, with the facts
 * in the report's body that support each one.
 */
public final class WhatUsaidIsAskedToDo {

  private WhatUsaidIsAskedToDo() {}

  public static void main(String[] args) {
    ReportQuery q = ReportQuery.shared(Reports.usPakistan2023());
    Actor usaid = q.requireActor("USAID");

    for (Recommendation r : q.recommendations().addressee(usaid.id()).list()) {
      System.out.println(r.number() + ". " + r.summary());
      System.out.println("   themes: " + r.themes() + "; status: " + r.status());
      System.out.println("   evidence: " + r.evidence());
    }
  }
}
