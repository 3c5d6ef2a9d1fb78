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

  /** The edges of each character range the reader tells apart: the digits 0 and 9, a space and the control character below it. */
  @Test
  void keepsValuesAtTheEdgesOfEachCharacterRange() {
    for (String value : new String[] {"0", "9", "-0", "-9", "90", "0.9", "9.0", "0e9", "9E-0", "[0,9]", "\" \"", "\"09\""}) {
      assertThat(UnknownFields.builder().put("a", value).build().get("a")).as(value).hasValue(value);
    }
    assertThatThrownBy(() -> UnknownFields.builder().put("a", "\"\u001f\""))
        .hasMessageContaining("unescaped control character in a string");
    assertThatThrownBy(() -> UnknownFields.builder().put("a", "-/")).hasMessageContaining("expected a digit");
    assertThatThrownBy(() -> UnknownFields.builder().put("a", "-:")).hasMessageContaining("expected a digit");
    assertThatThrownBy(() -> UnknownFields.builder().put("a", "1./")).hasMessageContaining("expected a digit");
    assertThatThrownBy(() -> UnknownFields.builder().put("a", "1.:")).hasMessageContaining("expected a digit");
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
  private static String compact(String json) {
    return UnknownFields.builder().put("a", json).build().get("a").orElseThrow();
  }

  private static String problem(String json) {
    try {
      UnknownFields.builder().put("a", json);
    } catch (IllegalArgumentException e) {
      String prefix = "Invalid UnknownFields 'a' (";
      assertThat(e.getMessage()).startsWith(prefix);
      String rest = e.getMessage().substring(prefix.length());
      int end = rest.lastIndexOf("): ");
      return end >= 0 ? rest.substring(0, end) : rest.substring(0, rest.length() - 1);
    }
    throw new AssertionError("accepted: " + json);
  }

  @Test
  void writesEachStringEscapeInOneCanonicalForm() {
    // \" \\ \/ \b \f \n \r \t, two other controls and a letter escaped as \\u: only what JSON requires
    // stays escaped, with upper-case hex digits.
    assertThat(compact("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0001\\u001f\\u00e9\\u0020\""))
        .isEqualTo("\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\\u001Fé \"");
    assertThat(compact("\"\\ud83c\\uddf5\"")).isEqualTo("\"\uD83C\uDDF5\"");
    assertThat(UnknownFields.builder().put("a\"b\n", "1").build()).hasToString("{\"a\\\"b\\n\":1}");
  }

  @Test
  void dropsTheWhiteSpaceBetweenTokensAndKeepsNumbersAndWordsAsWritten() {
    assertThat(compact(" \t\r\n{ \"k\" :\t[ ] ,\r\n\"m\":{ } ,\"n\" : [ true , false,null ] } \n"))
        .isEqualTo("{\"k\":[],\"m\":{},\"n\":[true,false,null]}");
    assertThat(compact("[0, -0.5e+3, 1E-2, 10, -12, 3.25, 7e5, 0.0]")).isEqualTo("[0,-0.5e+3,1E-2,10,-12,3.25,7e5,0.0]");
    assertThat(compact("[[[\"x\"]], {\"a\": {\"b\": {}}}]")).isEqualTo("[[[\"x\"]],{\"a\":{\"b\":{}}}]");
  }

  @Test
  void saysWhatIsMalformedAndAtWhichCharacter() {
    assertThat(problem("01")).isEqualTo("malformed JSON: leading zeros are not allowed at character 2");
    assertThat(problem("-")).isEqualTo("malformed JSON: unexpected end of input at character 2");
    assertThat(problem("-x")).isEqualTo("malformed JSON: expected a digit at character 2");
    assertThat(problem("1.")).isEqualTo("malformed JSON: unexpected end of input at character 3");
    assertThat(problem("1.e5")).isEqualTo("malformed JSON: expected a digit at character 3");
    assertThat(problem("1e")).isEqualTo("malformed JSON: unexpected end of input at character 3");
    assertThat(problem("1e+")).isEqualTo("malformed JSON: unexpected end of input at character 4");
    assertThat(problem("2e-x")).isEqualTo("malformed JSON: expected a digit at character 4");
    assertThat(problem("1.5x")).isEqualTo("trailing content after the JSON value");
    assertThat(problem("[1 2]")).isEqualTo("malformed JSON: expected ',' or ']' at character 4");
    assertThat(problem("[1,]")).isEqualTo("malformed JSON: unexpected character ']' at character 4");
    assertThat(problem("[")).isEqualTo("malformed JSON: unexpected end of input at character 2");
    assertThat(problem("{\"a\":1 \"b\":2}")).isEqualTo("malformed JSON: expected ',' or '}' at character 8");
    assertThat(problem("{1:2}")).isEqualTo("malformed JSON: expected a field name at character 2");
    assertThat(problem("{\"a\" 1}")).isEqualTo("malformed JSON: expected ':' at character 6");
    assertThat(problem("{\"a\":1,")).isEqualTo("malformed JSON: unexpected end of input at character 8");
    assertThat(problem("{")).isEqualTo("malformed JSON: unexpected end of input at character 2");
    assertThat(problem("tru")).isEqualTo("malformed JSON: unexpected character 't' at character 1");
    assertThat(problem("\"a\u0001\"")).isEqualTo("malformed JSON: unescaped control character in a string at character 3");
    assertThat(problem("\"\\x\"")).isEqualTo("malformed JSON: bad escape '\\x' at character 3");
    assertThat(problem("\"\\u12\"")).isEqualTo("malformed JSON: unexpected end of input in an escape at character 4");
    assertThat(problem("\"\\u12g4\"")).isEqualTo("malformed JSON: bad \\u escape at character 6");
    assertThat(problem("\"abc")).isEqualTo("malformed JSON: unexpected end of input at character 5");
    assertThat(problem(" ")).isEqualTo("expected a JSON value, found nothing");
  }

  @Test
  void nestsAThousandLevelsDeepAndNoDeeper() {
    String deepest = "[".repeat(1001) + "]".repeat(1001);
    assertThat(compact(deepest)).isEqualTo(deepest);
    assertThat(problem("[".repeat(1002) + "]".repeat(1002)))
        .isEqualTo("malformed JSON: nesting deeper than 1000 at character 1002");
  }

  @Test
  void refusesTextThatCannotBeWrittenBackInNamesAndStrings() {
    assertThat(problem("{\"\\u0000\": 1}")).isEqualTo("a NUL character is not allowed in text");
    assertThat(problem("\"\\ud800\"")).isEqualTo("a lone UTF-16 surrogate is not allowed in text");
    assertThat(problem("\"\\ud800a\"")).isEqualTo("a lone UTF-16 surrogate is not allowed in text");
    assertThat(problem("\"a\\udc00\\ud800\"")).isEqualTo("a lone UTF-16 surrogate is not allowed in text");
    assertThatThrownBy(() -> UnknownFields.builder().put("a\u0000", "1"))
        .hasMessage("Invalid UnknownFields name (a NUL character is not allowed in text)");
    assertThatThrownBy(() -> UnknownFields.builder().put("\uD800", "1"))
        .hasMessage("Invalid UnknownFields name (a lone UTF-16 surrogate is not allowed in text)");
  }

  @Test
  void aLongValueIsShownCutInTheMessage() {
    String sixty = "[" + "1,".repeat(29) + "]";
    assertThat(sixty).hasSize(60);
    assertThatThrownBy(() -> UnknownFields.builder().put("a", sixty))
        .hasMessage("Invalid UnknownFields 'a' (malformed JSON: unexpected character ']' at character 60): " + sixty);
    String longer = "[" + "1,".repeat(30) + "]";
    assertThatThrownBy(() -> UnknownFields.builder().put("a", longer))
        .hasMessage("Invalid UnknownFields 'a' (malformed JSON: unexpected character ']' at character 62): "
            + longer.substring(0, 60) + "...");
  }
}
