package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.bilateral.model.ActorKind;
import io.github.bilateral.model.AgreementKind;
import io.github.bilateral.model.AgreementStatus;
import io.github.bilateral.model.AssessmentKind;
import io.github.bilateral.model.CitationProblemKind;
import io.github.bilateral.model.ErratumKind;
import io.github.bilateral.model.Estimate;
import io.github.bilateral.model.EventKind;
import io.github.bilateral.model.Likelihood;
import io.github.bilateral.model.LoanKind;
import io.github.bilateral.model.LoanStatus;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.PlaceKind;
import io.github.bilateral.model.RecommendationStatus;
import io.github.bilateral.model.RelationKind;
import io.github.bilateral.model.SourceLocation;
import io.github.bilateral.testing.Generators;
import io.github.bilateral.testing.Property;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas of format versions 1 and 2, kept in the core jar: valid documents pass them, bad
 * ones fail them, and they stay in step with the shapes the reader and writer know, field by field,
 * down to the kinds of a fact reference and the bounds of an integer.
 */
class JsonSchemaTest {

  static final String RESOURCE = "/io/github/bilateral/io/report-v1.schema.json";

  /** The schema of version 2, beside version 1's. */
  static final String RESOURCE_V2 = "/io/github/bilateral/io/report-v2.schema.json";

  private static final String TEXT = resource(RESOURCE);
  private static final JsonNode TREE = tree(TEXT);
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(TEXT, InputFormat.JSON);
  private static final String TEXT_V2 = resource(RESOURCE_V2);
  private static final JsonNode TREE_V2 = tree(TEXT_V2);
  private static final Schema SCHEMA_V2 =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(TEXT_V2, InputFormat.JSON);

  /** The schema tree of format version {@code version}. */
  private static JsonNode tree(int version) {
    return version == 1 ? TREE : TREE_V2;
  }

  private static List<String> errorsV2(String json) {
    return SCHEMA_V2.validate(json, InputFormat.JSON).stream().map(Error::toString).collect(Collectors.toList());
  }

  private static String resource(String name) {
    try (InputStream in = JsonSchemaTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name + " on the class path").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).collect(Collectors.toList());
  }

  @Test
  void aFactReferencesKindIsOneOfTheRegistrysInBothVersions() {
    // ^((actor|place|...):<id>|citation:<footnote>)$: every kind but citation takes an id.
    for (int version = 1; version <= Json.SCHEMA_VERSION; version++) {
      String pattern = tree(version).path("$defs").path("factRef").path("pattern").asText();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\^\\(\\(([a-z|]+)\\):.*\\|([a-z]+):\\[1-9\\].*$")
          .matcher(pattern);
      assertThat(m.matches()).as("the factRef pattern of version %d: %s", version, pattern).isTrue();
      Set<String> kinds = new TreeSet<>(List.of(m.group(1).split("\\|")));
      kinds.add(m.group(2));
      Set<String> words = new TreeSet<>();
      for (io.github.bilateral.model.FactKind k : io.github.bilateral.model.FactKind.values()) {
        words.add(k.word());
      }
      assertThat(kinds).as("version %d", version).isEqualTo(words);
      assertThat(m.group(2)).isEqualTo(io.github.bilateral.model.FactKind.CITATION.word());
    }
  }

  @Test
  void isADraft202012Schema() {
    assertThat(TREE.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    // An absolute https URL that names the file in the project's repository; a urn: whose namespace
    // holds dots, as an earlier version had, is refused by ajv ("URN without nid cannot be serialized").
    URI id = URI.create(TREE.path("$id").asText());
    assertThat(id.getScheme()).isEqualTo("https");
    assertThat(id.getHost()).isEqualTo("github.com");
    assertThat(id.getPath()).startsWith("/bilateral/bilateral/").endsWith("/core/src/main/resources" + RESOURCE);
    assertThat(TREE.path("$defs").path("report").path("properties").path("schemaVersion").path("const").asInt())
        .isEqualTo(1);
    assertThat(TREE_V2.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    URI v2 = URI.create(TREE_V2.path("$id").asText());
    assertThat(v2.getScheme()).isEqualTo("https");
    assertThat(v2.getPath()).startsWith("/bilateral/bilateral/").endsWith("/core/src/main/resources" + RESOURCE_V2);
    assertThat(TREE_V2.path("$defs").path("report").path("properties").path("schemaVersion").path("const").asInt())
        .isEqualTo(Json.SCHEMA_VERSION);
  }

  @Test
  void theBundledDatasetAndTheSamplePass() {
    // the bundled dataset is format version 2: version 2's schema takes it, version 1's refuses it
    assertThat(errorsV2(resource(Reports.US_PAKISTAN_2023_RESOURCE))).isEmpty();
    assertThat(errors(resource(Reports.US_PAKISTAN_2023_RESOURCE)))
        .contains("/schemaVersion: must be the constant value '1'");
    assertThat(errors(ReportReaderTest.sample())).isEmpty();
    assertThat(errorsV2(ReportWriter.canonical().toJson(Reports.usPakistan2023()))).isEmpty();
    assertThat(errorsV2(Version2Sample.json())).isEmpty();
    assertThat(errors(Version2Sample.json())).isNotEmpty();
  }

  /** The version-2 sample file, which the ajv check in CI reads, is the version-2 sample as written. */
  @Test
  void theVersion2SampleFileIsTheSampleWritten() {
    String file = resource("/io/github/bilateral/io/sample-report-v2.json");
    assertThat(file).isEqualTo(Version2Sample.json());
    assertThat(ReportWriter.canonical().toJson(ReportReader.strict().readString(file))).isEqualTo(file);
  }

  @Test
  void theSchemaRefusesWhatTheReaderRefusesWithinOneObject() throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode sample = (ObjectNode) json.readTree(Version2Sample.json());
    List<java.util.function.Consumer<ObjectNode>> edits = List.of(
        r -> ((ObjectNode) r.path("figures").get(0)).set("amount", json.createObjectNode()
            .put("value", 1).put("printed", "$1").put("currency", "USD")),
        r -> ((ObjectNode) r.path("figures").get(0)).remove("quantity"),
        r -> ((ObjectNode) r.path("citations").get(1)).put("sameAs", 1),
        r -> ((ObjectNode) r.path("metadata")).put("title", "\u00a0\u202f"),
        r -> ((ObjectNode) r.path("places").get(0)).set("aliases", json.createArrayNode().add("G").add("G")),
        r -> ((ObjectNode) r.path("actors").get(0)).set("offices", r.path("actors").get(2).path("offices").deepCopy()),
        r -> ((ObjectNode) r.path("actors").get(2).path("offices").get(0)).put("from", "2023-08-14").put("fromPart", "mid"));
    for (int i = 0; i < edits.size(); i++) {
      ObjectNode edited = sample.deepCopy();
      edits.get(i).accept(edited);
      String text = json.writeValueAsString(edited);
      assertThat(errorsV2(text)).as("edit " + i).isNotEmpty();
      int edit = i;
      assertThatThrownBy(() -> ReportReader.strict().readString(text)).as("edit " + edit)
          .isInstanceOf(ReportException.class);
    }
  }

  @Test
  void generatedReportsPass() {
    Property.forAll("generated reports pass the schema", Generators.reports()).tries(200)
        .verify(r -> assertThat(errorsV2(ReportWriter.canonical().toJson(r))).isEmpty());
  }

  /** The names of the bad documents the schema must reject, listed once for every validator. */
  static List<String> rejected() {
    return resource("/io/github/bilateral/io/schema-rejects.txt").lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toList());
  }

  @Test
  void badDocumentsFail() throws IOException {
    assertThat(rejected()).hasSizeGreaterThanOrEqualTo(20);
    for (String name : rejected()) {
      String json = Files.readString(BadInputCorpusTest.corpus().resolve(name + ".json"), StandardCharsets.UTF_8);
      assertThat(errors(json)).as(name).isNotEmpty();
    }
    assertThat(errors(LenientReaderTest.sampleWithUnknownFields())).as("unknown fields").hasSize(6);
  }

  @Test
  void everyObjectShapeOfTheReaderIsInTheSchemaAndNothingElse() {
    for (int version = 1; version <= Json.SCHEMA_VERSION; version++) {
      JsonNode defs = tree(version).path("$defs");
      Set<String> objectDefs = new TreeSet<>();
      defs.properties().forEach(e -> {
        if (e.getValue().path("type").asText().equals("object")) {
          objectDefs.add(e.getKey());
        }
      });
      assertThat(objectDefs).as("version " + version).isEqualTo(new TreeSet<>(Format.shapes(version).keySet()));
      for (Shape<?> shape : Format.shapes(version).values()) {
        String at = "v" + version + " " + shape.schemaName();
        JsonNode def = defs.path(shape.schemaName());
        List<String> properties = new ArrayList<>();
        def.path("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).as(at + " properties, in canonical order")
            .containsExactlyElementsOf(shape.fields(version));
        List<String> required = new ArrayList<>();
        def.path("required").forEach(n -> required.add(n.asText()));
        assertThat(required).as(at + " required").containsExactlyInAnyOrderElementsOf(shape.required(version));
        assertThat(def.path("additionalProperties").asBoolean(true)).as(at + " is closed").isFalse();
      }
    }
  }

  /**
   * Every field of the format's table against its property in the schema: a list is an array of
   * the element's definition, with at least one element exactly when the table requires the field;
   * any other value refers to the definition of its kind (or has its plain JSON type); a partial
   * date's part refers to {@code datePart}.
   */
  @Test
  void everyFieldOfTheTableHasTheSchemaTypeOfItsKind() {
    for (int version = 1; version <= Json.SCHEMA_VERSION; version++) {
      for (Shape<?> shape : Format.shapes(version).values()) {
        fieldTypes(version, shape);
      }
    }
  }

  private static void fieldTypes(int version, Shape<?> shape) {
    {
      JsonNode properties = tree(version).path("$defs").path(shape.schemaName()).path("properties");
      for (Field f : shape.typedFields()) {
        if (!f.inVersion(version)) {
          continue;
        }
        String at = "v" + version + " " + shape.schemaName() + "." + f.name;
        JsonNode p = properties.path(f.name);
        if (f.holding == Field.Holding.LIST) {
          assertThat(p.path("type").asText()).as(at).isEqualTo("array");
          assertKind(at + "[]", p.path("items"), f.kind, tree(version));
          assertThat(p.path("minItems").asInt(0)).as(at + " minItems").isEqualTo(f.requiredIn(version) ? 1 : 0);
        } else {
          assertKind(at, p, f.kind, tree(version));
        }
        if (f.partName != null) {
          assertThat(properties.path(f.partName).path("$ref").asText()).as(at + "Part").isEqualTo("#/$defs/datePart");
        }
      }
    }
  }

  private static void assertKind(String at, JsonNode property, ValueKind kind, JsonNode schema) {
    JsonNode stated = property;
    if (kind == ValueKind.VERSION) {
      assertThat(property.path("const").asInt()).as(at).isBetween(1, Json.SCHEMA_VERSION);
    } else if (kind.schema.startsWith("type:")) {
      assertThat(property.path("type").asText()).as(at).isEqualTo(kind.schema.substring("type:".length()));
    } else {
      assertThat(property.path("$ref").asText()).as(at).isEqualTo("#/$defs/" + kind.schema);
      stated = schema.path("$defs").path(kind.schema);
    }
    int[] bounds = kind.bounds();
    if (bounds != null) {
      // The reader's limits of an integer are the schema's, on the property or on its definition.
      assertThat(stated.path("minimum").isInt()).as(at + " minimum").isTrue();
      assertThat(new int[] {stated.path("minimum").asInt(), stated.path("maximum").asInt()}).as(at + " bounds")
          .containsExactly(bounds);
    }
  }

  @Test
  @SuppressWarnings("deprecation") // version 1's schema still names the deprecated SourceLocation
  void everyEnumOfTheModelIsInTheSchemaWithTheSameValues() {
    Map<String, Class<? extends Enum<?>>> enums = Map.ofEntries(
        Map.entry("actorKind", ActorKind.class), Map.entry("agreementKind", AgreementKind.class),
        Map.entry("agreementStatus", AgreementStatus.class), Map.entry("assessmentKind", AssessmentKind.class),
        Map.entry("citationProblemKind", CitationProblemKind.class), Map.entry("erratumKind", ErratumKind.class),
        Map.entry("eventKind", EventKind.class), Map.entry("likelihood", Likelihood.class),
        Map.entry("loanKind", LoanKind.class), Map.entry("loanStatus", LoanStatus.class),
        Map.entry("placeKind", PlaceKind.class), Map.entry("recommendationStatus", RecommendationStatus.class),
        Map.entry("relationKind", RelationKind.class), Map.entry("sourceLocation", SourceLocation.class),
        Map.entry("qualifier", Estimate.Qualifier.class), Map.entry("datePart", PartialDate.Part.class));
    for (int version = 1; version <= Json.SCHEMA_VERSION; version++) {
      // The enums of the table in this version: every field's kind that reads an enum.
      Map<String, ValueKind> kinds = new TreeMap<>();
      for (Shape<?> shape : Format.shapes(version).values()) {
        for (Field f : shape.typedFields()) {
          if (f.inVersion(version) && f.kind.enumType() != null) {
            kinds.put(f.kind.schema, f.kind);
          }
          if (f.inVersion(version) && f.partName != null) {
            kinds.put("datePart", ValueKind.DATE_PART);
          }
        }
      }
      JsonNode tree = tree(version);
      Set<String> enumDefs = new TreeSet<>();
      tree.path("$defs").properties().forEach(e -> {
        if (e.getValue().has("enum")) {
          enumDefs.add(e.getKey());
        }
      });
      assertThat(enumDefs).as("v" + version).isEqualTo(kinds.keySet());
      if (version == 1) {
        assertThat(enumDefs).isEqualTo(new TreeSet<>(enums.keySet()));
      }
      for (Map.Entry<String, ValueKind> k : kinds.entrySet()) {
        Class<? extends Enum<?>> type = k.getValue() == ValueKind.DATE_PART ? PartialDate.Part.class : k.getValue().enumType();
        List<String> values = new ArrayList<>();
        tree.path("$defs").path(k.getKey()).path("enum").forEach(n -> values.add(n.asText()));
        List<String> names = new ArrayList<>();
        for (Enum<?> e : type.getEnumConstants()) {
          if (k.getValue().inVersion(e, version)) {
            names.add(Json.name(e));
          }
        }
        assertThat(values).as("v" + version + " " + k.getKey()).containsExactlyElementsOf(names);
      }
    }
  }

  /**
   * Walks the writer's output of the bundled dataset and of generated reports, finding each
   * object's shape through the schema's own references, and collects every field written. Every
   * field a shape knows must be written for some report (so the schema names no field the model
   * lacks), and every field written is in the schema (checked by validation above).
   */
  @Test
  void theWriterWritesEveryFieldTheSchemaNames() {
    Map<String, Set<String>> written = new TreeMap<>();
    collect(ReportWriter.canonical().toJson(Reports.usPakistan2023()), written);
    collect(ReportWriter.canonical().toJson(ReportReader.strict().readString(ReportReaderTest.sample())), written);
    collect(Version2Sample.json(), written);
    Property.forAll("collect written fields", Generators.reports()).tries(300)
        .verify(r -> collect(ReportWriter.canonical().toJson(r), written));
    for (Shape<?> shape : Format.shapes(Json.SCHEMA_VERSION).values()) {
      Set<String> expected = new java.util.LinkedHashSet<>(shape.fields(Json.SCHEMA_VERSION));
      assertThat(written.getOrDefault(shape.schemaName(), Set.of())).as(shape.schemaName() + " fields written")
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  /** Returns the definition that a property's schema refers to, directly or through its items. */
  private static String child(String def, String field) {
    JsonNode p = TREE_V2.path("$defs").path(def).path("properties").path(field);
    if (p.path("additionalProperties").has("$ref")) {
      String ref = p.path("additionalProperties").path("$ref").asText();
      return "map:" + ref.substring(ref.lastIndexOf('/') + 1);
    }
    String ref = p.has("$ref") ? p.path("$ref").asText() : p.path("items").path("$ref").asText();
    return ref.isEmpty() ? null : ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static void collect(String json, Map<String, Set<String>> written) {
    try (JsonParser p = Json.WRITING.createParser(json)) {
      // One entry per open object (its shape) or array (the shape of its elements).
      Deque<String> open = new ArrayDeque<>();
      Deque<Boolean> isArray = new ArrayDeque<>();
      String next = "report";
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case START_OBJECT: {
            String shape = !isArray.isEmpty() && isArray.peek() ? open.peek() : next;
            open.push(shape == null ? "?" : shape);
            isArray.push(false);
            break;
          }
          case START_ARRAY:
            open.push(next == null ? "?" : next);
            isArray.push(true);
            break;
          case END_OBJECT:
          case END_ARRAY:
            open.pop();
            isArray.pop();
            break;
          case FIELD_NAME:
            if (open.peek().startsWith("map:")) {
              next = open.peek().substring("map:".length());
              break;
            }
            written.computeIfAbsent(open.peek(), k -> new LinkedHashSet<>()).add(p.currentName());
            next = child(open.peek(), p.currentName());
            break;
          default:
            break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
