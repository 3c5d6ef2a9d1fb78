package io.github.bilateral.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bilateral.io.ReportReader;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Report;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionScoreTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ObjectNode sample() throws Exception {
    try (InputStream in = ExtractionScoreTest.class.getResourceAsStream("/io/github/bilateral/io/sample-report-v2.json")) {
      return (ObjectNode) MAPPER.readTree(in);
    }
  }

  private static Report read(JsonNode json) throws Exception {
    return ReportReader.strict().readString(MAPPER.writeValueAsString(json));
  }

  /** Replaces the text {@code from} with {@code to} in every string of {@code node}'s arrays and fields named in {@code names}. */
  private static void rename(JsonNode node, List<String> names, String from, String to) {
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      o.fieldNames().forEachRemaining(name -> {
        JsonNode v = o.get(name);
        if (names.contains(name) && v.isTextual() && v.asText().equals(from)) {
          o.put(name, to);
        } else if (names.contains(name) && v.isArray()) {
          ArrayNode a = (ArrayNode) v;
          for (int i = 0; i < a.size(); i++) {
            if (a.get(i).isTextual() && a.get(i).asText().equals(from)) {
              a.set(i, MAPPER.getNodeFactory().textNode(to));
            }
          }
          rename(v, names, from, to);
        } else {
          rename(v, names, from, to);
        }
      });
    } else if (node.isArray()) {
      node.forEach(e -> rename(e, names, from, to));
    }
  }

  @Test
  void aRenameOfOneKindsIdLeavesReferencesToAnotherKindOfThatIdAlone() throws Exception {
    // Both sides have an actor and a place "pakistan"; the reference names its actor otherwise.
    ObjectNode candidate = sample();
    ObjectNode place = ((ArrayNode) candidate.get("places")).addObject();
    place.put("id", "pakistan").put("kind", "country").put("name", "Pakistan (the country)").put("country", "PK");
    place.putObject("provenance").putArray("sections").add("economy");
    ((ObjectNode) candidate.get("loans").get(0)).putArray("places").add("pakistan");
    ((ObjectNode) candidate.get("errata").get(0)).putArray("refers").add("place:pakistan");
    ObjectNode reference = candidate.deepCopy();
    for (JsonNode actor : reference.get("actors")) {
      if (actor.get("id").asText().equals("pakistan")) {
        ((ObjectNode) actor).put("id", "islamic-republic");
      }
    }
    rename(reference, List.of("organisation", "from", "to", "lenders", "borrowers", "parties", "addressees",
        "actors"), "pakistan", "islamic-republic");

    Alignment a = Alignment.of(read(reference), read(candidate));
    assertThat(a.pairs(FactKind.ACTOR)).anySatisfy(p -> assertThat(p).hasToString(
        "actor islamic-republic -> pakistan (content 1.00)"));
    assertThat(a.pairs(FactKind.PLACE)).anySatisfy(p -> assertThat(p.newId()).isEqualTo("pakistan"));

    ExtractionScore s = ExtractionScore.of(read(candidate), read(reference));
    assertThat(s.fields(FactKind.LOAN).get("places")).isEqualTo(Counts.of(1, 0, 0));
    assertThat(s.fields(FactKind.LOAN).get("borrowers")).isEqualTo(Counts.of(2, 0, 0));
    assertThat(s.fields(FactKind.ERRATUM).get("refers")).isEqualTo(Counts.of(1, 0, 0));
    assertThat(s.fieldsMicro().missing()).isZero();
    assertThat(s.fieldsMicro().extra()).isZero();
  }

  @Test
  void footnoteNumbersReadAsThoseOfThePairedCitations() throws Exception {
    // The reference has citations 1, 2 (ibid 1), 4 and 5 (ibid 4); the candidate numbers 4 as 3.
    ObjectNode reference = sample();
    ArrayNode citations = (ArrayNode) reference.get("citations");
    ObjectNode four = citations.addObject();
    four.put("footnote", 4).put("title", "A second source").put("url", "https://example.org/second");
    four.putObject("provenance").putArray("sections").add("economy");
    ObjectNode five = citations.addObject();
    five.put("footnote", 5).put("ibid", 4);
    five.putObject("provenance").putArray("sections").add("economy");
    ((ObjectNode) reference.get("figures").get(0).get("provenance")).putArray("footnotes").add(4);
    ObjectNode loanProvenance = (ObjectNode) reference.get("loans").get(0).get("provenance");
    ((ObjectNode) loanProvenance.get("fields").get("status")).putArray("footnotes").add(4);
    ObjectNode candidate = reference.deepCopy();
    ((ObjectNode) candidate.get("citations").get(2)).put("footnote", 3);
    ((ObjectNode) candidate.get("citations").get(3)).put("ibid", 3);
    ((ObjectNode) candidate.get("figures").get(0).get("provenance")).putArray("footnotes").add(3);
    ObjectNode candidateLoan = (ObjectNode) candidate.get("loans").get(0).get("provenance");
    ((ObjectNode) candidateLoan.get("fields").get("status")).putArray("footnotes").add(3);

    Alignment a = Alignment.of(read(reference), read(candidate));
    assertThat(a.pairs(FactKind.CITATION)).anySatisfy(p -> assertThat(p).hasToString("citation 4 -> 3 (content 1.00)"));
    ExtractionScore s = ExtractionScore.of(read(candidate), read(reference));
    assertThat(s.fields(FactKind.FIGURE).get("provenance")).isEqualTo(Counts.of(1, 0, 0));
    assertThat(s.fields(FactKind.LOAN).get("provenance")).isEqualTo(Counts.of(2, 0, 0));
    assertThat(s.fields(FactKind.CITATION).get("ibid")).isEqualTo(Counts.of(2, 0, 0));
    assertThat(s.fieldsMicro().missing()).isZero();
  }
}
