package io.github.bilateral.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The reader's limits as problems: Jackson's word on a broken stream limit turned into one problem
 * that names the limit and the setter that raises it.
 */
final class Limits {

  private Limits() {}

  /** Turns Jackson's word on a broken limit into one problem that names our limit and its setter. */
  static Problem problem(String path, JsonLocation at, StreamConstraintsException e, long maxBytes, int maxDepth,
      int maxStringLength) {
    String m = String.valueOf(e.getOriginalMessage());
    String reason;
    String fix;
    if (m.contains("nesting depth")) {
      reason = "nested too deeply: the limit is " + maxDepth + " levels of objects and arrays";
      fix = "raise the limit with ReportReader.withMaxDepth";
    } else if (m.contains("String value length")) {
      reason = "string too long: the limit is " + maxStringLength + " characters";
      fix = "raise the limit with ReportReader.withMaxStringLength";
    } else if (m.contains("Name length")) {
      reason = "field name too long: the limit is " + Json.MAX_NAME_LENGTH + " characters";
      fix = null;
    } else if (m.contains("Number value length")) {
      reason = "number too long: the limit is " + Json.MAX_NUMBER_LENGTH + " characters";
      fix = null;
    } else if (m.contains("Document length")) {
      reason = "document too large: the limit is " + maxBytes + " bytes";
      fix = "raise the limit with ReportReader.withMaxBytes";
    } else {
      reason = "limit exceeded: " + firstLine(m);
      fix = null;
    }
    return Problem.of(path, at.getLineNr(), at.getColumnNr(), reason, null, fix);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
