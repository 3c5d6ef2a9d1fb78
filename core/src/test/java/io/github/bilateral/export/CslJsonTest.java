package io.github.bilateral.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSet;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.ActorKind;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Provenance;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.ReportId;
import io.github.bilateral.model.ReportMetadata;
import io.github.bilateral.model.SectionId;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CslJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The item fields this export may write, with the names of the CSL-JSON data schema. */
  private static final Set<String> FIELDS = ImmutableSet.of(
      "id", "type", "title", "author", "container-title", "issued", "accessed", "URL", "note", "custom");

  /** The item types of the CSL 1.0 schema that this export uses. */
  private static final Set<String> TYPES =
      ImmutableSet.of("webpage", "document", "article-newspaper", "article-magazine", "report");

  static JsonNode items(Report r) throws Exception {
    return MAPPER.readTree(JsonLinesTest.export(r, ExportFormat.CSL_JSON));
  }

  @Test
  void oneItemPerSourceWithTheSchemasFieldNames() throws Exception {
    JsonNode items = items(Reports.usPakistan2023());
    assertThat(items.isArray()).isTrue();
    // 87 footnotes, of which 75 is "Ibid." of 74 and 34 a shortened repeat of 33.
    assertThat(items.size()).isEqualTo(85);
    checkShape(items);
    Map<String, JsonNode> byId = new HashMap<>();
    items.forEach(i -> byId.put(i.get("id").asText(), i));
    assertThat(byId).doesNotContainKeys("footnote-34", "footnote-75");

    JsonNode guardian = byId.get("footnote-52");
    assertThat(guardian.get("type").asText()).isEqualTo("article-newspaper");
    assertThat(guardian.get("title").asText()).isEqualTo("Pakistan's fresh £580m loan from China intensifies debt burden fears");
    assertThat(guardian.get("container-title").asText()).isEqualTo("The Guardian");

    JsonNode cnn = byId.get("footnote-2");
    assertThat(cnn.get("author").get(0).get("family").asText()).isEqualTo("Mogul");
    assertThat(cnn.get("author").get(0).get("given").asText()).isEqualTo("Rhea");
    assertThat(cnn.get("issued").get("date-parts").get(0)).hasSize(3);
    assertThat(cnn.get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(2022);
    assertThat(cnn.get("URL").asText()).startsWith("https://edition.cnn.com/2022/05/27/");

    JsonNode mission = byId.get("footnote-33");
    assertThat(mission.get("author").get(0).get("literal").asText()).isEqualTo("U.S. Mission Pakistan");
    assertThat(mission.get("note").asText()).startsWith("Footnote 33 (repeated in footnote 34) of \"Managing US Relations");
    assertThat(byId.get("footnote-74").get("note").asText()).startsWith("Footnote 74 (repeated in footnote 75)");
    assertThat(mission.get("custom").get("footnotes").toString()).isEqualTo("[33,34]");
    // Every footnote is in exactly one item.
    List<Integer> footnotes = new ArrayList<>();
    items.forEach(i -> i.get("custom").get("footnotes").forEach(n -> footnotes.add(n.asInt())));
    assertThat(footnotes).hasSize(87).doesNotHaveDuplicates();
  }

  @Test
  void generatedReportsGiveValidItems() {
    Property.forAll("csl-json items are well formed", Generators.reports()).tries(100).verify(r -> {
      try {
        JsonNode items = items(r);
        checkShape(items);
        long originals = r.citations().stream().filter(c -> CslJson.original(r, c) == c.footnote()).count();
        assertThat(items.size()).isEqualTo((int) originals);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void itemsAreTypedByWhatTheyAre() throws Exception {
    Map<String, String> types = new HashMap<>();
    items(Reports.usPakistan2023()).forEach(i -> types.put(i.get("id").asText(), i.get("type").asText()));
    assertThat(types.get("footnote-2")).isEqualTo("article-newspaper");   // CNN
    assertThat(types.values()).contains("report", "article-magazine", "webpage");
    assertThat(CslJson.type("Reuters", true)).isEqualTo("article-newspaper");
    assertThat(CslJson.type("The Diplomat", true)).isEqualTo("article-magazine");
    assertThat(CslJson.type("Middle East Institute", true)).isEqualTo("report");
    assertThat(CslJson.type("U.S. Embassy Pakistan", true)).isEqualTo("webpage");
    assertThat(CslJson.type("Some Blog", true)).isEqualTo("webpage");
    assertThat(CslJson.type("Some Blog", false)).isEqualTo("document");
  }

  @Test
  void namesAreSplitWithParticlesAndSuffixesInMind() {
    assertThat(CslJson.name("Ursula von der Leyen")).containsExactly(
        Map.entry("given", "Ursula"), Map.entry("non-dropping-particle", "von der"), Map.entry("family", "Leyen"));
    assertThat(CslJson.name("Martin Luther King Jr.")).containsExactly(
        Map.entry("given", "Martin Luther"), Map.entry("family", "King"), Map.entry("suffix", "Jr."));
    assertThat(CslJson.name("Chris Van Hollen")).containsExactly(
        Map.entry("given", "Chris"), Map.entry("family", "Van Hollen"));
    assertThat(CslJson.name("Rhea Mogul")).containsExactly(Map.entry("given", "Rhea"), Map.entry("family", "Mogul"));
    assertThat(CslJson.name("John Smith III")).containsExactly(
        Map.entry("given", "John"), Map.entry("family", "Smith"), Map.entry("suffix", "III"));
  }

  @Test
  void institutionsAreLiteralNames() {
    Set<String> none = Set.of();
    assertThat(CslJson.isInstitution("U.S. Mission Pakistan", none)).isTrue();
    assertThat(CslJson.isInstitution("USAID Office of Press Relations", none)).isTrue();
    assertThat(CslJson.isInstitution("Reuters", none)).isTrue();
    assertThat(CslJson.isInstitution("Dawn Editorial", none)).isTrue();
    assertThat(CslJson.isInstitution("Syed Mohammad Ali", none)).isFalse();
    assertThat(CslJson.isInstitution("Middle East Eye", Set.of("middle east eye"))).isTrue();
  }

  /** Checks every item against the CSL-JSON data schema's rules for the fields used. */
  private static void checkShape(JsonNode items) {
    Set<String> ids = new java.util.HashSet<>();
    for (JsonNode item : items) {
      List<String> names = new ArrayList<>();
      item.fieldNames().forEachRemaining(names::add);
      assertThat(FIELDS).containsAll(names);
      assertThat(ids.add(item.get("id").asText())).as("unique id").isTrue();
      assertThat(TYPES).contains(item.get("type").asText());
      for (String text : List.of("title", "container-title", "URL", "note")) {
        if (item.has(text)) {
          assertThat(item.get(text).isTextual()).isTrue();
        }
      }
      if (item.has("author")) {
        for (JsonNode name : item.get("author")) {
          Set<String> keys = new java.util.HashSet<>();
          name.fieldNames().forEachRemaining(keys::add);
          if (!keys.equals(Set.of("literal"))) {
            assertThat(keys).contains("family", "given")
                .isSubsetOf("family", "given", "non-dropping-particle", "suffix");
          }
          name.forEach(v -> assertThat(v.asText()).isNotBlank());
        }
      }
      for (String date : List.of("issued", "accessed")) {
        if (item.has(date)) {
          JsonNode d = item.get(date);
          if (d.has("date-parts")) {
            assertThat(d.size()).isEqualTo(1);
            JsonNode parts = d.get("date-parts");
            assertThat(parts.size()).isEqualTo(1);
            assertThat(parts.get(0).size()).isBetween(1, 3);
            for (Iterator<JsonNode> it = parts.get(0).elements(); it.hasNext(); ) {
              assertThat(it.next().isInt()).isTrue();
            }
          } else {
            assertThat(d.get("literal").isTextual()).isTrue();
          }
        }
      }
    }
  }
  @Test
  void aReportBuiltInCodeGivesExactlyTheseItems() throws Exception {
    Provenance prov = Provenance.builder().addSections(SectionId.of("intro")).build();
    Report r = Report.builder()
        .metadata(ReportMetadata.builder().id(ReportId.of("r")).title("T").addAuthors("A. Author", "B. Author")
            .publisher("P").date(PartialDate.ofMonth(2023, 12)).build())
        .addActors(Actor.builder().id(ActorId.of("desk")).kind(ActorKind.OTHER).name("Asia Desk").provenance(prov).build())
        .addCitations(
            Citation.builder().footnote(1).title("First").outlet("Dawn").url("https://dawn.com/1")
                .addAuthors("Ludwig van Beethoven", "Martin Luther King, Jr.", "Cher", "Asia Desk", "Anne Smith Sr")
                .date(PartialDate.of(2023, 7, 1)).accessed(LocalDate.of(2023, 8, 2)).provenance(prov).build(),
            Citation.builder().footnote(2).outlet("Some Blog").printedDate("Spring 2023").provenance(prov).build(),
            Citation.builder().footnote(3).ibid(1).provenance(prov).build(),
            Citation.builder().footnote(4).sameAs(1).provenance(prov).build(),
            Citation.builder().footnote(5).ibid(4).provenance(prov).build(),
            Citation.builder().footnote(6).date(PartialDate.ofYear(2022)).ibid(2).provenance(prov).build(),
            Citation.builder().footnote(8).sameAs(7).date(PartialDate.ofMonth(2021, 3)).provenance(prov).build())
        .build();
    String custom = "\"custom\": {\"footnotes\": [%s]}";
    String of = " of \\\"T\\\", A. Author, B. Author, P, 2023-12.\"";
    JsonNode expected = MAPPER.readTree("[\n"
        + "{\"id\": \"footnote-1\", \"type\": \"article-newspaper\", \"title\": \"First\", \"author\": ["
        + "{\"given\": \"Ludwig\", \"non-dropping-particle\": \"van\", \"family\": \"Beethoven\"},"
        + "{\"given\": \"Martin Luther\", \"family\": \"King\", \"suffix\": \"Jr.\"},"
        + "{\"literal\": \"Cher\"}, {\"literal\": \"Asia Desk\"},"
        + "{\"given\": \"Anne\", \"family\": \"Smith\", \"suffix\": \"Sr\"}],"
        + "\"container-title\": \"Dawn\", \"issued\": {\"date-parts\": [[2023, 7, 1]]},"
        + "\"accessed\": {\"date-parts\": [[2023, 8, 2]]}, \"URL\": \"https://dawn.com/1\","
        + "\"note\": \"Footnote 1 (repeated in footnotes 3, 4, 5)" + of + ", " + custom.formatted("1, 3, 4, 5") + "},\n"
        + "{\"id\": \"footnote-2\", \"type\": \"document\", \"container-title\": \"Some Blog\","
        + "\"issued\": {\"literal\": \"Spring 2023\"},"
        + "\"note\": \"Footnote 2 (repeated in footnote 6)" + of + ", " + custom.formatted("2, 6") + "},\n"
        + "{\"id\": \"footnote-8\", \"type\": \"document\", \"issued\": {\"date-parts\": [[2021, 3]]},"
        + "\"note\": \"Footnote 8" + of + ", " + custom.formatted("8") + "}]");
    assertThat(items(r)).isEqualTo(expected);
  }
  @Test
  void anAuthorWhoIsANonPersonActorOfTheReportIsALiteralNameAndAPersonIsNot() throws Exception {
    Provenance prov = Provenance.builder().addSections(SectionId.of("intro")).build();
    Report r = Report.builder()
        .metadata(ReportMetadata.builder().id(ReportId.of("r")).title("T").addAuthors("A").publisher("P")
            .date(PartialDate.ofYear(2023)).build())
        .addActors(Actor.builder().id(ActorId.of("eye")).kind(ActorKind.COMPANY).name("Middle East Eye")
                .addAliases("The Eye Online").provenance(prov).build(),
            Actor.builder().id(ActorId.of("rhea")).kind(ActorKind.PERSON).name("Rhea Mogul").provenance(prov).build())
        .addCitations(Citation.builder().footnote(1).addAuthors("middle east eye", "The Eye Online", "Rhea Mogul",
            "Van Hollen", "van Beethoven", "King Jr.").provenance(prov).build())
        .build();
    JsonNode authors = items(r).get(0).get("author");
    assertThat(authors).isEqualTo(MAPPER.readTree("[{\"literal\": \"middle east eye\"}, {\"literal\": \"The Eye Online\"},"
        + "{\"given\": \"Rhea\", \"family\": \"Mogul\"}, {\"given\": \"Van\", \"family\": \"Hollen\"},"
        + "{\"given\": \"van\", \"family\": \"Beethoven\"}, {\"given\": \"King\", \"family\": \"Jr.\"}]"));
    // The text itself: two-space indents, one item a line group, and a closing bracket on its own last line.
    String text = JsonLinesTest.export(r, ExportFormat.CSL_JSON);
    assertThat(text).startsWith("[\n  {\n    \"id\": \"footnote-1\",\n").endsWith("\n  }\n]\n");
  }

  @Test
  void aChainOfRepeatsFoldsIntoItsFirstFootnoteHoweverLong() throws Exception {
    Provenance prov = Provenance.builder().addSections(SectionId.of("intro")).build();
    Report.Builder b = Report.builder().metadata(ReportMetadata.builder().id(ReportId.of("r")).title("T")
        .addAuthors("A").publisher("P").date(PartialDate.ofYear(2023)).build());
    b.addCitations(Citation.builder().footnote(1).title("The source").provenance(prov).build());
    for (int n = 2; n <= 1200; n++) {
      b.addCitations(Citation.builder().footnote(n).ibid(n - 1).provenance(prov).build());
    }
    JsonNode items = items(b.build());
    assertThat(items).hasSize(1);
    assertThat(items.get(0).get("custom").get("footnotes")).hasSize(1200);
  }
}
