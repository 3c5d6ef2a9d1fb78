package io.github.bilateral.cli;

import io.github.bilateral.io.ReportException;

/** A report file that could not be read: the command ends with status 1 and every problem listed. */
final class DataProblems extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final String source;

  DataProblems(String source, ReportException cause) {
    super(cause.getMessage(), cause);
    this.source = source;
  }

  ReportException problems() {
    return (ReportException) getCause();
  }
}
