package io.github.bilateral.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A place the report names, such as the port city of Gwadar, the province of Baluchistan, the
 * Durand Line or the Kabul River. States as actors are {@link Actor}s; a place is territory.
 *
 * <pre>{@code
 * Place gwadar = Place.builder()
 *     .id(PlaceId.of("gwadar")).kind(PlaceKind.CITY).name("Gwadar").country("PK")
 *     .within(PlaceId.of("baluchistan"))
 *     .provenance(Provenance.builder().addSection(SectionId.of("ground-realities")).build())
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractPlace implements Named, IdentifiedFact<PlaceId> {

  /** {@return the place's id} */
  public abstract PlaceId id();

  /** {@return what kind of place this is} */
  public abstract PlaceKind kind();

  /** {@return the ISO 3166-1 alpha-2 code of its country, where it lies in one} */
  public abstract Optional<String> country();

  /** {@return the larger place that contains it} */
  public abstract Optional<PlaceId> within();


  @Value.Check
  void check() {
    FactFields.PLACE.check(this);
  }
}
