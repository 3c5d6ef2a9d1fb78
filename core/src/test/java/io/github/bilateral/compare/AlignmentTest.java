package io.github.bilateral.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Report;
import org.junit.jupiter.api.Test;

class AlignmentTest {

  private static final Report BUNDLED = Reports.usPakistan2023();

  /** The bundled report with the IMF renamed {@code imf-renamed}, in its own id and every reference. */
  private static Report imfRenamed() {
    String json = ReportWriter.canonical().toJson(BUNDLED)
        .replace("\"imf\"", "\"imf-renamed\"").replace("\"actor:imf\"", "\"actor:imf-renamed\"");
    return ReportReader.strict().readString(json);
  }

  @Test
  void factsWithTheSameIdArePairedById() {
    Alignment a = Alignment.of(BUNDLED, BUNDLED);
    assertThat(a.pairs()).allSatisfy(p -> {
      assertThat(p.pairing()).isEqualTo(Pairing.ID);
      assertThat(p.score()).isEqualTo(1.0);
      assertThat(p.oldIndex()).isEqualTo(p.newIndex());
    });
    assertThat(a.onlyInFirst()).isEmpty();
    assertThat(a.onlyInSecond()).isEmpty();
  }

  @Test
  void aRenamedFactIsPairedByContentAndReferencesToItStillAgree() {
    Alignment a = Alignment.of(BUNDLED, imfRenamed());
    assertThat(a.pairs(FactKind.ACTOR)).filteredOn(p -> p.pairing() == Pairing.CONTENT).singleElement()
        .satisfies(p -> {
          assertThat(p.oldId()).isEqualTo("imf");
          assertThat(p.newId()).isEqualTo("imf-renamed");
          assertThat(p.score()).isEqualTo(1.0);
          assertThat(p).hasToString("actor imf -> imf-renamed (content 1.00)");
        });
    assertThat(a.pairs()).filteredOn(p -> p.pairing() == Pairing.CONTENT).hasSize(1);
    assertThat(a).hasToString(a.pairs().size() + " pairs (" + (a.pairs().size() - 1)
        + " by id, 1 by content), 0 only in the first, 0 only in the second");
  }

  @Test
  void factsOfAKindTheSecondLacksAreOnlyInTheFirst() {
    Report empty = BUNDLED.withLoans(java.util.List.of());
    Alignment a = Alignment.of(BUNDLED, empty);
    assertThat(a.onlyInFirst()).hasSize(BUNDLED.loans().size())
        .allSatisfy(f -> assertThat(f.kind()).isEqualTo(FactKind.LOAN));
    assertThat(a.onlyInSecond()).isEmpty();
  }

  @Test
  void theContentScoreWeighsKeyFieldsThreeTimes() {
    Features.Dictionary d = new Features.Dictionary();
    Node a = Node.parse("{\"id\": \"a\", \"kind\": \"visit\", \"summary\": \"One\"}");
    Node b = Node.parse("{\"id\": \"b\", \"kind\": \"visit\", \"summary\": \"Two\"}");
    Node c = Node.parse("{\"id\": \"c\", \"kind\": \"court\", \"summary\": \"One\"}");
    // kind (weight 3) agrees, summary (1) does not: 3 / 4.
    assertThat(Features.score(Features.of(FactKind.EVENT, a, d, new Renames()), Features.of(FactKind.EVENT, b, d, new Renames()), d))
        .isEqualTo(0.75);
    assertThat(Features.score(Features.of(FactKind.EVENT, a, d, new Renames()), Features.of(FactKind.EVENT, c, d, new Renames()), d))
        .isEqualTo(0.25);
    // Lists count as multisets; text is folded as names are.
    Node x = Node.parse("{\"id\": \"x\", \"actors\": [\"imf\", \"pakistan\"], \"summary\": \"IMF, Pakistan!\"}");
    Node y = Node.parse("{\"id\": \"y\", \"actors\": [\"pakistan\"], \"summary\": \"imf pakistan\"}");
    assertThat(Features.score(Features.of(FactKind.EVENT, x, d, new Renames()), Features.of(FactKind.EVENT, y, d, new Renames()), d))
        .isEqualTo((3 * 0.5 + 1) / 4);
  }

  @Test
  void aPathNamesListPositionsAndThePointerEscapes() {
    FieldChange c = FieldChange.of(com.google.common.collect.ImmutableList.of("offices", 1, "a/b~c"),
        Node.parse("\"x\""), null);
    assertThat(c.path()).isEqualTo("offices[1].a/b~c");
    assertThat(c.pointer()).isEqualTo("/offices/1/a~1b~0c");
    assertThat(c.oldValue()).contains("\"x\"");
    assertThat(c.newValue()).isEmpty();
    assertThat(c).hasToString("offices[1].a/b~c: \"x\" -> (absent)");
    assertThat(c.inverse().inverse()).isEqualTo(c);
  }
}
