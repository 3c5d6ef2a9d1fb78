package io.github.bilateral.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.Quantity;
import io.github.bilateral.model.Figure;
import io.github.bilateral.model.Estimate;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.Amount;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Money;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Report;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.util.TokenBuffer;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.JsonToken;
import io.github.bilateral.model.Identifier;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

/** The same checks as the Jackson 2 module's test, on Jackson 3. */
class BilateralModuleTest {

  private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new BilateralModule()).build();
  private static final ReportWriter WRITER = ReportWriter.canonical();

  /** The canonical text without its indentation: what a mapper that does not indent writes. */
  static String compact(String json) {
    StringWriter out = new StringWriter();
    JsonFactory f = new JsonFactory();
    try (JsonParser p = f.createParser(ObjectReadContext.empty(), json);
        JsonGenerator g = f.createGenerator(ObjectWriteContext.empty(), out)) {
      p.nextToken();
      BilateralModule.copy(p, g);
    }
    return out.toString();
  }

  static List<Fact> facts(Report r) {
    List<Fact> facts = new ArrayList<>();
    facts.addAll(r.citations());
    facts.addAll(r.actors());
    facts.addAll(r.places());
    facts.addAll(r.relations());
    facts.addAll(r.loans());
    facts.addAll(r.agreements());
    facts.addAll(r.recommendations());
    facts.addAll(r.events());
    facts.addAll(r.figures());
    facts.addAll(r.assessments());
    facts.addAll(r.errata());
    return facts;
  }

  @Test
  void everyFactOfGeneratedReportsIsWrittenAsTheWriterWritesItAndReadBackEqual() {
    Property.forAll("jackson 3 mapper round trip of facts", Generators.reports()).tries(100).verify(r -> {
      for (Fact f : facts(r)) {
        String json = MAPPER.writeValueAsString(f);
        assertThat(json).isEqualTo(compact(WRITER.toJson(f)));
        assertThat(MAPPER.readValue(json, f.getClass())).isEqualTo(f);
      }
      String metadata = MAPPER.writeValueAsString(r.metadata());
      assertThat(MAPPER.readValue(metadata, r.metadata().getClass())).isEqualTo(r.metadata());
    });
  }

  /** The values that facts nest, each with the writer's text and read back equal. */
  static List<Object> nestedValues(Report r) {
    List<Object> values = new ArrayList<>();
    for (Fact f : facts(r)) {
      if (f instanceof Actor) {
      values.addAll(((Actor) f).offices());
      }
      if (f instanceof Loan) {
      ((Loan) f).amount().ifPresent(a -> {
        values.add(a);
        values.add(a.estimate());
        a.conversion().ifPresent(values::add);
      });
      }
      if (f instanceof Figure) {
      ((Figure) f).quantity().ifPresent(values::add);
      }
      if (f instanceof Recommendation) {
      values.addAll(((Recommendation) f).history());
      }
      if (f instanceof Citation) {
      values.addAll(((Citation) f).problems());
      values.add(((Citation) f).provenance());
      }
    }
    return values;
  }

  @Test
  void theValuesThatFactsNestRoundTripAsTheWriterWritesThem() {
    Property.forAll("mapper round trip of nested values", Generators.reports()).tries(100).verify(r -> {
      for (Object v : nestedValues(r)) {
        String json = MAPPER.writeValueAsString(v);
        assertThat(json).isEqualTo(compact(WRITER.toJson(v)));
        assertThat(MAPPER.readValue(json, v.getClass())).isEqualTo(v);
      }
    });
    Property.forAll("mapper round trip of amounts", Generators.moneyAmounts()).tries(300).verify(a -> {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(a), Amount.class)).isEqualTo(a);
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(a.estimate()), Estimate.class)).isEqualTo(a.estimate());
    });
    Property.forAll("mapper round trip of quantities", Generators.quantities()).tries(300).verify(q -> {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(q), Quantity.class)).isEqualTo(q);
    });
  }

  @Test
  void wholeGeneratedReportsRoundTrip() {
    Property.forAll("jackson 3 mapper round trip of reports", Generators.reports()).tries(100).verify(r -> {
      String json = MAPPER.writeValueAsString(r);
      assertThat(json).isEqualTo(compact(WRITER.toJson(r)));
      assertThat(MAPPER.readValue(json, Report.class)).isEqualTo(r);
    });
  }

  @Test
  void valuesAreStringsThatTheirParseReads() throws Exception {
    Property.forAll("dates as strings", Generators.partialDates()).tries(500).verify(d -> {
      String json = MAPPER.writeValueAsString(List.of(d));
      assertThat(json).isEqualTo("[\"" + d + "\"]");
      assertThat(MAPPER.readValue(json, new TypeReference<List<PartialDate>>() {})).containsExactly(d);
    });
    Map<String, Object> values = Map.of("lender", ActorId.of("imf"),
        "ref", FactRef.parse("loan:imf-sba-2023"), "money", Money.parse("USD 3000000000"));
    String json = MAPPER.writeValueAsString(values);
    assertThat(MAPPER.readTree(json).get("lender").asString()).isEqualTo("imf");
    assertThat(MAPPER.readTree(json).get("ref").asString()).isEqualTo("loan:imf-sba-2023");
    assertThat(MAPPER.readTree(json).get("money").asString()).isEqualTo("USD 3000000000");
    assertThat(MAPPER.readValue("\"loan:imf-sba-2023\"", FactRef.class)).isEqualTo(FactRef.parse("loan:imf-sba-2023"));
  }

  /** A user's type that holds the library's. */
  record Portfolio(List<Loan> loans, List<ActorId> watched) {}

  @Test
  void aBrokenFactIsAnInvalidFormatExceptionWithBothPaths() throws Exception {
    Loan loan = Reports.usPakistan2023().loans().stream().filter(l -> l.amount().isPresent()).findFirst().orElseThrow();
    String good = MAPPER.writeValueAsString(new Portfolio(List.of(loan), List.of(ActorId.of("imf"))));
    assertThat(MAPPER.readValue(good, Portfolio.class)).isEqualTo(new Portfolio(List.of(loan), List.of(ActorId.of("imf"))));

    String bad = good.replaceFirst("\"currency\":\"[A-Z]{3}\"", "\"currency\":\"XYZ\"");
    assertThatThrownBy(() -> MAPPER.readValue(bad, Portfolio.class))
        .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
          assertThat(e.getPathReference()).endsWith("[\"loans\"]->java.util.ArrayList[0]");
          assertThat(e.getOriginalMessage()).startsWith("Invalid Loan: ").contains("amount.currency");
          assertThat(e.getTargetType()).isEqualTo(Loan.class);
        });
    assertThatThrownBy(() -> MAPPER.readValue(good.replace("[\"imf\"]", "[\"IMF!\"]"), Portfolio.class))
        .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
          assertThat(e.getPathReference()).endsWith("[\"watched\"]->java.util.ArrayList[0]");
          assertThat(e.getValue()).isEqualTo("IMF!");
        });
  }

  @Test
  void aNumberWhereAnIdBelongsIsAMismatch() {
    assertThatThrownBy(() -> MAPPER.readValue("3", ActorId.class))
        .isInstanceOf(tools.jackson.databind.exc.MismatchedInputException.class);
  }
  /** A mapper that prints a tree's decimals plain, as the writer does, however small. */
  private static final ObjectMapper PLAIN = JsonMapper.builder().addModule(new BilateralModule())
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  /** Every number of a tree, depth first. */
  static List<JsonNode> numbers(JsonNode tree) {
    List<JsonNode> numbers = new ArrayList<>();
    if (tree.isNumber()) {
      numbers.add(tree);
    }
    for (JsonNode child : tree) {
      numbers.addAll(numbers(child));
    }
    return numbers;
  }

  /** A tree holds each number as the canonical text has it: an integer as an integer, a decimal as a BigDecimal. */
  static void assertTypedAsTheWriterWrote(JsonNode tree, String canonical) {
    List<JsonNode> numbers = numbers(tree);
    List<JsonToken> tokens = new ArrayList<>();
    JsonFactory f = new JsonFactory();
    try (JsonParser p = f.createParser(ObjectReadContext.empty(), canonical)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          tokens.add(t);
        }
      }
    }
    assertThat(numbers).hasSameSizeAs(tokens);
    for (int i = 0; i < numbers.size(); i++) {
      JsonNode n = numbers.get(i);
      if (tokens.get(i) == JsonToken.VALUE_NUMBER_INT) {
        assertThat(n.isInt() || n.isLong() || n.isBigInteger()).as("integer %s", n).isTrue();
        assertThat(n.isInt()).as("int %s", n).isEqualTo(n.canConvertToInt());
      } else {
        assertThat(n.isBigDecimal()).as("decimal %s", n).isTrue();
      }
    }
  }

  @Test
  void theBundledReportAndItsFactsRoundTripThroughATree() throws Exception {
    Report r = Reports.usPakistan2023();
    for (Fact f : facts(r)) {
      JsonNode tree = MAPPER.valueToTree(f);
      assertTypedAsTheWriterWrote(tree, WRITER.toJson(f));
      assertThat(MAPPER.treeToValue(tree, f.getClass())).isEqualTo(f);
      assertThat(MAPPER.writeValueAsString(tree)).isEqualTo(compact(WRITER.toJson(f)));
    }
    JsonNode tree = MAPPER.valueToTree(r);
    assertTypedAsTheWriterWrote(tree, WRITER.toJson(r));
    assertThat(MAPPER.treeToValue(tree, Report.class)).isEqualTo(r);
    assertThat(MAPPER.writeValueAsString(tree)).isEqualTo(compact(WRITER.toJson(r)));
    JsonNode footnote = MAPPER.valueToTree(r.loans().get(0)).at("/provenance/footnotes/0");
    assertThat(footnote.isInt()).as("footnote %s", footnote).isTrue();
    assertThat(MAPPER.convertValue(r, Report.class)).isEqualTo(r);
  }

  @Test
  void generatedReportsAndTheirFactsRoundTripThroughATree() {
    Property.forAll("mapper tree round trip", Generators.reports()).tries(60).verify(r -> {
      for (Fact f : facts(r)) {
        JsonNode tree = MAPPER.valueToTree(f);
        assertTypedAsTheWriterWrote(tree, WRITER.toJson(f));
        assertThat(MAPPER.treeToValue(tree, f.getClass())).isEqualTo(f);
        assertThat(PLAIN.writeValueAsString(tree)).isEqualTo(compact(WRITER.toJson(f)));
      }
      for (Object v : nestedValues(r)) {
        assertThat(MAPPER.treeToValue(MAPPER.valueToTree(v), v.getClass())).isEqualTo(v);
      }
      JsonNode tree = MAPPER.valueToTree(r);
      assertTypedAsTheWriterWrote(tree, WRITER.toJson(r));
      assertThat(MAPPER.treeToValue(tree, Report.class)).isEqualTo(r);
      assertThat(PLAIN.writeValueAsString(tree)).isEqualTo(compact(WRITER.toJson(r)));
    });
  }

  @Test
  void numbersAreCopiedTypedWithEveryDigitAndPrintedPlain() throws Exception {
    String json = "{\"a\":[64,3000000000,123456789012345678901234567890,6.5,0.0000001,"
        + "123456789012.123456789012,0.000000000001]}";
    assertThat(compact(json)).isEqualTo(json);
    JsonFactory f = new JsonFactory();
    StringWriter out = new StringWriter();
    try (JsonParser p = f.createParser(ObjectReadContext.empty(), json); JsonGenerator g = f.createGenerator(ObjectWriteContext.empty(), out)) {
      p.nextToken();
      BilateralModule.copy(p, g);
      assertThat(g.isEnabled(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)).isFalse();
    }
    assertThat(out.toString()).isEqualTo(json);
    TokenBuffer buffer = TokenBuffer.forGeneration();
    try (JsonParser p = f.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      BilateralModule.copy(p, buffer);
    }
    List<Object> values = new ArrayList<>();
    try (JsonParser p = buffer.asParser(ObjectReadContext.empty())) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t.isNumeric()) {
          values.add(p.getNumberValue());
        }
      }
    }
    assertThat(values).containsExactly(64, 3000000000L, new java.math.BigInteger("123456789012345678901234567890"),
        new BigDecimal("6.5"), new BigDecimal("0.0000001"), new BigDecimal("123456789012.123456789012"),
        new BigDecimal("0.000000000001"));
  }

  @Test
  void valuesWithAStringFormAreMapKeysInThatForm() throws Exception {
    Map<ActorId, String> actors = new LinkedHashMap<>();
    actors.put(ActorId.of("imf"), "lender");
    actors.put(ActorId.of("china-exim"), "creditor");
    String json = MAPPER.writeValueAsString(actors);
    assertThat(json).isEqualTo("{\"imf\":\"lender\",\"china-exim\":\"creditor\"}");
    assertThat(MAPPER.readValue(json, new TypeReference<Map<ActorId, String>>() {})).isEqualTo(actors);

    Property.forAll("dates as keys", Generators.partialDates()).tries(300).verify(d -> {
      String text = MAPPER.writeValueAsString(Map.of(d, 1));
      assertThat(text).isEqualTo("{\"" + d + "\":1}");
      assertThat(MAPPER.readValue(text, new TypeReference<Map<PartialDate, Integer>>() {})).isEqualTo(Map.of(d, 1));
    });
    Map<Money, Integer> money = Map.of(Money.parse("USD 3000000000"), 1);
    String moneyJson = MAPPER.writeValueAsString(money);
    assertThat(moneyJson).isEqualTo("{\"USD 3000000000\":1}");
    assertThat(MAPPER.readValue(moneyJson, new TypeReference<Map<Money, Integer>>() {})).isEqualTo(money);
    Map<FactRef, Integer> refs = Map.of(FactRef.parse("loan:imf-sba-2023"), 1);
    String refsJson = MAPPER.writeValueAsString(refs);
    assertThat(refsJson).isEqualTo("{\"loan:imf-sba-2023\":1}");
    assertThat(MAPPER.readValue(refsJson, new TypeReference<Map<FactRef, Integer>>() {})).isEqualTo(refs);
  }

  @Test
  void anInvalidMapKeyIsRefusedWithItsTypeAndTheKey() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"IMF SBA\":\"x\"}", new TypeReference<Map<ActorId, String>>() {}))
        .isInstanceOfSatisfying(tools.jackson.databind.exc.InvalidFormatException.class, e -> {
          assertThat(e.getMessage()).contains("ActorId").contains("IMF SBA");
          assertThat(e.getValue()).isEqualTo("IMF SBA");
          assertThat(e.getTargetType()).isEqualTo(ActorId.class);
        });
    assertThat(Identifier.isValid("IMF SBA")).isFalse();
    assertThatThrownBy(() -> MAPPER.readValue("{\"2023-13\":1}", new TypeReference<Map<PartialDate, Integer>>() {}))
        .isInstanceOf(tools.jackson.databind.exc.InvalidFormatException.class).hasMessageContaining("PartialDate").hasMessageContaining("2023-13");
    assertThatThrownBy(() -> MAPPER.readValue("{\"USD x\":1}", new TypeReference<Map<Money, Integer>>() {}))
        .isInstanceOf(tools.jackson.databind.exc.InvalidFormatException.class).hasMessageContaining("Money").hasMessageContaining("USD x");
    assertThatThrownBy(() -> MAPPER.readValue("{\"nothing:imf\":1}", new TypeReference<Map<FactRef, Integer>>() {}))
        .isInstanceOf(tools.jackson.databind.exc.InvalidFormatException.class).hasMessageContaining("FactRef").hasMessageContaining("nothing:imf");
  }
}
