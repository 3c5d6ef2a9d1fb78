package io.github.bilateral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bilateral.testing.Gen;
import io.github.bilateral.testing.Property;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which characters count as spoofing, how they are named and escaped, and the model's checks that use them. */
class SpoofingCharactersTest {

  private static final Provenance PROV = Provenance.builder().addSection(SectionId.of("intro")).build();

  private static String with(int codePoint) {
    return "Ka" + new String(Character.toChars(codePoint)) + "kar";
  }

  @ParameterizedTest
  @ValueSource(ints = {0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x80, 0x85, 0x9B, 0x9F,
      0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
      0x200E, 0x200F, 0x061C, 0x00AD, 0x200B, 0x2060, 0xFEFF, 0x2028, 0x2029, 0xE0001, 0xE0041, 0xD800})
  void controlsFormatCharactersSeparatorsAndLoneSurrogatesAreSpoofing(int codePoint) {
    assertThat(SpoofingCharacters.indexOf(with(codePoint))).isEqualTo(2);
    assertThat(SpoofingCharacters.isClean(with(codePoint))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Anwar-ul-Haq Kakar", "Shehbaz Sharif", "Zürich", "£580m", "Đà Nẵng", "پاکستان",
      "\uD83C\uDDF5\uD83C\uDDF0", "crème brûlée", "", "a\u00A0b"})
  void ordinaryTextIsClean(String text) {
    assertThat(SpoofingCharacters.indexOf(text)).isEqualTo(-1);
    assertThat(SpoofingCharacters.escape(text)).isSameAs(text);
  }

  @Test
  void joinersBetweenLettersAreKeptForPersianUrduAndIndicSpelling() {
    // Persian "mi-khaham" (I want): the prefix is kept apart from the verb by a ZERO WIDTH NON-JOINER.
    String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
    // Devanagari "ksha" with a ZERO WIDTH JOINER after the virama, a combining mark.
    String hindi = "\u0915\u094D\u200D\u0937";
    assertThat(SpoofingCharacters.isClean(persian)).isTrue();
    assertThat(SpoofingCharacters.isClean(hindi)).isTrue();
    // At an edge, or next to a space or a digit, a joiner joins nothing and only hides.
    assertThat(SpoofingCharacters.indexOf("\u200DKakar")).isZero();
    assertThat(SpoofingCharacters.indexOf("Kakar\u200C")).isEqualTo(5);
    assertThat(SpoofingCharacters.indexOf("Ka \u200Dkar")).isEqualTo(3);
    assertThat(SpoofingCharacters.indexOf("12\u200C34")).isEqualTo(2);
  }

  @Test
  void describeGivesTheCodeAndTheUnicodeName() {
    assertThat(SpoofingCharacters.describe(0x202E)).isEqualTo("U+202E RIGHT-TO-LEFT OVERRIDE");
    assertThat(SpoofingCharacters.describe(0x1B)).isEqualTo("U+001B ESCAPE");
    assertThat(SpoofingCharacters.describe(0xE0001)).isEqualTo("U+E0001 LANGUAGE TAG");
  }

  @Test
  void escapeWritesEachSpoofingCharacterAsItsCode() {
    assertThat(SpoofingCharacters.escape("Gwa\u202Erad")).isEqualTo("Gwa<U+202E>rad");
    assertThat(SpoofingCharacters.escape("\u001B[2J\u2066x\u2069")).isEqualTo("<U+001B>[2J<U+2066>x<U+2069>");
    assertThat(SpoofingCharacters.escape("a\uDB40\uDC01b")).isEqualTo("a<U+E0001>b");
    assertThat(SpoofingCharacters.escape("\u0645\u06CC\u200C\u062E")).isEqualTo("\u0645\u06CC\u200C\u062E");
  }

  /** Text drawn from letters, joiners, controls and format characters, to check escape against indexOf. */
  private static Gen<String> mixed() {
    List<String> atoms = List.of("a", "K", " ", "7", "é", "\u0645", "\u094D", "\u200C", "\u200D", "\u202E", "\u2066",
        "\u001B", "\n", "\u0085", "\u00AD", "\uFEFF", "\uD83C\uDDF5", "\uD800");
    return Gen.listOf(Gen.elements(atoms), 0, 12).map(l -> String.join("", l));
  }

  @Test
  void escapedTextIsCleanAndCleanTextEscapesToItself() {
    Property.forAll("escape leaves no spoofing character", mixed()).tries(1000)
        .check(s -> SpoofingCharacters.isClean(SpoofingCharacters.escape(s))
            && (SpoofingCharacters.isClean(s) == SpoofingCharacters.escape(s).equals(s)));
  }

  @Test
  void namesTitlesAndOtherShortFieldsRejectThemWithTheCharacterNamed() {
    assertThatThrownBy(() -> Actor.builder().id(ActorId.of("kakar")).kind(ActorKind.PERSON).name("Gwa\u202Erad")
        .provenance(PROV).build())
        .hasMessage("Invalid Actor 'kakar'.name (contains U+202E RIGHT-TO-LEFT OVERRIDE, which can disguise text"
            + " on a terminal): \"Gwa<U+202E>rad\"");
    assertThatThrownBy(() -> Place.builder().id(PlaceId.of("gwadar")).kind(PlaceKind.CITY).name("Gwadar")
        .addAlias("Gwadar\u2067port").provenance(PROV).build())
        .hasMessageContaining(".aliases[0] (contains U+2067 RIGHT-TO-LEFT ISOLATE, ");
    assertThatThrownBy(() -> Section.builder().id(SectionId.of("s")).title("The \u001B[31mEconomy").build())
        .hasMessageContaining("(contains U+001B ESCAPE, ");
    assertThatThrownBy(() -> Estimate.exact(java.math.BigDecimal.ONE).withPrinted("$1\u200Bbillion"))
        .hasMessageContaining("Estimate.printed (contains U+200B ZERO WIDTH SPACE, ");
    // A name spelt with a joiner between letters is accepted; free text such as a summary may hold anything.
    Actor a = Actor.builder().id(ActorId.of("x")).kind(ActorKind.PERSON).name("\u0645\u06CC\u200C\u062E")
        .summary("Quoted: \u202Etext\u202C.").provenance(PROV).build();
    assertThat(a.name()).contains("\u200C");
  }
  @Test
  void theEdgesOfThePrintableRangesThatNeedNoLookUp() {
    assertThat(SpoofingCharacters.indexOf("a\u001Fb")).isEqualTo(1);
    assertThat(SpoofingCharacters.indexOf("a\u0600b")).isEqualTo(1);
    assertThat(SpoofingCharacters.describe(0x0600)).isEqualTo("U+0600 ARABIC NUMBER SIGN");
    assertThat(SpoofingCharacters.isClean(" ~\u00AE\u05D0\u05FF")).isTrue();
  }

  @Test
  void aJoinerMayFollowOrPrecedeAnyKindOfMark() {
    assertThat(SpoofingCharacters.isClean("\u0915\u094D\u200D\u0937")).isTrue();
    assertThat(SpoofingCharacters.isClean("\u0915\u093E\u200C\u0937")).isTrue();
    assertThat(SpoofingCharacters.isClean("a\u20DD\u200Db")).isTrue();
    assertThat(SpoofingCharacters.isClean("a\u200D\u094D")).isTrue();
    assertThat(SpoofingCharacters.indexOf("a\u200D!")).isEqualTo(1);
    assertThat(SpoofingCharacters.indexOf("!\u200Da")).isEqualTo(1);
    assertThat(SpoofingCharacters.indexOf("a\u2060b")).isEqualTo(1);
  }

  @Test
  void positionsCountTheCharsOfEverySupplementaryCharacterBefore() {
    assertThat(SpoofingCharacters.indexOf("\uD83C\uDDF5\u202E")).isEqualTo(2);
    assertThat(SpoofingCharacters.escape("\u202E\uD83C\uDDF5x\u00ADy")).isEqualTo("<U+202E>\uD83C\uDDF5x<U+00AD>y");
    assertThat(SpoofingCharacters.describe(0x0378)).isEqualTo("U+0378");
    assertThat(SpoofingCharacters.describe(0x9)).startsWith("U+0009 ");
  }
}
