package io.github.bilateral.compare;

/**
 * The forms in which {@link ReportDiff#write(DiffFormat)} writes a diff.
 *
 * <pre>{@code
 * String patch = ReportDiff.between(old, changed).write(DiffFormat.JSON_PATCH);
 * }</pre>
 */
public enum DiffFormat {
  /** Lines for a person, grouped by kind of fact: {@code ~} changed, {@code -} only in the first, {@code +} only in the second. */
  LISTING,
  /** The diff as a JSON document; its shape is described in README ("Comparing reports"). */
  JSON,
  /**
   * An RFC 6902 JSON Patch: applied to the first report's canonical JSON, it gives a document whose
   * canonical form is the second report's canonical JSON.
   */
  JSON_PATCH,
  /** Markdown: a heading per kind of fact and a table of the changed values, as in a changelog. */
  MARKDOWN
}
