package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.Place;
import io.github.bilateral.model.Report;
import io.github.bilateral.testing.Gen;
import io.github.bilateral.testing.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reader keeps each short text and each id once per load and finds them again by the parser's
 * characters. Texts whose hash codes are equal must still be read as themselves: every string made
 * of the same number of the pieces {@code "Aa"} and {@code "BB"} has the same {@link
 * String#hashCode()}, and so has every id made of {@code "c-"} and {@code "ak"}; {@code "Aa"} and
 * {@code "\u0840"} share one although their lengths differ, and so do {@code "a"} and {@code
 * "ajkenmed"}, which begins with it.
 */
class RepeatedTextTest {

  private static final ReportReader READER = ReportReader.strict();
  private static final ReportWriter WRITER = ReportWriter.canonical();

  /**
   * Distinct strings of the same number of pieces, each {@code a} or {@code b}, then {@code end}:
   * all with one hash code, in a random order.
   */
  private static Gen<List<String>> colliding(String a, String b, String end) {
    return (r, size) -> {
      int pieces = 1 + r.nextInt(5);
      List<String> all = new ArrayList<>();
      for (int bits = 0; bits < 1 << pieces; bits++) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
          s.append((bits >> i & 1) == 0 ? a : b);
        }
        all.add(s.append(end).toString());
      }
      Collections.shuffle(all, new java.util.Random(r.nextLong()));
      return all.subList(0, 1 + r.nextInt(all.size()));
    };
  }

  @Test
  void piecesOfOneHashCollide() {
    assertThat("AaAa".hashCode()).isEqualTo("BBBB".hashCode()).isEqualTo("AaBB".hashCode());
    assertThat("c-akx".hashCode()).isEqualTo("akc-x".hashCode());
    assertThat("Aa".hashCode()).isEqualTo("\u0840".hashCode());
    assertThat("a".hashCode()).isEqualTo("ajkenmed".hashCode());
  }

  @Test
  void textsOfOneHashCodeAreReadAsThemselves() {
    Report report = Reports.usPakistan2023();
    Property.forAll("aliases of one hash code, in every place, read as written",
            Gen.listOf(colliding("Aa", "BB", ""), report.places().size(), report.places().size()))
        .tries(100)
        .verify(aliases -> {
          List<Place> places = new ArrayList<>();
          for (int i = 0; i < report.places().size(); i++) {
            places.add(report.places().get(i).withAliases(aliases.get(i)));
          }
          Report changed = report.withPlaces(places);
          Report read = READER.readString(WRITER.toJson(changed));
          assertThat(read.places().stream().map(Place::aliases).collect(Collectors.toList()))
              .isEqualTo(aliases);
        });
  }

  @Test
  void textsOfOneHashCodeButNotOneLengthAreReadAsThemselves() {
    Place place = Reports.usPakistan2023().places().get(0);
    for (List<String> aliases : List.of(List.of("Aa", "\u0840"), List.of("\u0840", "Aa"),
        List.of("a", "ajkenmed"), List.of("ajkenmed", "a"))) {
      Place read = READER.readFact(Place.class, WRITER.toJson(place.withAliases(aliases)));
      assertThat(read.aliases()).isEqualTo(aliases);
    }
  }

  @Test
  void aDecomposedTextReadAgainIsComposedAgain() {
    Report report = Reports.usPakistan2023();
    List<Place> places = new ArrayList<>();
    for (Place p : report.places()) {
      places.add(p.withAliases("Zurich-marker"));
    }
    String json = WRITER.toJson(report.withPlaces(places)).replace("\"Zurich-marker\"", "\"Zu\u0308rich\"");
    Report read = READER.readString(json);
    assertThat(read.places()).hasSizeGreaterThan(1)
        .allSatisfy(p -> assertThat(p.aliases()).containsExactly("Z\u00fcrich"));
  }

  @Test
  void manyDistinctTextsAndIdsAreEachReadAsThemselves() {
    Place place = Reports.usPakistan2023().places().get(0);
    List<String> aliases = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      aliases.add("alias " + i);
    }
    assertThat(READER.readFact(Place.class, WRITER.toJson(place.withAliases(aliases))).aliases())
        .isEqualTo(aliases);
    Event event = Reports.usPakistan2023().events().get(0);
    List<ActorId> actors = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      actors.add(ActorId.of("actor-" + i));
    }
    assertThat(READER.readFact(Event.class, WRITER.toJson(event.withActors(actors))).actors()).isEqualTo(actors);
  }

  @Test
  void idsOfOneHashCodeAreReadAsThemselves() {
    Event event = Reports.usPakistan2023().events().get(0);
    Property.forAll("actors of one hash code read as written", colliding("c-", "ak", "x"))
        .tries(200)
        .verify(ids -> {
          List<ActorId> actors = ids.stream().map(ActorId::of).collect(Collectors.toList());
          Event read = READER.readFact(Event.class, WRITER.toJson(event.withActors(actors)));
          assertThat(read.actors()).isEqualTo(actors);
        });
  }
}
