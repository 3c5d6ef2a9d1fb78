package io.github.bilateral.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Report;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FollowTheMoneyTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  // Property names as the FollowTheMoney schema files define them, each schema with what it inherits
  // (Thing, LegalEntity, Interval, Value, Interest); only the ones this export can use are listed.
  private static final Set<String> THING = ImmutableSet.of("name", "alias", "country", "summary", "keywords");
  private static final Set<String> INTERVAL = ImmutableSet.of(
      "startDate", "endDate", "date", "summary", "description", "recordId", "sourceUrl");
  private static final Set<String> VALUE = ImmutableSet.of("amount", "currency", "amountUsd");
  private static final Set<String> INTEREST = Sets.union(INTERVAL, ImmutableSet.of("role", "status"));
  private static final Map<String, Set<String>> PROPERTIES = ImmutableMap.<String, Set<String>>builder()
      .put("Person", Sets.union(THING, ImmutableSet.of("position")))
      .put("PublicBody", THING)
      .put("Organization", THING)
      .put("Company", THING)
      .put("LegalEntity", THING)
      .put("Position", Sets.union(THING, ImmutableSet.of("organization")))
      .put("Occupancy", Sets.union(INTERVAL, ImmutableSet.of("holder", "post", "status")))
      .put("Membership", Sets.union(INTEREST, ImmutableSet.of("member", "organization")))
      .put("Directorship", Sets.union(INTEREST, ImmutableSet.of("director", "organization")))
      .put("Representation", Sets.union(INTEREST, ImmutableSet.of("agent", "client")))
      .put("UnknownLink", Sets.union(INTEREST, ImmutableSet.of("subject", "object")))
      .put("Debt", Sets.union(Sets.union(INTERVAL, VALUE), ImmutableSet.of("creditor", "debtor")))
      .put("Payment", Sets.union(Sets.union(INTERVAL, VALUE), ImmutableSet.of("payer", "beneficiary", "purpose")))
      .put("Event", Sets.union(Sets.union(INTERVAL, THING), ImmutableSet.of("involved", "location")))
      .build();

  private static final Set<String> LEGAL_ENTITIES = ImmutableSet.of("Person", "PublicBody", "Organization", "Company", "LegalEntity");
  private static final Set<String> ORGANIZATIONS = ImmutableSet.of("PublicBody", "Organization", "Company");

  /** The schemata that each entity property may point to (its range and the range's descendants). */
  private static final Map<String, Set<String>> RANGES = ImmutableMap.<String, Set<String>>builder()
      .put("creditor", LEGAL_ENTITIES).put("debtor", LEGAL_ENTITIES)
      .put("payer", LEGAL_ENTITIES).put("beneficiary", LEGAL_ENTITIES)
      .put("member", LEGAL_ENTITIES).put("director", LEGAL_ENTITIES)
      .put("agent", LEGAL_ENTITIES).put("client", LEGAL_ENTITIES)
      .put("involved", LEGAL_ENTITIES)
      .put("subject", LEGAL_ENTITIES).put("object", LEGAL_ENTITIES)
      .put("organization", ORGANIZATIONS)
      .put("holder", ImmutableSet.of("Person"))
      .put("post", ImmutableSet.of("Position"))
      .build();

  private static final Set<String> DATES = ImmutableSet.of("date", "startDate", "endDate");

  static List<JsonNode> entities(Report r) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : JsonLinesTest.export(r, ExportFormat.FTM).lines().toList()) {
      out.add(MAPPER.readTree(line));
    }
    return out;
  }

  @Test
  void theBundledReportAsEntities() throws Exception {
    List<JsonNode> entities = entities(Reports.usPakistan2023());
    check(entities);
    Map<String, JsonNode> byId = new HashMap<>();
    entities.forEach(e -> byId.put(e.get("id").asText(), e));
    Map<String, Integer> schemata = new HashMap<>();
    entities.forEach(e -> schemata.merge(e.get("schema").asText(), 1, Integer::sum));
    assertThat(schemata.get("Person")).isEqualTo(35);
    assertThat(schemata.get("Event")).isEqualTo(105);

    JsonNode sba = byId.get("loan.imf-sba-2023");
    assertThat(sba.get("schema").asText()).isEqualTo("Debt");
    assertThat(values(sba, "creditor")).containsExactly("actor.imf");
    assertThat(values(sba, "debtor")).containsExactly("actor.pakistan");
    assertThat(values(sba, "amount")).containsExactly("3000000000");
    assertThat(values(sba, "currency")).containsExactly("USD");
    assertThat(values(sba, "date")).containsExactly("2023-07");
    assertThat(values(sba, "recordId")).containsExactly("loan:imf-sba-2023");
    assertThat(values(sba, "description").get(0)).startsWith("stand by arrangement, ").contains("term P9M");

    JsonNode imf = byId.get("actor.imf");
    assertThat(imf.get("schema").asText()).isEqualTo("Organization");
    assertThat(values(imf, "name")).containsExactly("IMF");
    assertThat(values(imf, "alias")).isEqualTo(Reports.usPakistan2023()
        .requireActor(io.github.bilateral.model.ActorId.of("imf")).aliases());
    assertThat(values(byId.get("actor.pakistan"), "country")).containsExactly("pk");
    assertThat(byId.get("actor.usaid").get("schema").asText()).isEqualTo("PublicBody");

    JsonNode kakar = byId.get("actor.anwar-ul-haq-kakar");
    assertThat(kakar.get("schema").asText()).isEqualTo("Person");
    assertThat(values(kakar, "position")).contains("caretaker Prime Minister");
    JsonNode occupancy = byId.get("occupancy.anwar-ul-haq-kakar.1");
    assertThat(values(occupancy, "holder")).containsExactly("actor.anwar-ul-haq-kakar");
    assertThat(values(occupancy, "startDate")).containsExactly("2023-08");
    JsonNode post = byId.get(values(occupancy, "post").get(0));
    assertThat(values(post, "name")).containsExactly("caretaker Prime Minister, " + Reports.usPakistan2023()
        .requireActor(io.github.bilateral.model.ActorId.of("pakistan-caretaker-government")).name());
    assertThat(entities).anySatisfy(e -> assertThat(e.get("schema").asText()).isEqualTo("Payment"));
    assertThat(entities).anySatisfy(e -> assertThat(e.get("schema").asText()).isEqualTo("Membership"));
    assertThat(entities).anySatisfy(e -> assertThat(e.get("schema").asText()).isEqualTo("UnknownLink"));
  }

  @Test
  void mediationIsALinkNotARepresentationOfAClient() throws Exception {
    Map<String, JsonNode> byId = new HashMap<>();
    entities(Reports.usPakistan2023()).forEach(e -> byId.put(e.get("id").asText(), e));
    JsonNode doha = byId.get("relation.pakistan-mediates-for-united-states-doha");
    assertThat(doha.get("schema").asText()).isEqualTo("UnknownLink");
    assertThat(values(doha, "subject")).containsExactly("actor.pakistan");
    assertThat(values(doha, "role")).containsExactly("mediates for");
    assertThat(byId.values()).noneMatch(e -> e.get("schema").asText().equals("Representation"));
  }

  @Test
  void moneyNotYetPaidHasNoPaymentAmount() throws Exception {
    Map<String, JsonNode> byId = new HashMap<>();
    entities(Reports.usPakistan2023()).forEach(e -> byId.put(e.get("id").asText(), e));
    JsonNode refinery = byId.get("loan.saudi-gwadar-refinery");
    assertThat(refinery.get("schema").asText()).isEqualTo("Payment");
    assertThat(refinery.get("properties").has("amount")).isFalse();
    assertThat(values(refinery, "description").get(0))
        .contains("under negotiation").contains("not paid: USD 14000000000 (printed \"$14 billion\")");
  }

  @Test
  void aHedgedAmountIsNeverAnExactNumber() throws Exception {
    Map<String, JsonNode> byId = new HashMap<>();
    entities(Reports.usPakistan2023()).forEach(e -> byId.put(e.get("id").asText(), e));
    JsonNode stock = byId.get("loan.china-power-infrastructure-debt");
    assertThat(stock.get("schema").asText()).isEqualTo("Debt");
    assertThat(stock.get("properties").has("amount")).isFalse();
    assertThat(stock.get("properties").has("amountUsd")).isFalse();
    assertThat(values(stock, "currency")).containsExactly("USD");
    assertThat(values(stock, "description").get(0))
        .contains("amount not exact: approximately USD 30000000000 (printed \"around $30 billion\")");
  }

  @Test
  void everyHedgeKeepsItsNumberOutOfAmount() {
    Property.forAll("hedged amounts are described, not numbers", Generators.reports()).tries(100).verify(r -> {
      Map<String, JsonNode> byId = new HashMap<>();
      try {
        entities(r).forEach(e -> byId.put(e.get("id").asText(), e));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      for (io.github.bilateral.model.Loan l : r.loans()) {
        JsonNode e = byId.get("loan." + l.id().value());
        l.amount().ifPresent(a -> {
          io.github.bilateral.model.Amount printed =
              a.conversion().map(io.github.bilateral.model.Conversion::from).orElse(a);
          if (!printed.estimate().isExact()) {
            assertThat(e.get("properties").has("amount")).as(l.id().value()).isFalse();
            assertThat(values(e, "description").get(0)).as(l.id().value())
                .contains(printed.estimate().qualifier().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " " + printed.point().map(Object::toString).orElse(printed.currency().getCurrencyCode() + ", no number given"));
          }
          if (!a.estimate().isExact()) {
            assertThat(e.get("properties").has("amountUsd")).as(l.id().value()).isFalse();
          }
        });
      }
    });
  }

  @Test
  void aConvertedAmountIsInThePrintedCurrencyWithTheConversionKept() throws Exception {
    Report bundled = Reports.usPakistan2023();
    io.github.bilateral.model.Loan gbp = bundled.findLoan(io.github.bilateral.model.LoanId.of("china-loan-2023-02-gbp"))
        .orElseThrow();
    io.github.bilateral.model.Amount dollars = io.github.bilateral.model.Amount.builder()
        .estimate(io.github.bilateral.model.Estimate.exact(new java.math.BigDecimal("696000000")))
        .currency(java.util.Currency.getInstance("USD"))
        .conversion(io.github.bilateral.model.Conversion.builder().from(gbp.amount().orElseThrow())
            .rate(new java.math.BigDecimal("1.2")).date(java.time.LocalDate.of(2023, 2, 23)).source("a rate").build())
        .build();
    java.util.List<io.github.bilateral.model.Loan> loans = new java.util.ArrayList<>(bundled.loans());
    loans.replaceAll(l -> l.id().equals(gbp.id()) ? l.withAmount(dollars) : l);
    Map<String, JsonNode> byId = new HashMap<>();
    entities(Report.copyOf(bundled).withLoans(loans)).forEach(e -> byId.put(e.get("id").asText(), e));
    JsonNode loan = byId.get("loan.china-loan-2023-02-gbp");
    assertThat(values(loan, "amount")).containsExactly("580000000");
    assertThat(values(loan, "currency")).containsExactly("GBP");
    assertThat(values(loan, "amountUsd")).containsExactly("696000000");
    assertThat(values(loan, "description").get(0))
        .contains("converted to USD 696000000 at 1.2 on 2023-02-23 (a rate)");
  }

  @Test
  void generatedReportsGiveValidEntities() {
    Property.forAll("ftm entities are well formed", Generators.reports()).tries(100).verify(r -> {
      try {
        check(entities(r));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  private static List<String> values(JsonNode entity, String property) {
    List<String> out = new ArrayList<>();
    entity.get("properties").path(property).forEach(v -> out.add(v.asText()));
    return out;
  }

  /** Checks schemata, property names, value shapes and that every entity reference resolves in range. */
  private static void check(List<JsonNode> entities) {
    Map<String, String> schemaOf = new HashMap<>();
    for (JsonNode e : entities) {
      assertThat(e.size()).isEqualTo(3);
      String id = e.get("id").asText();
      assertThat(id).matches("[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?");
      assertThat(schemaOf.put(id, e.get("schema").asText())).as("unique id " + id).isNull();
    }
    for (JsonNode e : entities) {
      String schema = e.get("schema").asText();
      assertThat(PROPERTIES).containsKey(schema);
      List<String> names = new ArrayList<>();
      e.get("properties").fieldNames().forEachRemaining(names::add);
      assertThat(PROPERTIES.get(schema)).as(schema).containsAll(names);
      if (Set.of("Person", "PublicBody", "Organization", "Company", "LegalEntity", "Position", "Event").contains(schema)) {
        assertThat(names).as("a Thing needs a name").contains("name");
      }
      for (String p : names) {
        JsonNode values = e.get("properties").get(p);
        assertThat(values.isArray() && values.size() > 0).isTrue();
        for (JsonNode v : values) {
          assertThat(v.isTextual() && !v.asText().isEmpty()).isTrue();
          if (RANGES.containsKey(p)) {
            assertThat(schemaOf).as(p + " of " + e.get("id")).containsKey(v.asText());
            assertThat(RANGES.get(p)).as(p + " of " + e.get("id")).contains(schemaOf.get(v.asText()));
          }
          if (DATES.contains(p)) {
            assertThat(v.asText()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
          }
          if (p.equals("country")) {
            assertThat(v.asText()).matches("[a-z]{2}");
          }
          if (p.equals("amount") || p.equals("amountUsd")) {
            assertThat(new java.math.BigDecimal(v.asText()).signum()).isGreaterThanOrEqualTo(0);
          }
        }
      }
      for (String required : required(schema)) {
        assertThat(names).as(schema + " " + e.get("id")).contains(required);
      }
    }
  }

  private static List<String> required(String schema) {
    switch (schema) {
      case "Membership": return List.of("member", "organization");
      case "Directorship": return List.of("director", "organization");
      case "Occupancy": return List.of("holder", "post");
      case "UnknownLink": return List.of("subject", "object");
      case "Representation": return List.of("agent", "client");
      case "Debt": return List.of("creditor", "debtor");
      case "Payment": return List.of("payer", "beneficiary");
      default: return List.of();
    }
  }
}
