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
  @Test
  void theEdgesOfTheAlphabetAndOfTheLength() {
    assertThat(ActorId.of("z9-a0").value()).isEqualTo("z9-a0");
    for (String bad : new String[] {"a`", "a{", "a/", "a:", "a-", "a_b", "a b"}) {
      assertThat(Identifier.isValid(bad)).as(bad).isFalse();
      assertThatThrownBy(() -> ActorId.of(bad)).as(bad).hasMessage(
          "Invalid ActorId (lowercase kebab-case such as \"imf-sba-2023\" expected): \"" + bad + "\"");
    }
    String longest = "a".repeat(Identifier.MAX_LENGTH);
    assertThat(Identifier.isValid(longest)).isTrue();
    assertThat(LoanId.of(longest).value()).hasSize(80);
    assertThat(Identifier.isValid(longest + "b")).isFalse();
    assertThatThrownBy(() -> LoanId.of(longest + "b"))
        .hasMessage("Invalid LoanId (at most 80 characters, found 81): \"" + longest + "b\"");
    assertThat(Identifier.isValid("")).isFalse();
    assertThatThrownBy(() -> ActorId.of(null)).hasMessage("ActorId value must not be null");
  }

  @Test
  void aFootnoteReferenceHasOneToSixDigitsAndNoLeadingZero() {
    assertThat(FactRef.parse("citation:999999").id()).isEqualTo("999999");
    assertThat(FactRef.parse("citation:1").kind()).isEqualTo(FactKind.CITATION);
    for (String bad : new String[] {"citation:1000000", "citation:0", "citation:07", "citation:", "citation:1/", "citation::"}) {
      assertThatThrownBy(() -> FactRef.parse(bad)).as(bad).hasMessage(
          "Invalid fact reference (a footnote number expected after \"citation:\"): \"" + bad + "\"");
    }
    assertThatThrownBy(() -> FactRef.citation(0)).hasMessage("Invalid FactRef footnote (must be at least 1): 0");
    assertThat(FactRef.citation(1)).hasToString("citation:1");
  }

  @Test
  void aReferenceNeedsAKnownKindAndAnIdOfThatShape() {
    assertThatThrownBy(() -> FactRef.parse("loan:Bad")).hasMessage(
        "Invalid fact reference (a lowercase kebab-case id expected after \"loan:\"): \"loan:Bad\"");
    assertThatThrownBy(() -> FactRef.parse(":imf")).hasMessage("Invalid fact reference (unknown kind \"\"; expected one"
        + " of actor, place, loan, agreement, recommendation, event, figure, assessment, relation, section, citation,"
        + " erratum): \":imf\"");
    assertThatThrownBy(() -> FactRef.parse("imf")).hasMessage(
        "Invalid fact reference (expected kind:id, such as \"actor:imf\"): \"imf\"");
    assertThatThrownBy(() -> FactRef.parse("actor:a:b")).hasMessage(
        "Invalid fact reference (a lowercase kebab-case id expected after \"actor:\"): \"actor:a:b\"");
    assertThatThrownBy(() -> FactRef.of(Measure.of("gdp"))).hasMessage("A measure is not a fact and cannot be referenced: gdp");
    assertThatThrownBy(() -> FactRef.of(ReportId.of("r"))).hasMessage("A report is not a fact and cannot be referenced: r");
    assertThatThrownBy(() -> FactRef.of(Theme.of("climate"))).hasMessage("A theme is not a fact and cannot be referenced: climate");
    assertThat(FactRef.of(SectionId.of("intro"))).isEqualTo(FactRef.parse("section:intro"));
    assertThat(FactRef.of(ErratumId.of("e")).kind()).isEqualTo(FactKind.ERRATUM);
  }

  @Test
  void referencesOrderByKindThenIdAndFootnotesByNumber() {
    assertThat(FactRef.parse("actor:zz")).isLessThan(FactRef.parse("place:aa"));
    assertThat(FactRef.parse("place:aa")).isGreaterThan(FactRef.parse("actor:zz"));
    assertThat(FactRef.parse("actor:a")).isLessThan(FactRef.parse("actor:b"));
    assertThat(FactRef.parse("actor:b")).isGreaterThan(FactRef.parse("actor:a"));
    assertThat(FactRef.parse("citation:10")).isGreaterThan(FactRef.parse("citation:9"));
    assertThat(FactRef.parse("citation:10").compareTo(FactRef.citation(10))).isZero();
    assertThat(FactRef.parse("actor:a")).isEqualTo(FactRef.of(ActorId.of("a"))).hasSameHashCodeAs(FactRef.of(ActorId.of("a")))
        .isNotEqualTo(FactRef.parse("place:a")).isNotEqualTo(FactRef.parse("actor:b")).isNotEqualTo("actor:a");
    Identifier actor = ActorId.of("b");
    assertThat(actor.compareTo(PlaceId.of("a"))).isNegative();
    assertThat(PlaceId.of("a").compareTo(actor)).isPositive();
    assertThat(ActorId.of("a").compareTo(ActorId.of("a"))).isZero();
    assertThat(ActorId.of("a")).isNotEqualTo(null).isNotEqualTo("a");
  }
}
