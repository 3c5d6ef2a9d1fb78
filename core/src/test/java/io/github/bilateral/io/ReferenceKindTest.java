package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.model.FactKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ReportWriter#referenceKind}: the kind of fact a field refers to, as the format describes it. */
class ReferenceKindTest {

  private static final ReportWriter W = ReportWriter.canonical();

  @Test
  void idsAndFootnoteNumbersReferToTheKindOfTheirField() {
    assertThat(W.referenceKind(List.of("loans", "places"))).contains(FactKind.PLACE);
    assertThat(W.referenceKind(List.of("loans", "lenders"))).contains(FactKind.ACTOR);
    assertThat(W.referenceKind(List.of("places", "within"))).contains(FactKind.PLACE);
    assertThat(W.referenceKind(List.of("actors", "offices", "organisation"))).contains(FactKind.ACTOR);
    assertThat(W.referenceKind(List.of("loans", "provenance", "footnotes"))).contains(FactKind.CITATION);
    assertThat(W.referenceKind(List.of("loans", "provenance", "sections"))).contains(FactKind.SECTION);
    assertThat(W.referenceKind(List.of("loans", "provenance", "fields", "amount", "footnotes")))
        .contains(FactKind.CITATION);
    assertThat(W.referenceKind(List.of("citations", "ibid"))).contains(FactKind.CITATION);
    assertThat(W.referenceKind(List.of("actors", "possibleIdentities", "footnotes"))).contains(FactKind.CITATION);
  }

  @Test
  void otherFieldsReferToNoKind() {
    assertThat(W.referenceKind(List.of("loans", "summary"))).isEmpty();
    assertThat(W.referenceKind(List.of("loans", "id"))).isEmpty();
    assertThat(W.referenceKind(List.of("citations", "footnote"))).isEmpty();
    assertThat(W.referenceKind(List.of("errata", "refers"))).isEmpty();
    assertThat(W.referenceKind(List.of("loans", "amount"))).isEmpty();
    assertThat(W.referenceKind(List.of("loans", "nothing"))).isEmpty();
    assertThat(W.referenceKind(List.of("loans"))).isEmpty();
    assertThat(W.referenceKind(List.of())).isEmpty();
  }
}
