package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Report;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ReportWriter#fieldOrder}: the format's field order, as the writer writes it, for tools laying it out. */
class FieldOrderTest {

  private static final ReportWriter W = ReportWriter.canonical();

  private static List<String> order(String... path) {
    return W.fieldOrder(List.of(path)).orElseThrow(() -> new AssertionError("no object at " + Arrays.toString(path)));
  }

  @Test
  void theFieldsOfEachObjectInCanonicalOrder() {
    assertThat(order()).startsWith("schemaVersion", "metadata", "sections", "citations", "actors");
    assertThat(order("actors")).containsExactly("id", "kind", "name", "unnamed", "aliases", "country", "offices",
        "possibleIdentities", "summary", "provenance");
    assertThat(order("actors", "offices")).containsExactly("title", "organisation", "from", "fromPart", "to",
        "toPart", "acting", "note");
    assertThat(order("actors", "provenance")).containsExactly("sections", "footnotes", "page", "basis", "note",
        "fields");
    assertThat(order("loans", "amount")).containsExactly("value", "qualifier", "printed", "currency", "conversion");
    assertThat(order("loans", "amount", "conversion", "from")).containsExactly("value", "qualifier", "printed",
        "currency");
    assertThat(order("loans", "history")).containsExactly("date", "datePart", "status", "note");
    assertThat(order("metadata")).startsWith("id", "title", "authors");
  }

  @Test
  void aProvenancesFieldsAreKeyedByItsFactsFieldsAndHoldSourcings() {
    assertThat(order("loans", "provenance", "fields")).isEqualTo(order("loans"));
    assertThat(order("citations", "provenance", "fields")).isEqualTo(order("citations"));
    assertThat(order("loans", "provenance", "fields", "amount")).containsExactly("basis", "footnotes", "sections",
        "note");
    assertThat(order("loans", "provenance", "fields", "anyKey")).isEqualTo(order("loans", "provenance", "fields", "amount"));
  }

  @Test
  void everyFactKindHasItsShapesFields() {
    for (FactKind kind : FactKind.inFormatOrder()) {
      assertThat(order(kind.listName())).as(kind.listName()).containsExactlyElementsOf(Format.shape(kind).fields());
    }
  }

  @Test
  void noObjectWhereTheFormatHasNone() {
    assertThat(W.fieldOrder(List.of("actors", "name"))).isEmpty();
    assertThat(W.fieldOrder(List.of("actors", "x"))).isEmpty();
    assertThat(W.fieldOrder(List.of("actors", "x", "y"))).isEmpty();
    assertThat(W.fieldOrder(List.of("nothing"))).isEmpty();
    assertThat(W.fieldOrder(List.of("events", "datePart"))).isEmpty();
    // A field of version 1 only is not written.
    assertThat(W.fieldOrder(List.of("loans", "provenance", "location"))).isEmpty();
    assertThat(order("loans", "provenance")).doesNotContain("location");
    assertThatThrownBy(() -> W.fieldOrder(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> W.fieldOrder(Arrays.asList("loans", null))).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theWriterWritesEveryObjectsKnownFieldsInThatOrder() throws Exception {
    ObjectMapper json = new ObjectMapper();
    checkOrder(json.readTree(W.toJson(Reports.usPakistan2023())), new ArrayList<>());
    Property.forAll("written in fieldOrder", Generators.reports()).tries(100).verify((Report r) -> {
      try {
        checkOrder(json.readTree(W.toJson(r)), new ArrayList<>());
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  /** Each object's keys are in the order fieldOrder gives for its path, and it names every key. */
  private static void checkOrder(JsonNode n, List<String> path) {
    if (n.isArray()) {
      n.forEach(e -> checkOrder(e, path));
      return;
    }
    if (!n.isObject()) {
      return;
    }
    Optional<com.google.common.collect.ImmutableList<String>> order = W.fieldOrder(path);
    assertThat(order).as(String.join(".", path)).isPresent();
    int last = -1;
    for (Map.Entry<String, JsonNode> f : n.properties()) {
      int at = order.get().indexOf(f.getKey());
      assertThat(at).as(String.join(".", path) + "." + f.getKey()).isGreaterThan(last);
      last = at;
      path.add(f.getKey());
      checkOrder(f.getValue(), path);
      path.remove(path.size() - 1);
    }
  }
}
