package io.github.bilateral.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A judgement of the report: a scenario or outcome it weighs with a likelihood ("such drastic
 * outcomes seem unlikely"), a risk it warns of, or a concern it says frames US policy.
 *
 * <pre>{@code
 * Assessment a = Assessment.builder()
 *     .id(AssessmentId.of("khan-death-penalty"))
 *     .kind(AssessmentKind.SCENARIO)
 *     .likelihood(Likelihood.UNLIKELY).printedLikelihood("seem unlikely")
 *     .addActor(ActorId.of("imran-khan"))
 *     .summary("A death sentence or life imprisonment for Khan.")
 *     .provenance(Provenance.builder().addSection(SectionId.of("ground-realities")).build())
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractAssessment implements ConcernsActors, Summarised, IdentifiedFact<AssessmentId> {

  /** {@return the assessment's id} */
  public abstract AssessmentId id();

  /** {@return what kind of judgement this is} */
  public abstract AssessmentKind kind();

  /** {@return how likely the report judges it, where it says} */
  public abstract Optional<Likelihood> likelihood();

  /** {@return the hedging words as printed, such as {@code "seem unlikely"}} */
  public abstract Optional<String> printedLikelihood();

  @Value.Check
  void check() {
    FactFields.ASSESSMENT.check(this);
  }
}
