package io.github.bilateral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnknownFieldsTest {

  @Test
  void keepsCompactJsonInOrder() {
    UnknownFields f = UnknownFields.builder()
        .put("z", " { \"b\" : [1, 2.50, -0, 1e10000000], \"a\": null } ")
        .put("a", "\"caf\\u00e9\"")
        .build();
    assertThat(f.asMap().keySet()).containsExactly("z", "a");
    assertThat(f.get("z")).hasValue("{\"b\":[1,2.50,-0,1e10000000],\"a\":null}");
    assertThat(f.get("a")).hasValue("\"café\"");
    assertThat(f.get("nope")).isEmpty();
    assertThat(f.size()).isEqualTo(2);
    assertThat(f).hasToString("{\"z\":{\"b\":[1,2.50,-0,1e10000000],\"a\":null},\"a\":\"café\"}");
  }

  @Test
  void equalityIgnoresWhitespaceButNotOrderOrDigits() {
    assertThat(UnknownFields.of(Map.of("a", "[1, 2]"))).isEqualTo(UnknownFields.of(Map.of("a", "[1,2]")))
        .hasSameHashCodeAs(UnknownFields.of(Map.of("a", "[1,2]")));
    assertThat(UnknownFields.of(Map.of("a", "1.0"))).isNotEqualTo(UnknownFields.of(Map.of("a", "1")));
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("a", "1");
    ab.put("b", "2");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("b", "2");
    ba.put("a", "1");
    assertThat(UnknownFields.of(ab)).isNotEqualTo(UnknownFields.of(ba));
    assertThat(UnknownFields.of(Map.of())).isSameAs(UnknownFields.of()).matches(UnknownFields::isEmpty);
  }

  @Test
  void rejectsAnythingButOneCleanJsonValue() {
    assertThatThrownBy(() -> UnknownFields.builder().put("a", "")).hasMessage(
        "Invalid UnknownFields 'a' (expected a JSON value, found nothing): ");
    assertThatThrownBy(() -> UnknownFields.builder().put("a", "1 2")).hasMessage(
        "Invalid UnknownFields 'a' (trailing content after the JSON value): 1 2");
    assertThatThrownBy(() -> UnknownFields.builder().put("a", "{\"x\": 1, \"x\": 2}")).hasMessage(
        "Invalid UnknownFields 'a' (duplicate key 'x'): {\"x\": 1, \"x\": 2}");
    assertThatThrownBy(() -> UnknownFields.builder().put("a", "[1,")).hasMessageStartingWith(
        "Invalid UnknownFields 'a' (malformed JSON: ");
    assertThatThrownBy(() -> UnknownFields.builder().put("a", "'x'")).hasMessageStartingWith(
        "Invalid UnknownFields 'a' (malformed JSON: ");
    assertThatThrownBy(() -> UnknownFields.builder().put("a", "NaN")).hasMessageStartingWith(
        "Invalid UnknownFields 'a' (malformed JSON: ");
    assertThatThrownBy(() -> UnknownFields.builder().put("a", "\"\\u0000\"")).hasMessage(
        "Invalid UnknownFields 'a' (a NUL character is not allowed in text)");
    assertThatThrownBy(() -> UnknownFields.builder().put("a", "\"\\udc00\"")).hasMessage(
        "Invalid UnknownFields 'a' (a lone UTF-16 surrogate is not allowed in text)");
    assertThatThrownBy(() -> UnknownFields.builder().put("", "1")).hasMessage(
        "Invalid UnknownFields name (must not be empty): \"\"");
    assertThatThrownBy(() -> UnknownFields.builder().put("a", "1").put("a", "2").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Multiple entries with same key");
  }

  @Test
  void isPartOfEveryModelObjectsEquality() {
    Provenance p = Provenance.builder().addSection(SectionId.of("s")).build();
    Provenance extra = p.withUnknownFields(UnknownFields.of(Map.of("x", "true")));
    assertThat(p.unknownFields().isEmpty()).isTrue();
    assertThat(extra).isNotEqualTo(p);
    assertThat(extra.withUnknownFields(UnknownFields.of())).isEqualTo(p);
  }
}
