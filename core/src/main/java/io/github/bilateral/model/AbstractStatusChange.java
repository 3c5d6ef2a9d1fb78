package io.github.bilateral.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dated entry in a {@link Recommendation}'s status history, such as "open since 2023-12: made in
 * the report".
 *
 * <pre>{@code
 * StatusChange made = StatusChange.builder()
 *     .date(PartialDate.ofMonth(2023, 12)).status(RecommendationStatus.OPEN)
 *     .note("Made in the report.").build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractStatusChange implements KeepsUnknownFields {

  /** {@return when the recommendation took this status} */
  public abstract PartialDate date();

  /** {@return the status it took} */
  public abstract RecommendationStatus status();

  /** {@return why, or on what evidence, in our words} */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    Checks.nonBlank("StatusChange.note", note());
  }
}
