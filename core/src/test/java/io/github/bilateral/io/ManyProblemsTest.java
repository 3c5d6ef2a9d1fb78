package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader reports every problem it finds, up to two hundred, and then says that it stopped; a
 * field given twice is one problem whether the field is known or not.
 */
class ManyProblemsTest {

  private static final String SAMPLE = ReportReaderTest.sample();

  /** The sample with {@code n} blank authors. */
  private static List<Problem> blankAuthors(ReportReader reader, int n) {
    String authors = "\"authors\": [" + String.join(", ", Collections.nCopies(n, "\"\"")) + "]";
    String text = SAMPLE.replaceFirst("\"authors\": \\[\\s*\"A. Author\"\\s*\\]", authors);
    assertThat(text).contains(authors);
    return catchThrowableOfType(ReportException.class, () -> reader.readString(text)).problems();
  }

  @Test
  void everyProblemUpToTwoHundredIsReported() {
    List<Problem> problems = blankAuthors(ReportReader.strict(), 199);
    assertThat(problems).hasSize(199).allSatisfy(p -> assertThat(p.reason()).isEqualTo("must not be blank"));
    assertThat(problems).extracting(Problem::path).startsWith("metadata.authors[0]", "metadata.authors[1]")
        .endsWith("metadata.authors[198]");
  }

  @Test
  void theTwoHundredthProblemStopsTheWalk() {
    for (int n : new int[] {200, 201, 5000}) {
      List<Problem> problems = blankAuthors(ReportReader.lenient(), n);
      assertThat(problems).as(n + " problems").hasSize(201);
      assertThat(problems.subList(0, 200)).allSatisfy(p -> assertThat(p.reason()).isEqualTo("must not be blank"));
      Problem last = problems.get(200);
      assertThat(last.reason()).isEqualTo("too many problems; stopped after 200");
      assertThat(last.path()).isEqualTo("metadata.authors[199]");
      assertThat(last.line()).isEqualTo(problems.get(199).line());
      assertThat(last.column()).isEqualTo(problems.get(199).column());
    }
  }

  @Test
  void aFieldGivenTwiceIsOneProblemKnownOrNot() {
    String twice = SAMPLE.replace("\"status\": \"disbursing\",", "\"x\": 1, \"x\": [2], \"status\": \"disbursing\",");
    ReportException strict = catchThrowableOfType(ReportException.class, () -> ReportReader.strict().readString(twice));
    assertThat(strict.problems()).extracting(p -> p.path() + ": " + p.reason()).containsExactly(
        "loans[0].x: unknown field 'x' in Loan (known fields: id, kind, lenders, borrowers, amount, status, date,"
            + " datePart, term, extends, partOf, purpose, places, summary, provenance)",
        "loans[0].x: duplicate field 'x' in Loan");
    ReportException lenient = catchThrowableOfType(ReportException.class, () -> ReportReader.lenient().readString(twice));
    assertThat(lenient.problems()).extracting(p -> p.path() + ": " + p.reason())
        .containsExactly("loans[0].x: duplicate field 'x' in Loan");
    assertThat(lenient.problems().get(0).value()).hasValue("x");
    String once = SAMPLE.replace("\"status\": \"disbursing\",", "\"x\": 1, \"y\": [2], \"status\": \"disbursing\",");
    assertThat(ReportReader.lenient().readString(once).loans().get(0).unknownFields().asMap())
        .containsExactly(java.util.Map.entry("x", "1"), java.util.Map.entry("y", "[2]"));
  }
}
