package io.github.bilateral.io;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a report: where (a JSON path such as {@code loans[3].lenders[0]}, and the
 * line and column where known), why, the bad value, and a suggestion where one is obvious.
 *
 * <pre>{@code
 * try {
 *   ReportReader.strict().read(path);
 * } catch (ReportException e) {
 *   e.problems().forEach(p -> System.err.println(p));
 *   // loans[3].lenders[0] (line 412, column 9): unknown actor 'imf2'; did you mean 'imf'?
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Problem {

  private final String path;
  private final int line;
  private final int column;
  private final String reason;
  private final @Nullable String value;
  private final @Nullable String suggestion;

  private Problem(String path, int line, int column, String reason, @Nullable String value,
      @Nullable String suggestion) {
    this.path = path;
    this.line = line;
    this.column = column;
    this.reason = reason;
    this.value = value;
    this.suggestion = suggestion;
  }

  /**
   * Returns a problem.
   *
   * @param path the JSON path, such as {@code loans[3].lenders[0]}; {@code $} for the document
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param reason why the value is wrong, not null
   * @param value the offending value as text, or null
   * @param suggestion a fix, such as {@code did you mean 'imf'?}, or null
   * @return the problem, not null
   */
  public static Problem of(String path, int line, int column, String reason, @Nullable String value,
      @Nullable String suggestion) {
    requireNonNull(path, "path");
    requireNonNull(reason, "reason");
    return new Problem(path, Math.max(line, 0), Math.max(column, 0), reason, value, suggestion);
  }

  /**
   * Returns the JSON path, such as {@code loans[3].lenders[0]}, or {@code $} for the document.
   *
   * @return the JSON path, such as {@code loans[3].lenders[0]}, or {@code $} for the document
   */
  public String path() {
    return path;
  }

  /**
   * Returns the 1-based line, where known.
   *
   * @return the 1-based line, where known
   */
  public OptionalInt line() {
    return known(line);
  }

  /**
   * Returns the 1-based column, where known.
   *
   * @return the 1-based column, where known
   */
  public OptionalInt column() {
    return known(column);
  }

  /** A line or column: 0 where it is not known. */
  private static OptionalInt known(int lineOrColumn) {
    return lineOrColumn == 0 ? OptionalInt.empty() : OptionalInt.of(lineOrColumn);
  }

  /**
   * Returns why the value is wrong.
   *
   * @return why the value is wrong
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the offending value as text, where there is one.
   *
   * @return the offending value as text, where there is one
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns a suggested fix, where one is obvious.
   *
   * @return a suggested fix, where one is obvious
   */
  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Problem)) {
      return false;
    }
    Problem p = (Problem) o;
    return path.equals(p.path) && line == p.line && column == p.column && reason.equals(p.reason)
        && java.util.Objects.equals(value, p.value) && java.util.Objects.equals(suggestion, p.suggestion);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(path, line, column, reason, value, suggestion);
  }

  /**
   * Returns {@code path (line L, column C): reason; suggestion}, such as {@code loans[3].lenders[0]
   * (line 412, column 9): unknown actor 'imf2'; did you mean 'imf'?}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(path);
    if (line > 0) {
      sb.append(" (line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
      sb.append(')');
    }
    sb.append(": ").append(reason);
    if (suggestion != null) {
      sb.append("; ").append(suggestion);
    }
    return sb.toString();
  }
}
