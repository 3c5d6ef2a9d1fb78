package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.model.Report;
import io.github.bilateral.testing.Gen;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Mutations;
import io.github.bilateral.testing.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Whatever a valid document is turned into, the loader returns a valid report or throws {@link
 * ReportException}: never another exception, an error or a half-built report. 10,000 mutations a
 * run, 6,000 read strictly and 4,000 leniently; a failure prints the seed, the mutation and the
 * mutated document.
 */
class MutationPropertyTest {

  /**
   * A fixed pool of valid documents to mutate: small generated reports (their seeds are fixed, so
   * runs repeat) and the hand-written sample, as canonical JSON. Generating a report costs more than
   * mutating and loading it, so the pool is made once.
   */
  private static final List<String> POOL = pool();

  private static List<String> pool() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Report r = Generators.reports().generate(new SplittableRandom(Property.DEFAULT_SEED + i), 1 + i % 3);
      out.add(ReportWriter.canonical().toJson(r));
    }
    out.add(ReportReaderTest.sample());
    return out;
  }

  private static final Gen<String> DOCUMENTS = Gen.elements(POOL);

  /** Loads the mutant and checks the outcome; counts the mutants the reader accepted. */
  private static void load(ReportReader reader, Mutations.Mutant m, AtomicInteger accepted) {
    Report r;
    try {
      r = reader.readString(m.text());
    } catch (ReportException e) {
      assertThat(e.problems()).isNotEmpty();
      return;
    } catch (Throwable t) {
      // Errors too, so that the property prints the seed and the document.
      throw new AssertionError("the loader threw " + t, t);
    }
    accepted.incrementAndGet();
    assertThat(ReportValidator.validate(r)).as("problems of the report returned").isEmpty();
    String json = ReportWriter.canonical().toJson(r);
    assertThat(reader.readString(json)).isEqualTo(r);
  }

  @Test
  void theStrictLoaderReturnsAValidReportOrThrowsReportException() {
    AtomicInteger accepted = new AtomicInteger();
    Property.forAll("strict loading of a mutated document", Mutations.of(DOCUMENTS))
        .tries(6_000)
        .verify(m -> load(ReportReader.strict(), m, accepted));
    // Some mutations keep a document valid (swapping two actors, dropping an optional field).
    assertThat(accepted.get()).isBetween(1, 5_999);
  }

  @Test
  void theLenientLoaderReturnsAValidReportOrThrowsReportException() {
    AtomicInteger accepted = new AtomicInteger();
    Property.forAll("lenient loading of a mutated document", Mutations.of(DOCUMENTS))
        .tries(4_000).seed(Property.DEFAULT_SEED + 1_000_000)
        .verify(m -> load(ReportReader.lenient(), m, accepted));
    assertThat(accepted.get()).isBetween(1, 3_999);
  }
}
