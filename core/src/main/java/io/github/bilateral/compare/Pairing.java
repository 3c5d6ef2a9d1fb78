package io.github.bilateral.compare;

/**
 * How two facts of one kind were paired by an {@link Alignment}: by their id, or by their content.
 *
 * <pre>{@code
 * for (FactPair p : Alignment.of(old, changed).pairs()) {
 *   if (p.pairing() == Pairing.CONTENT) {
 *     System.out.println(p.oldId() + " is now " + p.newId() + " (score " + p.score() + ")");
 *   }
 * }
 * }</pre>
 */
public enum Pairing {
  /** The two facts have the same id. */
  ID,
  /** The ids differ, and the facts' contents scored at least {@link Alignment#THRESHOLD}. */
  CONTENT;

  /** {@return the lowercase word used in listings and JSON, such as {@code content}} */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
