package io.github.bilateral.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.ActorKind;
import io.github.bilateral.model.Amount;
import io.github.bilateral.model.Estimate;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.EventId;
import io.github.bilateral.model.EventKind;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.LoanKind;
import io.github.bilateral.model.LoanStatus;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Place;
import io.github.bilateral.model.PlaceId;
import io.github.bilateral.model.PlaceKind;
import io.github.bilateral.model.Provenance;
import io.github.bilateral.model.Relation;
import io.github.bilateral.model.RelationId;
import io.github.bilateral.model.RelationKind;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.ReportId;
import io.github.bilateral.model.ReportMetadata;
import io.github.bilateral.model.SectionId;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FollowTheMoneyTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  // Property names as the FollowTheMoney schema files define them, each schema with what it inherits
  // (Thing, LegalEntity, Interval, Value, Interest); only the ones this export can use are listed.
  private static final Set<String> THING = ImmutableSet.of(
      "name", "alias", "weakAlias", "notes", "country", "summary", "keywords");
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

    for (io.github.bilateral.model.Actor actor : Reports.usPakistan2023().actors()) {
      JsonNode entity = byId.get("actor." + actor.id());
      if (actor.unnamed()) {
        assertThat(values(entity, "alias")).as("an unnamed actor's printed words are no name to match by").isEmpty();
        assertThat(values(entity, "weakAlias")).isEqualTo(actor.aliases());
        assertThat(values(entity, "notes")).containsExactly(FollowTheMoney.UNNAMED);
      } else {
        assertThat(values(entity, "weakAlias")).isEmpty();
        assertThat(values(entity, "notes")).isEmpty();
      }
    }
    JsonNode envoy = byId.get("actor.us-ambassador-in-pakistan");
    assertThat(values(envoy, "weakAlias")).containsExactly("US envoy");

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
  @Test
  void eachKindOfActorHasItsSchemaAndEachKindOfLoanIsADebtOrAPayment() {
    Map<ActorKind, String> schemata = new java.util.EnumMap<>(ActorKind.class);
    for (ActorKind k : ActorKind.values()) {
      schemata.put(k, FollowTheMoney.schema(k));
    }
    assertThat(schemata).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry(ActorKind.STATE, "PublicBody"), Map.entry(ActorKind.GOVERNMENT_BODY, "PublicBody"),
        Map.entry(ActorKind.MILITARY_OR_SECURITY_BODY, "PublicBody"), Map.entry(ActorKind.PERSON, "Person"),
        Map.entry(ActorKind.INTERNATIONAL_ORGANISATION, "Organization"), Map.entry(ActorKind.POLITICAL_PARTY, "Organization"),
        Map.entry(ActorKind.ARMED_GROUP, "Organization"), Map.entry(ActorKind.OTHER, "Organization"),
        Map.entry(ActorKind.COMPANY, "Company"), Map.entry(ActorKind.COMMUNITY, "LegalEntity"),
        Map.entry(ActorKind.PROGRAMME, "LegalEntity")));
    Set<LoanKind> payments = java.util.EnumSet.noneOf(LoanKind.class);
    for (LoanKind k : LoanKind.values()) {
      if (!FollowTheMoney.isDebt(k)) {
        payments.add(k);
      }
    }
    assertThat(payments).containsExactlyInAnyOrder(LoanKind.AID_PLEDGE, LoanKind.GRANT, LoanKind.ASSISTANCE, LoanKind.INVESTMENT);
  }

  private static final Provenance PROV = Provenance.builder().addSections(SectionId.of("intro")).build();

  private static Actor actor(String id, ActorKind kind, String name) {
    return Actor.builder().id(ActorId.of(id)).kind(kind).name(name).provenance(PROV).build();
  }

  private static Relation relation(String id, RelationKind kind, String from, String to) {
    return Relation.builder().id(RelationId.of(id)).kind(kind).from(ActorId.of(from)).to(ActorId.of(to))
        .provenance(PROV).build();
  }

  private static Loan.Builder loan(String id, LoanKind kind, LoanStatus status) {
    return Loan.builder().id(LoanId.of(id)).kind(kind).status(status).addLenders(ActorId.of("gov"))
        .addBorrowers(ActorId.of("firm")).summary("Money for " + id + ".").provenance(PROV);
  }

  private static Map<String, JsonNode> byId(Report r) throws Exception {
    Map<String, JsonNode> byId = new java.util.LinkedHashMap<>();
    entities(r).forEach(e -> byId.put(e.get("id").asText(), e));
    check(new ArrayList<>(byId.values()));
    return byId;
  }

  private static Map<String, List<String>> properties(JsonNode entity) {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    entity.get("properties").fieldNames().forEachRemaining(p -> out.put(p, values(entity, p)));
    return out;
  }

  @Test
  void officesBecomePositionsAndOccupanciesOfTheirHolder() throws Exception {
    Actor minister = Actor.builder().from(actor("p", ActorKind.PERSON, "Ali")).country("PK")
        .addOffices(Office.builder().title("Minister of Finance").organisation(ActorId.of("gov")).acting(true)
            .note("interim").from(PartialDate.ofMonth(2023, 8)).to(PartialDate.of(2024, 3, 4)).build())
        .addOffices(Office.builder().title("!!!").acting(true).build())
        .addOffices(Office.builder().title("Envoy").organisation(ActorId.of("nowhere")).note("to Kabul").build())
        .addOffices(Office.builder().title("Adviser").organisation(ActorId.of("q")).build())
        .build();
    Report r = report().addActors(minister, actor("gov", ActorKind.GOVERNMENT_BODY, "Ministry"),
        actor("q", ActorKind.PERSON, "Qasim")).build();
    Map<String, JsonNode> e = byId(r);
    assertThat(properties(e.get("position.gov.minister-of-finance"))).containsExactly(
        Map.entry("name", List.of("Minister of Finance, Ministry")), Map.entry("country", List.of("pk")),
        Map.entry("organization", List.of("actor.gov")));
    assertThat(properties(e.get("occupancy.p.1"))).containsExactly(
        Map.entry("holder", List.of("actor.p")), Map.entry("post", List.of("position.gov.minister-of-finance")),
        Map.entry("startDate", List.of("2023-08")), Map.entry("endDate", List.of("2024-03-04")),
        Map.entry("description", List.of("acting; interim")), Map.entry("recordId", List.of("actor:p")),
        Map.entry("sourceUrl", List.of("https://example.org/r")));
    assertThat(properties(e.get("position.p.x"))).containsExactly(
        Map.entry("name", List.of("!!!")), Map.entry("country", List.of("pk")));
    assertThat(values(e.get("occupancy.p.2"), "description")).containsExactly("acting");
    assertThat(properties(e.get("position.nowhere.envoy"))).containsExactly(
        Map.entry("name", List.of("Envoy")), Map.entry("country", List.of("pk")));
    assertThat(values(e.get("occupancy.p.3"), "description")).containsExactly("to Kabul");
    assertThat(properties(e.get("position.q.adviser"))).containsExactly(
        Map.entry("name", List.of("Adviser, Qasim")), Map.entry("country", List.of("pk")));
    assertThat(e.get("occupancy.p.4").get("properties").has("description")).isFalse();
    assertThat(values(e.get("actor.p"), "position")).containsExactly("Minister of Finance", "!!!", "Envoy", "Adviser");
    assertThat(values(e.get("actor.p"), "keywords")).containsExactly("person");
  }

  @Test
  void aRelationIsAMembershipOrDirectorshipOnlyOfAnOrganization() throws Exception {
    Report r = report().addActors(actor("p", ActorKind.PERSON, "Ali"), actor("q", ActorKind.PERSON, "Qasim"),
            actor("party", ActorKind.POLITICAL_PARTY, "Party"), actor("firm", ActorKind.COMPANY, "Firm"),
            actor("state", ActorKind.STATE, "State"))
        .addRelations(relation("m1", RelationKind.MEMBER_OF, "p", "party"), relation("m2", RelationKind.MEMBER_OF, "p", "q"),
            relation("l1", RelationKind.LEADS, "p", "firm"), relation("l2", RelationKind.LEADS, "p", "q"),
            relation("c1", RelationKind.CREDITOR_OF, "state", "firm"),
            Relation.copyOf(relation("a1", RelationKind.ALLIED_WITH, "state", "party"))
                .withDate(PartialDate.ofYear(2020)).withSummary("Allies."))
        .build();
    Map<String, JsonNode> e = byId(r);
    assertThat(properties(e.get("relation.m1"))).containsExactly(Map.entry("member", List.of("actor.p")),
        Map.entry("organization", List.of("actor.party")), Map.entry("role", List.of("member of")),
        Map.entry("recordId", List.of("relation:m1")), Map.entry("sourceUrl", List.of("https://example.org/r")));
    assertThat(e.get("relation.m2").get("schema").asText()).isEqualTo("UnknownLink");
    assertThat(values(e.get("relation.m2"), "object")).containsExactly("actor.q");
    assertThat(e.get("relation.l1").get("schema").asText()).isEqualTo("Directorship");
    assertThat(values(e.get("relation.l1"), "director")).containsExactly("actor.p");
    assertThat(values(e.get("relation.l1"), "role")).containsExactly("leads");
    assertThat(e.get("relation.l2").get("schema").asText()).isEqualTo("UnknownLink");
    assertThat(properties(e.get("relation.c1"))).containsExactly(Map.entry("creditor", List.of("actor.state")),
        Map.entry("debtor", List.of("actor.firm")), Map.entry("recordId", List.of("relation:c1")),
        Map.entry("sourceUrl", List.of("https://example.org/r")));
    assertThat(properties(e.get("relation.a1"))).containsExactly(Map.entry("subject", List.of("actor.state")),
        Map.entry("object", List.of("actor.party")), Map.entry("role", List.of("allied with")),
        Map.entry("date", List.of("2020")), Map.entry("summary", List.of("Allies.")),
        Map.entry("recordId", List.of("relation:a1")), Map.entry("sourceUrl", List.of("https://example.org/r")));
  }

  @Test
  void aPaymentHasAnAmountOnlyOnceTheMoneyMovedAndADebtKeepsItsTermsInTheDescription() throws Exception {
    Amount dollars = Amount.of(Estimate.exact(new BigDecimal("5000000")), Currency.getInstance("USD"));
    Amount billions = Amount.of(Estimate.vague(Estimate.Qualifier.BILLIONS, "billions of dollars"), Currency.getInstance("USD"));
    Report r = report().addActors(actor("gov", ActorKind.GOVERNMENT_BODY, "Ministry"), actor("firm", ActorKind.COMPANY, "Firm"))
        .addLoans(
            loan("pledged", LoanKind.GRANT, LoanStatus.PROPOSED).amount(dollars).purpose("Schools.").build(),
            loan("paid", LoanKind.GRANT, LoanStatus.DISBURSING).amount(dollars).purpose("Schools.")
                .date(PartialDate.ofYear(2023)).build(),
            loan("vague", LoanKind.BILATERAL_LOAN, LoanStatus.PROPOSED).amount(billions).build(),
            loan("terms", LoanKind.ROLLOVER, LoanStatus.ROLLED_OVER).term(java.time.Period.ofYears(2))
                .purpose("Reserves.").extendsLoan(LoanId.of("vague")).partOf(LoanId.of("stock")).build())
        .build();
    Map<String, JsonNode> e = byId(r);
    assertThat(properties(e.get("loan.pledged"))).containsExactly(Map.entry("payer", List.of("actor.gov")),
        Map.entry("beneficiary", List.of("actor.firm")), Map.entry("purpose", List.of("Schools.")),
        Map.entry("summary", List.of("Money for pledged.")),
        Map.entry("description", List.of("grant, proposed; amount not paid: USD 5000000")),
        Map.entry("recordId", List.of("loan:pledged")), Map.entry("sourceUrl", List.of("https://example.org/r")));
    assertThat(properties(e.get("loan.paid"))).containsExactly(Map.entry("payer", List.of("actor.gov")),
        Map.entry("beneficiary", List.of("actor.firm")), Map.entry("currency", List.of("USD")),
        Map.entry("amount", List.of("5000000")), Map.entry("amountUsd", List.of("5000000")),
        Map.entry("date", List.of("2023")), Map.entry("purpose", List.of("Schools.")),
        Map.entry("summary", List.of("Money for paid.")),
        Map.entry("description", List.of("grant, disbursing; amount USD 5000000")),
        Map.entry("recordId", List.of("loan:paid")), Map.entry("sourceUrl", List.of("https://example.org/r")));
    assertThat(properties(e.get("loan.vague"))).doesNotContainKeys("currency", "amount", "amountUsd");
    assertThat(values(e.get("loan.vague"), "description")).containsExactly(
        "bilateral loan, proposed; amount not exact: billions USD, no number given (printed \"billions of dollars\")");
    assertThat(e.get("loan.vague").get("schema").asText()).isEqualTo("Debt");
    assertThat(properties(e.get("loan.terms"))).doesNotContainKey("purpose");
    assertThat(values(e.get("loan.terms"), "description")).containsExactly(
        "rollover, rolled over; term P2Y; purpose: Reserves.; extends loan.vague; part of loan.stock");
  }

  @Test
  void anEventIsLocatedAtItsPlacesEvenThoseTheReportDoesNotList() throws Exception {
    Report r = report().addActors(actor("gov", ActorKind.GOVERNMENT_BODY, "Ministry"))
        .addPlaces(Place.builder().id(PlaceId.of("gwadar")).kind(PlaceKind.CITY).name("Gwadar").country("PK")
            .provenance(PROV).build())
        .addEvents(Event.builder().id(EventId.of("v")).kind(EventKind.POLITICAL).date(PartialDate.of(2023, 5, 9))
            .addActors(ActorId.of("gov")).addPlaces(PlaceId.of("gwadar"), PlaceId.of("kabul")).summary("Talks.")
            .provenance(PROV).build())
        .build();
    assertThat(properties(byId(r).get("event.v"))).containsExactly(Map.entry("name", List.of("Talks.")),
        Map.entry("date", List.of("2023-05-09")), Map.entry("keywords", List.of("political")),
        Map.entry("involved", List.of("actor.gov")), Map.entry("location", List.of("Gwadar", "kabul")),
        Map.entry("country", List.of("pk")), Map.entry("recordId", List.of("event:v")),
        Map.entry("sourceUrl", List.of("https://example.org/r")));
  }

  private static Report.Builder report() {
    return Report.builder().metadata(ReportMetadata.builder().id(ReportId.of("r")).title("T").addAuthors("A")
        .publisher("P").date(PartialDate.ofYear(2023)).url("https://example.org/r").build());
  }
}
