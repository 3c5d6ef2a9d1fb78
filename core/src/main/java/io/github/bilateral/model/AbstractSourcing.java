package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one value of a fact is sourced: its {@link Basis}, the footnotes that state it, the sections
 * whose words state it where they are not the fact's own, and a note. A note is required for
 * {@link Basis#INFERRED} (how it was worked out, such as "2023, from the report's date") and for
 * {@link Basis#OUTSIDE_KNOWLEDGE} (where it comes from).
 *
 * <pre>{@code
 * Sourcing amount = Sourcing.builder().basis(Basis.FOOTNOTE).addFootnote(68).build();
 * Sourcing month = Sourcing.builder().basis(Basis.OUTSIDE_KNOWLEDGE)
 *     .note("The month of the invasion is general knowledge; the report gives the year only.")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractSourcing implements KeepsUnknownFields {

  /** {@return how the value is sourced} */
  public abstract Basis basis();

  /** {@return the footnote numbers that state the value, ascending, each at least 1} */
  public abstract ImmutableList<Integer> footnotes();

  /** {@return the sections whose words state the value, where they are not the fact's own} */
  public abstract ImmutableList<SectionId> sections();

  /** {@return how the value was worked out or where it comes from, in our words} */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    check("Sourcing", basis(), footnotes(), note());
    Checks.noDuplicates("Sourcing.sections", sections());
  }

  /** Checks the rules a fact-level and a field-level sourcing share. */
  static void check(String where, Basis basis, ImmutableList<Integer> footnotes, Optional<String> note) {
    for (int i = 0; i < footnotes.size(); i++) {
      if (footnotes.get(i) < 1) {
        Checks.positive(where, ".footnotes[" + i + "]", footnotes.get(i));
      }
      if (i > 0 && footnotes.get(i) <= footnotes.get(i - 1)) {
        throw Checks.invalid(where + ".footnotes", "must be ascending without repeats", footnotes);
      }
    }
    Checks.nonBlank(where, ".note", note);
    if (basis.requiresNote() && note.isEmpty()) {
      throw Checks.invalid(where + ".note", "required when the basis is " + Checks.word(basis)
          + ": say how the value was worked out or where it comes from", "");
    }
  }
}
