package io.github.bilateral.query;

/**
 * How a fact's {@link io.github.bilateral.model.PartialDate} must lie against a {@link DateRange}.
 *
 * <p>A partial date stands for a span of days: {@code 2023-08} for the 1st to the 31st of August,
 * {@code mid 2023-08} for the 11th to the 20th, {@code 2023} for the whole year. The report does not
 * say which day within the span, so a filter can ask for either reading:
 *
 * <table>
 *   <caption>Dates against the range 2023-05-01..2023-08-31</caption>
 *   <tr><th>fact's date</th><th>{@link #OVERLAPS}</th><th>{@link #WITHIN}</th></tr>
 *   <tr><td>{@code 2023-07-27}</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>{@code late 2023-08}</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>{@code 2023}</td><td>yes</td><td>no</td></tr>
 *   <tr><td>{@code 2023-09}</td><td>no</td><td>no</td></tr>
 * </table>
 *
 * <p>A fact without a date matches no date filter.
 *
 * <pre>{@code
 * DateRange summer = DateRange.parse("2023-05..2023-08");
 * q.events().dated(summer, DateMatch.OVERLAPS).list();   // what may have happened then
 * q.events().dated(summer, DateMatch.WITHIN).list();     // what certainly did: no more than the above
 * }</pre>
 */
public enum DateMatch {
  /** Some day of the fact's span lies in the range: the fact may have happened then. */
  OVERLAPS,
  /** Every day of the fact's span lies in the range: the fact certainly happened then. */
  WITHIN
}
