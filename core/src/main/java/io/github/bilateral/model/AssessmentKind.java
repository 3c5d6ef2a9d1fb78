package io.github.bilateral.model;

/**
 * The kind of an {@link Assessment}.
 *
 * <p>In JSON each constant is written in lowercase kebab-case, such as {@code scenario}.
 *
 * <pre>{@code
 * report.assessments().stream().filter(a -> a.kind() == AssessmentKind.RISK).map(Assessment::id).toList();
 * // [ge-deal-strategic-balance-risk, india-pakistan-rivalry-catastrophe-risk, ...]
 * }</pre>
 */
public enum AssessmentKind {
  /** A possible future the report weighs. */
  SCENARIO,
  /** A result the report judges. */
  OUTCOME,
  /** A concern that frames policy. */
  CONCERN,
  /** A risk the report warns of. */
  RISK,
  /** Another judgement by the report. */
  JUDGEMENT
}
