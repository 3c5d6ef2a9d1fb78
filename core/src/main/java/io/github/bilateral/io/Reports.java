package io.github.bilateral.io;

import io.github.bilateral.model.Report;

/**
 * The reports bundled in the core jar, each loaded once on first use and then shared.
 *
 * <pre>{@code
 * Report report = Reports.usPakistan2023();
 * System.out.println(report.metadata().title());
 * }</pre>
 */
public final class Reports {

  /** The class-path resource of the bundled MEI report. */
  public static final String US_PAKISTAN_2023_RESOURCE =
      "/io/github/bilateral/data/mei-2023-us-pakistan/report.json";

  private Reports() {}

  private static final class UsPakistan2023 {
    static final Report REPORT = ReportReader.strict().readResource(US_PAKISTAN_2023_RESOURCE);
  }

  /**
   * Returns "Managing US Relations with Pakistan in Uncertain Times: Opportunities and Obstacles"
   * (Syed Mohammad Ali, Middle East Institute, December 2023), as extracted into this library's
   * format. The first call reads and checks the bundled data; later calls return the same report.
   *
   * @return the bundled report, not null
   * @throws ReportException if the bundled data is missing or invalid (a packaging error)
   */
  public static Report usPakistan2023() {
    return UsPakistan2023.REPORT;
  }
}
