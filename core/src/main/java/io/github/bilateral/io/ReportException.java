package io.github.bilateral.io;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The one exception of the library's reading and validation: a report that could not be read, or
 * that breaks the format's rules. It carries every {@link Problem} found, each with its JSON path,
 * line and column where known; the message lists the first few.
 *
 * <pre>{@code
 * try {
 *   Report r = ReportReader.strict().read(Path.of("mine.json"));
 * } catch (ReportException e) {
 *   for (Problem p : e.problems()) {
 *     System.err.println(p);
 *   }
 * }
 * }</pre>
 */
public final class ReportException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 10;

  /** The problems found, in document order where it is known. */
  private final ImmutableList<Problem> problems;

  /**
   * Returns an exception for the given problems.
   *
   * @param source what was being read, such as a file name, for the message
   * @param problems the problems, not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ReportException(String source, List<Problem> problems) {
    super(message(source, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A ReportException needs at least one problem");
    }
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * Returns an exception for the given problems, with the cause that produced the first one.
   *
   * @param source what was being read, such as a file name, for the message
   * @param problems the problems, not empty
   * @param cause the exception behind the first problem, not null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ReportException(String source, List<Problem> problems, Throwable cause) {
    this(source, problems);
    initCause(cause);
  }

  private static String message(String source, List<Problem> problems) {
    StringBuilder sb = new StringBuilder();
    sb.append(source).append(": ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (int i = 0; i < Math.min(SHOWN, problems.size()); i++) {
      sb.append("\n  ").append(problems.get(i));
    }
    if (problems.size() > SHOWN) {
      sb.append("\n  ... and ").append(problems.size() - SHOWN).append(" more");
    }
    return sb.toString();
  }

  /**
   * Returns every problem found, in document order where it is known.
   *
   * @return every problem found, in document order where it is known
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
