package io.github.bilateral.model;

/**
 * The summary in our words that a loan, agreement, recommendation, event, figure, assessment or
 * erratum carries. Each fact type implements it beside {@link Fact}. The summary is never blank and
 * never starts or ends with white space; it says what the report states, and is not a quotation
 * of it.
 *
 * <pre>{@code
 * for (FactKind kind : FactKind.inFormatOrder()) {
 *   for (Object fact : kind.facts(report)) {
 *     if (fact instanceof Summarised s) {
 *       System.out.println(kind.word() + ": " + s.summary());
 *     }
 *   }
 * }
 * }</pre>
 */
public interface Summarised {

  /** {@return the fact in our words} */
  String summary();
}
