package io.github.bilateral.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A section of the report as its table of contents gives it, such as "Recommendations" on page 20,
 * or the subsection "The China-India-Pakistan Nexus" within "Reassessing US Foreign Policy Options
 * Concerning Pakistan".
 *
 * <pre>{@code
 * Section s = Section.builder().id(SectionId.of("recommendations")).title("Recommendations").page(20).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractSection implements KeepsUnknownFields {

  /** {@return the section's id} */
  public abstract SectionId id();

  /** {@return the title as printed} */
  public abstract String title();

  /** {@return the first page, from the table of contents} */
  public abstract OptionalInt page();

  /** {@return the enclosing section of a subsection} */
  public abstract Optional<SectionId> parent();

  /** {@return a reference to this section} */
  public final FactRef ref() {
    return FactRef.of(id());
  }

  @Value.Check
  void check() {
    String where = "Section '" + id() + "'";
    Checks.shortText(where, ".title", title());
    if (page().isPresent()) {
      Checks.positive(where, ".page", page().getAsInt());
    }
    if (parent().isPresent() && parent().get().equals(id())) {
      throw Checks.invalid(where + ".parent", "must not be the section itself", id().value());
    }
  }
}
