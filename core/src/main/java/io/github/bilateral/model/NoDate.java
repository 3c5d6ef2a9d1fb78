package io.github.bilateral.model;

/**
 * Why an {@link Event} has no date: it is going on, the report does not date it, or the report
 * names only an era. An event has either a {@link Event#date()} or a {@link Event#noDate()}, never
 * both.
 *
 * <p>In JSON each constant is written in lowercase, such as {@code ongoing}.
 *
 * <pre>{@code
 * Event fencing = Event.builder()
 *     .id(EventId.of("border-fencing")).kind(EventKind.POLITICAL)
 *     .noDate(NoDate.ONGOING)
 *     .summary("Pakistan fences its border with Afghanistan.")
 *     .provenance(Provenance.builder().addSection(SectionId.of("ground-realities")).build())
 *     .build();
 * }</pre>
 */
public enum NoDate {
  /** Going on as of the report, with no start the report gives. */
  ONGOING,
  /** Happened, but the report does not say when. */
  UNDATED,
  /** The report places it only in an era, such as "Nixonian-era". */
  ERA
}
