package io.github.bilateral.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * A command that could not finish for a reason outside its command line, such as a file that cannot
 * be read or an output that cannot be written: the tool prints the message on one line and exits
 * with status 1.
 */
final class Failure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  Failure(String message) {
    super(message);
  }

  /** Returns "cannot write TARGET: REASON", such as {@code cannot write tables/loans.csv: no space left on device}. */
  static Failure cannotWrite(String target, IOException e) {
    return new Failure("cannot write " + target + ": " + words(e));
  }

  /** Returns "cannot read SOURCE: REASON". */
  static Failure cannotRead(String source, IOException e) {
    return new Failure("cannot read " + source + ": " + words(e));
  }

  /** Returns what went wrong in words, such as {@code no space left on device}, without the exception's class. */
  static String words(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return "input/output error";
    }
    // The operating system's words, such as "No space left on device", read better in lowercase after a colon.
    return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
  }
}
