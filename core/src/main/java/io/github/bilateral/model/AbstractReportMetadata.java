package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The bibliographic data of a report: title, authors, publisher, place, date and URL.
 *
 * <pre>{@code
 * ReportMetadata m = report.metadata();
 * String cite = m.title() + " (" + m.publisher() + ", " + m.date() + ")";
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractReportMetadata implements KeepsUnknownFields {

  /** {@return the report's id, such as {@code mei-2023-us-pakistan}} */
  public abstract ReportId id();

  /** {@return the title as printed} */
  public abstract String title();

  /** {@return the authors as printed; never empty} */
  public abstract ImmutableList<String> authors();

  /** {@return the publisher} */
  public abstract String publisher();

  /** {@return the place of publication} */
  public abstract Optional<String> place();

  /** {@return the publication date} */
  public abstract PartialDate date();

  /** {@return the publisher's URL for the report} */
  public abstract Optional<String> url();

  /** {@return the language as a BCP 47 tag; {@code en} unless set} */
  @Value.Default
  public String language() {
    return "en";
  }

  @Value.Check
  void check() {
    Checks.shortText("ReportMetadata.title", title());
    Checks.nonEmpty("ReportMetadata.authors", authors());
    Checks.shortText("ReportMetadata.authors", authors());
    Checks.shortText("ReportMetadata.publisher", publisher());
    Checks.shortText("ReportMetadata.place", place());
    Checks.shortText("ReportMetadata.url", url());
    if (!language().matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
      throw Checks.invalid("ReportMetadata.language", "a BCP 47 tag such as \"en\" expected", language());
    }
  }
}
