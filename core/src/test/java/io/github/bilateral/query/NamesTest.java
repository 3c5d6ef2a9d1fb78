package io.github.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void foldingIgnoresCaseAccentsHyphensSpacesAndPunctuation() {
    assertThat(Names.fold("PML-N")).isEqualTo("pmln");
    assertThat(Names.fold("Pakistan Muslim League (Nawaz)")).isEqualTo("pakistanmuslimleaguenawaz");
    assertThat(Names.fold("Anwaar-ul-Haq Kakar")).isEqualTo("anwaarulhaqkakar");
    assertThat(Names.fold("Café Zürich")).isEqualTo("cafezurich");
    assertThat(Names.fold("  ")).isEmpty();
  }

  @Test
  void wordsSplitOnAnythingButLettersAndDigits() {
    assertThat(Names.words("Anwar-ul-Haq Kakar")).containsExactly("anwar", "ul", "haq", "kakar");
    assertThat(Names.words("Khan’s supporters")).containsExactly("khan", "s", "supporters");
    assertThat(Names.words("Zürich")).containsExactly("zurich");
  }

  @Test
  void distanceStopsOnceOverTheLimit() {
    assertThat(Names.distance("kakar", "kakr", 2)).isEqualTo(1);
    assertThat(Names.distance("kakar", "kakar", 0)).isEqualTo(0);
    assertThat(Names.distance("pakistan", "india", 2)).isEqualTo(3);
  }
}
