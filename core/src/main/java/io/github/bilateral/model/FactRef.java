package io.github.bilateral.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A typed reference to any fact of a report, written {@code kind:id}, such as {@code
 * agreement:us-pakistan-green-alliance} or {@code citation:52}.
 *
 * <p>A reference says what it points to; whether the fact exists is checked when a report is read
 * (see {@code io.github.bilateral.io.ReportReader}).
 *
 * <pre>{@code
 * FactRef r = FactRef.parse("loan:imf-sba-2023");
 * r.kind();   // LOAN
 * r.id();     // "imf-sba-2023"
 * FactRef.of(ActorId.of("usaid")).toString();   // "actor:usaid"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FactRef implements Comparable<FactRef> {

  private static final FactKind[] KINDS = FactKind.values();

  private final FactKind kind;
  private final String id;

  /** Whether {@code s} matches {@code [1-9][0-9]{0,5}}. */
  private static boolean isFootnoteNumber(String s) {
    if (s.isEmpty() || s.length() > 6 || s.charAt(0) < '1' || s.charAt(0) > '9') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private FactRef(FactKind kind, String id) {
    this.kind = kind;
    this.id = id;
  }

  /**
   * {@return a reference to the fact named by {@code id}}
   *
   * @param id the fact's id, whose class names the kind, not null
   */
  public static FactRef of(Identifier id) {
    requireNonNull(id, "id");
    String kind = id.kind();
    if (kind.equals("theme") || kind.equals("measure") || kind.equals("report")) {
      throw new IllegalArgumentException("A " + kind + " is not a fact and cannot be referenced: " + id);
    }
    return new FactRef(FactKind.valueOf(kind.toUpperCase(Locale.ROOT)), id.value());
  }

  /**
   * {@return a reference to the citation of footnote {@code footnote}}
   *
   * @param footnote the footnote's number as printed, from 1
   */
  public static FactRef citation(int footnote) {
    Checks.positive("FactRef footnote", footnote);
    return new FactRef(FactKind.CITATION, Integer.toString(footnote));
  }

  /**
   * Parses {@code kind:id}.
   *
   * @param text the text, such as {@code loan:imf-sba-2023} or {@code citation:52}, not null
   * @return the reference
   * @throws IllegalArgumentException if the kind is unknown or the id malformed; the message quotes
   *     the text
   */
  public static FactRef parse(CharSequence text) {
    String s = text.toString();
    int colon = s.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "Invalid fact reference (expected kind:id, such as \"actor:imf\"): \"" + s + "\"");
    }
    String kindWord = s.substring(0, colon);
    String id = s.substring(colon + 1);
    FactKind kind = null;
    for (FactKind k : KINDS) {
      if (k.word().equals(kindWord)) {
        kind = k;
      }
    }
    if (kind == null) {
      throw new IllegalArgumentException("Invalid fact reference (unknown kind \"" + kindWord
          + "\"; expected one of actor, place, loan, agreement, recommendation, event, figure,"
          + " assessment, relation, section, citation, erratum): \"" + s + "\"");
    }
    if (kind == FactKind.CITATION) {
      if (!isFootnoteNumber(id)) {
        throw new IllegalArgumentException(
            "Invalid fact reference (a footnote number expected after \"citation:\"): \"" + s + "\"");
      }
      return new FactRef(kind, id);
    }
    if (!Identifier.isValid(id)) {
      throw new IllegalArgumentException(
          "Invalid fact reference (a lowercase kebab-case id expected after \"" + kindWord + ":\"): \""
              + s + "\"");
    }
    return new FactRef(kind, id);
  }

  /** {@return the kind of fact referred to} */
  public FactKind kind() {
    return kind;
  }

  /** {@return the referred fact's id text (a footnote number for a citation)} */
  public String id() {
    return id;
  }

  /** Orders by kind, then by id (footnote numbers numerically). */
  @Override
  public int compareTo(FactRef o) {
    int c = kind.compareTo(o.kind);
    if (c != 0) {
      return c;
    }
    if (kind == FactKind.CITATION) {
      return Integer.compare(Integer.parseInt(id), Integer.parseInt(o.id));
    }
    return id.compareTo(o.id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FactRef && ((FactRef) o).kind == kind && ((FactRef) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + id.hashCode();
  }

  /** Returns the text {@link #parse(CharSequence)} reads, such as {@code "actor:imf"}. */
  @Override
  public String toString() {
    return kind.word() + ":" + id;
  }
}
