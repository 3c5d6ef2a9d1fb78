package io.github.bilateral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdentifierTest {

  @Test
  void acceptsKebabCase() {
    assertThat(ActorId.of("imf").value()).isEqualTo("imf");
    assertThat(LoanId.of("imf-sba-2023")).hasToString("imf-sba-2023");
  }

  @Test
  void rejectsAnythingElseWithAMessageThatNamesTheType() {
    assertThatThrownBy(() -> ActorId.of("IMF"))
        .hasMessage("Invalid ActorId (lowercase kebab-case such as \"imf-sba-2023\" expected): \"IMF\"");
    assertThatThrownBy(() -> PlaceId.of("")).hasMessage("Invalid PlaceId (must not be empty): \"\"");
    assertThatThrownBy(() -> LoanId.of("a--b")).hasMessageContaining("kebab-case");
    assertThatThrownBy(() -> LoanId.of("-a")).hasMessageContaining("kebab-case");
    assertThatThrownBy(() -> EventId.of("a".repeat(81))).hasMessageContaining("at most 80 characters, found 81");
    assertThatThrownBy(() -> ActorId.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void idsOfDifferentKindsAreNeverEqual() {
    assertThat(ActorId.of("gwadar")).isNotEqualTo(PlaceId.of("gwadar"));
    assertThat(ActorId.of("gwadar")).isEqualTo(ActorId.of("gwadar")).hasSameHashCodeAs(ActorId.of("gwadar"));
    assertThat(ActorId.of("b")).isGreaterThan(ActorId.of("a"));
  }

  @Test
  void factReferencesParseWhatTheyPrint() {
    assertThat(FactRef.parse("agreement:us-pakistan-green-alliance").kind()).isEqualTo(FactKind.AGREEMENT);
    assertThat(FactRef.of(ActorId.of("usaid"))).hasToString("actor:usaid");
    assertThat(FactRef.citation(52)).isEqualTo(FactRef.parse("citation:52"));
    assertThat(FactRef.parse("citation:9")).isLessThan(FactRef.parse("citation:10"));
    assertThatThrownBy(() -> FactRef.parse("actr:imf")).hasMessageStartingWith("Invalid fact reference (unknown kind \"actr\"");
    assertThatThrownBy(() -> FactRef.parse("imf")).hasMessageContaining("expected kind:id");
    assertThatThrownBy(() -> FactRef.parse("citation:x")).hasMessageContaining("footnote number");
    assertThatThrownBy(() -> FactRef.of(Theme.of("climate"))).hasMessageContaining("not a fact");
  }

  @Test
  void acceptsExactlyWhatTheKebabPatternMatches() {
    Pattern kebab = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    Pattern footnote = Pattern.compile("[1-9][0-9]{0,5}");
    String alphabet = "ab09-_A ";
    SplittableRandom random = new SplittableRandom(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(7);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertThat(Identifier.isValid(s)).as(s).isEqualTo(kebab.matcher(s).matches());
      String digits = s.replace('a', '1').replace('b', '5');
      boolean parses;
      try {
        FactRef.parse("citation:" + digits);
        parses = true;
      } catch (IllegalArgumentException e) {
        parses = false;
      }
      assertThat(parses).as(digits).isEqualTo(footnote.matcher(digits).matches());
    }
  }
}
