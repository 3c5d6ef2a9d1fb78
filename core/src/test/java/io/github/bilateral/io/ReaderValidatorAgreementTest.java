package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bilateral.model.Report;
import io.github.bilateral.testing.Gen;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The rules that span facts are checked once, whoever asks: {@link ReportValidator} on a report built
 * in code finds exactly the problems, in the same order, that {@link ReportReader} finds in that
 * report's canonical text, which only adds where each stands. The reports are generated ones broken
 * in code: facts dropped, so that references dangle, and facts repeated, so that ids and numbers
 * clash.
 */
class ReaderValidatorAgreementTest {

  /** A way to break a report in code: a list with facts dropped or repeated. */
  private static final List<BiFunction<Report, SplittableRandom, Report>> BREAKS = List.of(
      (r, rnd) -> r.withActors(thin(r.actors(), rnd)),
      (r, rnd) -> r.withPlaces(thin(r.places(), rnd)),
      (r, rnd) -> r.withSections(thin(r.sections(), rnd)),
      (r, rnd) -> r.withCitations(thin(r.citations(), rnd)),
      (r, rnd) -> r.withLoans(thin(r.loans(), rnd)),
      (r, rnd) -> r.withAgreements(thin(r.agreements(), rnd)),
      (r, rnd) -> r.withEvents(thin(r.events(), rnd)),
      (r, rnd) -> r.withActors(twice(r.actors(), rnd)),
      (r, rnd) -> r.withLoans(twice(r.loans(), rnd)),
      (r, rnd) -> r.withSections(twice(r.sections(), rnd)),
      (r, rnd) -> r.withCitations(twice(r.citations(), rnd)),
      (r, rnd) -> r.withRecommendations(twice(r.recommendations(), rnd)),
      (r, rnd) -> r.withFigures(twice(r.figures(), rnd)));

  /** The list without each element with a chance of one half. */
  private static <T> List<T> thin(List<T> facts, SplittableRandom rnd) {
    List<T> out = new ArrayList<>();
    for (T f : facts) {
      if (rnd.nextBoolean()) {
        out.add(f);
      }
    }
    return out;
  }

  /** The list with one element repeated at a random place, if it has any. */
  private static <T> List<T> twice(List<T> facts, SplittableRandom rnd) {
    List<T> out = new ArrayList<>(facts);
    if (!facts.isEmpty()) {
      out.add(rnd.nextInt(out.size() + 1), facts.get(rnd.nextInt(facts.size())));
    }
    return out;
  }

  private static final Gen<Report> BROKEN = (rnd, size) -> {
    Report r = Generators.reports().generate(rnd, size);
    int breaks = 1 + rnd.nextInt(3);
    for (int i = 0; i < breaks; i++) {
      r = BREAKS.get(rnd.nextInt(BREAKS.size())).apply(r, rnd);
    }
    return r;
  };

  /** A problem without where it stands in a text: what the validator, which has no text, can give. */
  private static Problem placeless(Problem p) {
    return Problem.of(p.path(), 0, 0, p.reason(), p.value().orElse(null), p.suggestion().orElse(null));
  }

  @Test
  void theValidatorFindsWhatTheReaderFindsInTheSameOrder() {
    AtomicInteger broken = new AtomicInteger();
    Property.forAll("validate(r) equals the problems of reading r's canonical text", BROKEN).tries(150).verify(r -> {
      List<Problem> validated = ReportValidator.validate(r);
      ReportException e = catchThrowableOfType(ReportException.class,
          () -> ReportReader.strict().readString(ReportWriter.canonical().toJson(r)));
      List<Problem> read = e == null ? List.of() : e.problems().stream().map(ReaderValidatorAgreementTest::placeless).toList();
      if (r.sections().isEmpty()) {
        // The canonical text leaves an empty list out, and a document must give its sections.
        assertThat(validated.get(0)).hasToString(
            "sections: a report needs at least one section; add the report's sections in reading order");
        assertThat(read).extracting(Problem::toString).containsExactly("$: missing required field 'sections' in Report");
        return;
      }
      assertThat(read).isEqualTo(validated);
      if (!validated.isEmpty()) {
        broken.incrementAndGet();
        // The reader gives the line and column of each reference that does not resolve.
        assertThat(e.problems()).filteredOn(p -> p.reason().startsWith("unknown "))
            .allSatisfy(p -> assertThat(p.line()).isPresent());
      }
    });
    assertThat(broken.get()).isPositive();
  }
}
