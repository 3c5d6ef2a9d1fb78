package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A problem's parts and its printed form, and the exception that carries problems. */
class ProblemTest {

  @Test
  void keepsItsPartsAndLeavesOutWhatIsUnknown() {
    Problem p = Problem.of("loans[3].lenders[0]", 412, 9, "unknown actor 'imf2'", "imf2", "did you mean 'imf'?");
    assertThat(p.path()).isEqualTo("loans[3].lenders[0]");
    assertThat(p.line()).hasValue(412);
    assertThat(p.column()).hasValue(9);
    assertThat(p.reason()).isEqualTo("unknown actor 'imf2'");
    assertThat(p.value()).hasValue("imf2");
    assertThat(p.suggestion()).hasValue("did you mean 'imf'?");

    Problem bare = Problem.of("$", 0, 0, "empty document", null, null);
    assertThat(bare.line()).isEmpty();
    assertThat(bare.column()).isEmpty();
    assertThat(bare.value()).isEmpty();
    assertThat(bare.suggestion()).isEmpty();
    // A negative line or column is as unknown as 0.
    assertThat(Problem.of("$", -1, -5, "r", null, null)).isEqualTo(Problem.of("$", 0, 0, "r", null, null));
    assertThat(Problem.of("$", 1, 1, "r", null, null).line()).hasValue(1);
    assertThat(Problem.of("$", 1, 1, "r", null, null).column()).hasValue(1);
  }

  @Test
  void printsPathLineColumnReasonAndSuggestion() {
    assertThat(Problem.of("loans[3].lenders[0]", 412, 9, "unknown actor 'imf2'", "imf2", "did you mean 'imf'?"))
        .hasToString("loans[3].lenders[0] (line 412, column 9): unknown actor 'imf2'; did you mean 'imf'?");
    assertThat(Problem.of("$", 3, 0, "invalid UTF-8 at byte offset 40", null, "save the file as UTF-8"))
        .hasToString("$ (line 3): invalid UTF-8 at byte offset 40; save the file as UTF-8");
    assertThat(Problem.of("sections", 0, 0, "a report needs at least one section", null, null))
        .hasToString("sections: a report needs at least one section");
    // The value is kept for tools, not printed: the reason already quotes it where it helps.
    assertThat(Problem.of("x", 1, 2, "bad", "the value", null)).hasToString("x (line 1, column 2): bad");
  }

  @Test
  void isEqualByEveryPart() {
    new EqualsTester()
        .addEqualityGroup(Problem.of("a", 1, 2, "r", "v", "s"), Problem.of("a", 1, 2, "r", "v", "s"))
        .addEqualityGroup(Problem.of("b", 1, 2, "r", "v", "s"))
        .addEqualityGroup(Problem.of("a", 9, 2, "r", "v", "s"))
        .addEqualityGroup(Problem.of("a", 1, 9, "r", "v", "s"))
        .addEqualityGroup(Problem.of("a", 1, 2, "other", "v", "s"))
        .addEqualityGroup(Problem.of("a", 1, 2, "r", null, "s"))
        .addEqualityGroup(Problem.of("a", 1, 2, "r", "v", null))
        .addEqualityGroup("a (line 1, column 2): r; s")
        .testEquals();
  }

  @Test
  void needsAPathAndAReason() {
    assertThatThrownBy(() -> Problem.of(null, 0, 0, "r", null, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("path");
    assertThatThrownBy(() -> Problem.of("$", 0, 0, null, null, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("reason");
  }

  private static List<Problem> numbered(int n) {
    List<Problem> problems = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      problems.add(Problem.of("loans[" + i + "]", i, 1, "problem " + i, null, null));
    }
    return problems;
  }

  @Test
  void theMessageCountsTheProblemsAndListsTheFirstTen() {
    assertThat(new ReportException("a.json", numbered(1))).hasMessage("a.json: 1 problem\n  loans[1] (line 1, column 1): problem 1");
    assertThat(new ReportException("a.json", numbered(2))).hasMessage(
        "a.json: 2 problems\n  loans[1] (line 1, column 1): problem 1\n  loans[2] (line 2, column 1): problem 2");
    StringBuilder ten = new StringBuilder("a.json: 10 problems");
    for (int i = 1; i <= 10; i++) {
      ten.append("\n  loans[").append(i).append("] (line ").append(i).append(", column 1): problem ").append(i);
    }
    assertThat(new ReportException("a.json", numbered(10))).hasMessage(ten.toString());
    assertThat(new ReportException("a.json", numbered(11))).hasMessage(
        ten.toString().replace("10 problems", "11 problems") + "\n  ... and 1 more");
    assertThat(new ReportException("a.json", numbered(25)).getMessage()).endsWith("problem 10\n  ... and 15 more");
  }

  @Test
  void carriesEveryProblemInOrderAndItsCause() {
    List<Problem> problems = numbered(25);
    ReportException e = new ReportException("a.json", problems);
    assertThat(e.problems()).containsExactlyElementsOf(problems);
    assertThat(e.getCause()).isNull();
    IOException cause = new IOException("disk");
    ReportException caused = new ReportException("a.json", numbered(1), cause);
    assertThat(caused.getCause()).isSameAs(cause);
    assertThat(caused.problems()).containsExactlyElementsOf(numbered(1));
    // The exception keeps its own copy.
    problems.clear();
    assertThat(e.problems()).hasSize(25);
  }

  @Test
  void needsAtLeastOneProblem() {
    assertThatThrownBy(() -> new ReportException("a.json", List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A ReportException needs at least one problem");
  }
}
