package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where the report states a fact and on what {@link Basis}: its sections, the footnotes that
 * support it, the printed page where it can be worked out, the basis of the fact as a whole, and,
 * for any one field of the fact, that field's own {@link Sourcing}.
 *
 * <p>A value whose field has no entry in {@link #fields()} has the fact's basis and footnotes:
 * {@link #basisOf(String)} answers for any field. In the July 2023 rollover the event stands in the
 * body, but its amount, term and date come only from footnote 68:
 *
 * <pre>{@code
 * Sourcing footnote68 = Sourcing.builder().basis(Basis.FOOTNOTE).addFootnote(68).build();
 * Provenance p = Provenance.builder()
 *     .addSection(SectionId.of("political-and-economic-challenges"))
 *     .addFootnote(68)
 *     .putField("amount", footnote68)
 *     .putField("date", footnote68)
 *     .build();
 * p.basisOf("amount").basis();   // FOOTNOTE
 * p.basisOf("kind").basis();     // TEXT, the fact's own
 * }</pre>
 *
 * <p>Which field names are allowed depends on the kind of fact ({@link FactKind#fieldNames()}); the
 * fact checks them when it is built. The {@link #page()} is always worked out, never printed: its
 * basis is {@link Basis#INFERRED} ({@link #pageSourcing()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractProvenance implements KeepsUnknownFields {

  /** The note of {@link #pageSourcing()}: how a page number is worked out from the text. */
  public static final String PAGE_NOTE =
      "Worked out from the page breaks of the text: each block of footnotes closes a page, and the"
          + " contents give each section's first page.";

  /** {@return the sections that state the fact; never empty} */
  public abstract ImmutableList<SectionId> sections();

  /** {@return the footnote numbers that support the fact, ascending, each at least 1} */
  public abstract ImmutableList<Integer> footnotes();

  /**
   * Returns the page, worked out from the text (see {@link #pageSourcing()}), where known.
   *
   * @return the page, at least 1, or empty
   */
  public abstract OptionalInt page();

  /** {@return how the fact as a whole is sourced; {@link Basis#TEXT} unless set} */
  @Value.Default
  public Basis basis() {
    return Basis.TEXT;
  }

  /**
   * Returns how the fact was worked out or where it comes from; required when {@link #basis()} is
   * {@link Basis#INFERRED} or {@link Basis#OUTSIDE_KNOWLEDGE}.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the sourcing of single fields of the fact that differ from the fact's, by field name
   * (such as {@code "date"} or {@code "amount"}), in the order given.
   *
   * @return the field sourcings, not null
   */
  public abstract ImmutableMap<String, Sourcing> fields();

  /**
   * Returns how one field of the fact is sourced: its own entry in {@link #fields()}, or else the
   * fact's basis, footnotes, sections and note.
   *
   * @param field a field name of the fact's shape, such as {@code "date"}, not null
   * @return the sourcing, not null
   */
  public final Sourcing basisOf(String field) {
    Sourcing own = fields().get(field);
    return own != null ? own : factSourcing();
  }

  /**
   * Returns how the fact as a whole is sourced, as a {@link Sourcing}: its basis, footnotes,
   * sections and note.
   *
   * @return the sourcing, not null
   */
  public final Sourcing factSourcing() {
    return Sourcing.builder().basis(basis()).footnotes(footnotes()).sections(sections()).note(note()).build();
  }

  /**
   * Returns the sourcing of {@link #page()}: always {@link Basis#INFERRED}, with {@link #PAGE_NOTE}.
   *
   * @return the sourcing, or empty when there is no page
   */
  public final Optional<Sourcing> pageSourcing() {
    return page().isPresent()
        ? Optional.of(Sourcing.builder().basis(Basis.INFERRED).note(PAGE_NOTE).build())
        : Optional.empty();
  }

  /**
   * Returns the printed place of the fact.
   *
   * @return the location mapped from {@link #basis()}
   * @throws IllegalStateException if the basis is {@link Basis#INFERRED} or {@link
   *     Basis#OUTSIDE_KNOWLEDGE}, which are printed nowhere
   * @deprecated since format version 2, use {@link #basis()}
   */
  @Deprecated
  public final SourceLocation location() {
    return basis().location().orElseThrow(() -> new IllegalStateException(
        "A fact on the basis " + Checks.word(basis()) + " is printed nowhere; use Provenance.basis()"));
  }

  @Value.Check
  void check() {
    Checks.nonEmpty("Provenance.sections", sections());
    Checks.noDuplicates("Provenance.sections", sections());
    AbstractSourcing.check("Provenance", basis(), footnotes(), note());
    if (page().isPresent()) {
      Checks.positive("Provenance.page", page().getAsInt());
    }
    for (String field : fields().keySet()) {
      Checks.nonBlank("Provenance.fields key", field);
    }
  }
}
