package io.github.bilateral.model;

import com.google.common.collect.ImmutableList;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where the report states a fact: its sections, the footnotes that support it, the printed page
 * where known, and whether it is stated in the body text, only in a footnote, in a photo caption or
 * in the front matter.
 *
 * <pre>{@code
 * Provenance p = Provenance.builder()
 *     .addSection(SectionId.of("ground-realities"))
 *     .addFootnote(18)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractProvenance {

  /** {@return the sections that state the fact; never empty} */
  public abstract ImmutableList<SectionId> sections();

  /** {@return the footnote numbers that support the fact, ascending, each at least 1} */
  public abstract ImmutableList<Integer> footnotes();

  /** {@return the printed page, where known} */
  public abstract OptionalInt page();

  /** {@return where on the page the fact is stated; {@link SourceLocation#TEXT} unless set} */
  @Value.Default
  public SourceLocation location() {
    return SourceLocation.TEXT;
  }

  @Value.Check
  void check() {
    Checks.nonEmpty("Provenance.sections", sections());
    Checks.noDuplicates("Provenance.sections", sections());
    for (int i = 0; i < footnotes().size(); i++) {
      Checks.positive("Provenance.footnotes[" + i + "]", footnotes().get(i));
      if (i > 0 && footnotes().get(i) <= footnotes().get(i - 1)) {
        throw Checks.invalid("Provenance.footnotes", "must be ascending without repeats", footnotes());
      }
    }
    if (page().isPresent()) {
      Checks.positive("Provenance.page", page().getAsInt());
    }
  }

  /**
   * {@return the fields of this object that the format does not know, kept by a lenient reader and
   * written back unchanged; {@link UnknownFields#of()} unless set}
   */
  @Value.Default
  public UnknownFields unknownFields() {
    return UnknownFields.of();
  }
}
