package io.github.bilateral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Rules at the edges that the other model tests left open: a value of zero, the first character of
 * a text, a number that starts with zero, the depth of nested objects, an escape at the very end, and
 * whether a set of unknown fields with one field is empty.
 */
class ModelSurvivorsTest {

  @Test
  void anEstimateOfZeroIsAValueNotANegativeOne() {
    assertThat(Estimate.exact(BigDecimal.ZERO).value()).hasValue(BigDecimal.ZERO);
    assertThatThrownBy(() -> Estimate.exact(new BigDecimal("-0.5")))
        .hasMessage("Invalid value for Estimate.value (must not be negative): -0.5");
  }

  @Test
  void aSpoofingCharacterIsRefusedAtTheStartOfAText() {
    assertThatThrownBy(() -> Office.builder().title("\u202EPrime Minister").build())
        .hasMessageStartingWith("Invalid Office.title (")
        .hasMessageEndingWith("): \"<U+202E>Prime Minister\"");
  }

  @Test
  void unknownNumbersMayStartWithZero() {
    UnknownFields f = UnknownFields.builder().put("a", "0").put("b", "[0.5, 0e1]").build();
    assertThat(f.get("a")).hasValue("0");
    assertThat(f.get("b")).hasValue("[0.5,0e1]");
    assertThat(f.isEmpty()).isFalse();
    assertThat(UnknownFields.builder().build().isEmpty()).isTrue();
  }

  @Test
  void objectsNestedTooDeeplyAreRefusedLikeArrays() {
    String deepObjects = "{\"a\":".repeat(1001) + "1" + "}".repeat(1001);
    assertThatThrownBy(() -> UnknownFields.builder().put("a", deepObjects))
        .hasMessageContaining("nesting deeper than 1000");
    String deepEnough = "{\"a\":".repeat(999) + "1" + "}".repeat(999);
    assertThat(UnknownFields.builder().put("a", deepEnough).build().get("a")).hasValue(deepEnough);
  }

  @Test
  void anEscapeThatEndsTheInputIsAnUnfinishedString() {
    assertThatThrownBy(() -> UnknownFields.builder().put("a", "\"\\u0041"))
        .hasMessageStartingWith("Invalid UnknownFields 'a' (malformed JSON: ")
        .hasMessageNotContaining("in an escape");
    assertThatThrownBy(() -> UnknownFields.builder().put("a", "\"\\u004"))
        .hasMessageContaining("unexpected end of input in an escape");
  }
}
