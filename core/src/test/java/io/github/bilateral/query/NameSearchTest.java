package io.github.bilateral.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.ActorKind;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Place;
import io.github.bilateral.model.PlaceId;
import io.github.bilateral.model.PlaceKind;
import io.github.bilateral.model.Provenance;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.ReportId;
import io.github.bilateral.model.ReportMetadata;
import io.github.bilateral.model.SectionId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Name look-up and the ranking of suggestions on a small report built in code, where every match can be
 * worked out by hand: exact names first, then names holding every word, then prefixes, then near misses
 * of a whole name, then near misses word by word; each group in the report's order, near misses by
 * distance first.
 */
class NameSearchTest {

  private static final Provenance PROV = Provenance.builder().addSection(SectionId.of("s")).build();

  private static Actor actor(String id, String name, String... aliases) {
    return Actor.builder().id(ActorId.of(id)).kind(ActorKind.GOVERNMENT_BODY).name(name).addAliases(aliases)
        .provenance(PROV).build();
  }

  private static final Report REPORT = Report.builder()
      .metadata(ReportMetadata.builder().id(ReportId.of("names")).title("Names").addAuthors("An Author").publisher("P")
          .date(PartialDate.ofYear(2023)).build())
      .addActors(
          actor("imf", "International Monetary Fund", "IMF"),
          actor("pakistan", "Pakistan"),
          actor("pml-n", "Pakistan Muslim League (Nawaz)", "PML-N"),
          actor("ppp", "Pakistan Peoples Party"),
          actor("ahk", "Anwar-ul-Haq Kakar"),
          actor("imran-khan", "Imran Khan", "Khan"),
          actor("ayub-khan", "Ayub Khan", "Khan"),
          actor("kakars", "Kakars"),
          actor("pakistani", "Pakistani"),
          actor("balochistan", "Balochistan", "Balochistaan", "Balochistun"),
          actor("krl", "Khan Research Laboratories"))
      .addPlaces(Place.builder().id(PlaceId.of("gwadar")).kind(PlaceKind.CITY).name("Gwadar").provenance(PROV)
          .build())
      .build();

  private final ReportQuery q = ReportQuery.of(REPORT);

  private List<String> search(String text) {
    return q.searchActors(text).stream().map(m -> m.value().id() + " " + m.quality()
        + (m.quality() == NameMatch.Quality.SIMILAR ? "(" + m.distance() + ")" : "") + " " + m.matchedName()).toList();
  }

  @Test
  void aMatchByWordsShowsTheNameOrAliasThatHoldsThem() {
    Report r = REPORT.withActors(actor("kakar", "Anwar-ul-Haq Kakar", "Anwaar-ul-Haq Kakar"),
        actor("cpec", "CPEC", "China-Pakistan Economic Corridor"));
    ReportQuery own = ReportQuery.of(r);
    assertThat(own.searchActors("Anwaar Kakar")).extracting(NameMatch::matchedName)
        .containsExactly("Anwaar-ul-Haq Kakar");
    assertThat(own.searchActors("Economic Corridor")).extracting(NameMatch::matchedName)
        .containsExactly("China-Pakistan Economic Corridor");
    // a near miss of one word shows the name that holds the word it nearly is
    assertThat(own.searchActors("Econommic Corridor")).extracting(NameMatch::matchedName)
        .containsExactly("China-Pakistan Economic Corridor");
  }

  @Test
  void anExactNameComesFirstThenNamesHoldingItsWords() {
    assertThat(search("Pakistan")).containsExactly(
        "pakistan EXACT Pakistan",
        "pml-n WORDS Pakistan Muslim League (Nawaz)",
        "ppp WORDS Pakistan Peoples Party",
        "pakistani PREFIX Pakistani");
  }

  @Test
  void anAliasOrAnIdMatchesExactlyUnderTheNameAsPrinted() {
    assertThat(search("pmln")).containsExactly("pml-n EXACT PML-N");
    assertThat(search("PPP")).containsExactly("ppp EXACT ppp");
    assertThat(q.findActor("pml n").map(Actor::id)).hasValue(ActorId.of("pml-n"));
  }

  @Test
  void aShortTextMatchesByPrefixOnly() {
    assertThat(search("pak")).containsExactly(
        "pakistan PREFIX Pakistan",
        "pml-n PREFIX Pakistan Muslim League (Nawaz)",
        "ppp PREFIX Pakistan Peoples Party",
        "pakistani PREFIX Pakistani");
    assertThat(search("pm")).containsExactly("pml-n PREFIX PML-N");
    assertThat(search("p")).isEmpty();
    assertThat(search("")).isEmpty();
    assertThat(search("--")).isEmpty();
  }

  @Test
  void aNearMissOfAWholeNameComesBeforeNearMissesOfOneOfItsWords() {
    assertThat(search("Pakistn")).containsExactly(
        "pakistan SIMILAR(1) Pakistan",
        "pml-n SIMILAR(1) Pakistan Muslim League (Nawaz)",
        "ppp SIMILAR(1) Pakistan Peoples Party");
  }

  @Test
  void aNearMissOfAWholeNameRanksAboveAnEarlierFactsNearMissOfAWord() {
    // a prefix is found before near misses are looked for
    assertThat(search("Kakar")).containsExactly("ahk WORDS Anwar-ul-Haq Kakar", "kakars PREFIX Kakars");
    // one edit from "kakars" as a whole name, and one from "kakar" as a word of an earlier actor's name
    assertThat(search("Kakarz")).containsExactly("kakars SIMILAR(1) Kakars", "ahk SIMILAR(1) Anwar-ul-Haq Kakar");
  }

  @Test
  void nearMissesAreOrderedByDistanceThenByTheReportsOrder() {
    assertThat(search("Pakistanis")).containsExactly(
        "pakistani SIMILAR(1) Pakistani",
        "pakistan SIMILAR(2) Pakistan",
        "pml-n SIMILAR(2) Pakistan Muslim League (Nawaz)",
        "ppp SIMILAR(2) Pakistan Peoples Party");
  }

  @Test
  void everyWordOfTheTextMustBeNearAWordOfTheSameName() {
    assertThat(search("Pakistn Peoples")).containsExactly("ppp SIMILAR(1) Pakistan Peoples Party");
    assertThat(search("Pakistn Peoplez")).containsExactly("ppp SIMILAR(2) Pakistan Peoples Party");
    assertThat(search("Pakistn Gwadar")).isEmpty();
  }

  @Test
  void ofTheNamesOfOneFactTheNearestIsShownAndOfTwoAsNearTheFirstInOrder() {
    assertThat(search("Balochistn")).containsExactly("balochistan SIMILAR(1) Balochistan");
    assertThat(search("Balochistxn")).containsExactly("balochistan SIMILAR(1) Balochistan");
  }

  @Test
  void aOneLetterWordIsNearOnlyWordsOfAtMostTwoLettersThatShareOrSwapIt() {
    // "x" is one edit from "n" of PML-N, but two from "ul" of Anwar-ul-Haq Kakar
    assertThat(search("Kakar x")).containsExactly("kakars SIMILAR(1) Kakars");
    assertThat(search("Muslim x")).containsExactly("pml-n SIMILAR(1) Pakistan Muslim League (Nawaz)");
  }

  @Test
  void aWordNeedsFourLettersToMatchAlone() {
    assertThat(search("Fund")).containsExactly("imf WORDS International Monetary Fund");
    assertThat(search("the Fund")).isEmpty();
    assertThat(search("Fun")).isEmpty();
    // punctuation and spaces only separate words, however many there are
    assertThat(search("Fund .")).containsExactly("imf WORDS International Monetary Fund");
    assertThat(search("Monetary -- Fund")).containsExactly("imf WORDS International Monetary Fund");
  }

  @Test
  void aNameSharedByTwoActorsFindsNeitherAndSaysWhichTheyAre() {
    assertThat(q.findActor("Khan")).isEmpty();
    assertThat(search("Khan")).containsExactly("imran-khan EXACT Khan", "ayub-khan EXACT Khan",
        "krl WORDS Khan Research Laboratories");
    assertThatThrownBy(() -> q.requireActor("khan")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Name 'khan' fits several actors in report names: imran-khan (Imran Khan), ayub-khan (Ayub Khan);"
            + " use an id or a fuller name");
  }

  @Test
  void aMissNamesUpToFiveSuggestionsOrNone() {
    assertThatThrownBy(() -> q.requireActor("Pakistn")).hasMessage("No actor named 'Pakistn' in report names;"
        + " did you mean pakistan (Pakistan), pml-n (Pakistan Muslim League (Nawaz)), ppp (Pakistan Peoples Party)?");
    assertThatThrownBy(() -> q.requireActor("Zzzzzz")).hasMessage("No actor named 'Zzzzzz' in report names");
    assertThatThrownBy(() -> q.requireActor("Muslim League")).hasMessage("No actor named 'Muslim League' in report"
        + " names; its words are part of the names of pml-n (Pakistan Muslim League (Nawaz)); use an id or a whole name");
    assertThat(q.requireActor("Imran Khan").id()).isEqualTo(ActorId.of("imran-khan"));
  }

  @Test
  void placesAreLookedUpTheSameWay() {
    assertThat(q.findPlace("GWADAR").map(Place::id)).hasValue(PlaceId.of("gwadar"));
    assertThat(q.requirePlace("gwadar").name()).isEqualTo("Gwadar");
    assertThat(q.searchPlaces("Gwadr")).extracting(NameMatch::toString)
        .containsExactly("SIMILAR(1) 'Gwadar': " + REPORT.places().get(0));
    assertThatThrownBy(() -> q.requirePlace("Gwadr")).hasMessage(
        "No place named 'Gwadr' in report names; did you mean gwadar (Gwadar)?");
  }
}
