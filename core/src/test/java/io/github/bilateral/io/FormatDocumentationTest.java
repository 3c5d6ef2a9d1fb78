package io.github.bilateral.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The field tables of {@code docs/FORMAT.md} against {@link Format}, the reader's and writer's
 * description of each object: the same fields in the same order, and the same ones required; and
 * the page's lists that the table also gives: the defaults the writer leaves out, the nested objects
 * that keep unknown fields, the kinds of a fact reference. The shapes that the page describes in
 * prose rather than in a table (Conversion, Quantity, Office and the small objects inside citations
 * and recommendations) are checked by the JSON Schema test.
 */
class FormatDocumentationTest {

  private static final Path PAGE = Path.of("..", "docs", "FORMAT.md");

  /** Each documented shape: the heading of its table, and the shape it must agree with. */
  private static final Map<String, Shape<?>> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("## Top level", Format.REPORT);
    TABLES.put("### Provenance", Format.PROVENANCE);
    TABLES.put("### Sourcing", Format.SOURCING);
    TABLES.put("## Metadata", Format.METADATA);
    TABLES.put("## Section", Format.SECTION);
    TABLES.put("## Citation", Format.CITATION);
    TABLES.put("## Actor", Format.ACTOR);
    TABLES.put("## Place", Format.PLACE);
    TABLES.put("## Relation", Format.RELATION);
    TABLES.put("## Loan", Format.LOAN);
    TABLES.put("## Agreement", Format.AGREEMENT);
    TABLES.put("## Recommendation", Format.RECOMMENDATION);
    TABLES.put("## Event", Format.EVENT);
    TABLES.put("## Figure", Format.FIGURE);
    TABLES.put("## Assessment", Format.ASSESSMENT);
    TABLES.put("## Erratum", Format.ERRATUM);
  }

  /** A documented field: its name and whether the page calls it required. */
  private record Row(String field, boolean required) {}

  private static List<String> page() throws IOException {
    return Files.readAllLines(PAGE, StandardCharsets.UTF_8);
  }

  /** Returns the rows of the first table after the heading that starts with {@code heading}. */
  private static List<Row> table(List<String> lines, String heading) {
    int at = 0;
    while (at < lines.size() && !(lines.get(at).equals(heading) || lines.get(at).startsWith(heading + " "))) {
      at++;
    }
    assertThat(at).as("heading " + heading + " in docs/FORMAT.md").isLessThan(lines.size());
    while (!lines.get(at).startsWith("| field")) {
      at++;
    }
    List<Row> rows = new ArrayList<>();
    for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String[] cells = lines.get(i).split("\\|");
      String field = cells[1].trim();
      boolean required = cells[3].trim().startsWith("yes");
      // "`date` + `datePart`": the date and its part, of which only the date can be required.
      String[] names = field.split("\\+");
      for (int n = 0; n < names.length; n++) {
        rows.add(new Row(names[n].trim().replace("`", ""), required && n == 0));
      }
    }
    return rows;
  }

  @Test
  void everyFieldTableListsTheShapesFieldsInOrderAndWhichAreRequired() throws IOException {
    List<String> lines = page();
    TABLES.forEach((heading, shape) -> {
      List<Row> rows = table(lines, heading);
      List<String> fields = new ArrayList<>();
      Set<String> required = new LinkedHashSet<>();
      rows.forEach(r -> {
        fields.add(r.field());
        if (r.required()) {
          required.add(r.field());
        }
      });
      assertThat(fields).as(heading + ": fields in canonical order").containsExactlyElementsOf(shape.fields());
      assertThat(required).as(heading + ": required fields").containsExactlyInAnyOrderElementsOf(shape.required());
    });
  }

  /**
   * The type column of every field table against the kinds of the table's fields: a list is
   * documented as a list, and an enum's cell names every one of its values.
   */
  @Test
  void everyTypeCellAgreesWithTheKindOfItsField() throws IOException {
    List<String> lines = page();
    Map<String, Shape<?>> tables = new LinkedHashMap<>(TABLES);
    tables.put("### Estimate", Format.AMOUNT);
    tables.put("### Amount", Format.AMOUNT);
    tables.forEach((heading, shape) -> {
      int at = 0;
      while (!(lines.get(at).equals(heading) || lines.get(at).startsWith(heading + " "))) {
        at++;
      }
      while (!lines.get(at).startsWith("| field")) {
        at++;
      }
      for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
        String[] cells = lines.get(i).split("\\|");
        String name = cells[1].trim().split("\\+")[0].trim().replace("`", "");
        String type = cells[2].trim();
        Field f = shape.field(name);
        assertThat(type.startsWith("list of")).as(heading + " " + name + ": " + type)
            .isEqualTo(f.holding == Field.Holding.LIST);
        if (f.kind.enumType() != null) {
          for (Enum<?> e : f.kind.enumType().getEnumConstants()) {
            assertThat(type).as(heading + " " + name + " names " + Json.name(e)).contains("`" + Json.name(e) + "`");
          }
        }
      }
    });
  }

  /**
   * The "Changes in version 2" table against the format's table: the fields it calls new are the
   * fields that version 2 adds, the ones it calls gone are those version 2 no longer has, and the
   * ones it calls now optional are those that only version 1 requires.
   */
  @Test
  void theChangesOfVersion2AreTheFieldsTheTableMarks() throws IOException {
    List<String> lines = page();
    int at = lines.indexOf("## Changes in version 2");
    assertThat(at).as("the section Changes in version 2").isNotNegative();
    while (!lines.get(at).startsWith("| field")) {
      at++;
    }
    Set<String> added = new java.util.TreeSet<>();
    Set<String> gone = new java.util.TreeSet<>();
    Set<String> optional = new java.util.TreeSet<>();
    for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String[] cells = lines.get(i).split("\\|");
      String change = cells[2].trim();
      Set<String> into = change.startsWith("new:") || change.startsWith("new object") ? added
          : change.startsWith("gone") ? gone : change.startsWith("now optional") ? optional : null;
      if (into != null) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("`([A-Za-z]+\\.[A-Za-z]+)`").matcher(cells[1]);
        while (m.find()) {
          into.add(m.group(1));
        }
      }
    }
    Set<String> since2 = new java.util.TreeSet<>();
    Set<String> until1 = new java.util.TreeSet<>();
    Set<String> requiredOnlyIn1 = new java.util.TreeSet<>();
    for (Shape<?> shape : Format.shapes(Json.SCHEMA_VERSION).values()) {
      for (Field f : shape.typedFields()) {
        String name = shape.type() + "." + f.name;
        if (f.since == 2) {
          since2.add(name);
        }
        if (f.until == 1) {
          until1.add(name);
        }
        if (f.required && f.requiredUntil == 1) {
          requiredOnlyIn1.add(name);
        }
      }
    }
    assertThat(added).as("new in version 2").isEqualTo(since2);
    assertThat(gone).as("gone in version 2").isEqualTo(until1);
    assertThat(optional).as("optional since version 2").isEqualTo(requiredOnlyIn1);
  }

  @Test
  void theAmountTablesAreTheEstimateFieldsAndTheAmountsOwn() throws IOException {
    List<String> lines = page();
    List<Row> rows = new ArrayList<>(table(lines, "### Estimate"));
    rows.addAll(table(lines, "### Amount"));
    assertThat(rows.stream().map(Row::field)).containsExactlyElementsOf(Format.AMOUNT.fields());
    assertThat(rows.stream().filter(Row::required).map(Row::field))
        .containsExactlyInAnyOrderElementsOf(Format.AMOUNT.required());
  }

  /** The paragraph that starts with {@code start}: its lines up to the next blank line, joined by spaces. */
  private static String paragraph(List<String> lines, String start) {
    int at = 0;
    while (at < lines.size() && !lines.get(at).startsWith(start)) {
      at++;
    }
    assertThat(at).as("a paragraph starting '" + start + "' in docs/FORMAT.md").isLessThan(lines.size());
    StringBuilder text = new StringBuilder();
    for (int i = at; i < lines.size() && !lines.get(i).isBlank(); i++) {
      text.append(lines.get(i)).append(' ');
    }
    return text.toString();
  }

  /** Every match of {@code regex}'s group {@code group} in {@code text} between {@code from} and {@code to}, sorted. */
  private static Set<String> found(String text, String from, String to, String regex, int group) {
    int start = text.indexOf(from);
    assertThat(start).as("'" + from + "' in: " + text).isNotNegative();
    String part = text.substring(start, text.indexOf(to, start));
    Set<String> found = new java.util.TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(part);
    while (m.find()) {
      found.add(m.group(group));
    }
    return found;
  }

  @Test
  void theCanonicalFormNamesEveryDefaultThatTheWriterLeavesOut() throws IOException {
    Set<String> documented = found(paragraph(page(), "The writer emits fields"), "defaults (", ") left out",
        "`(\"[^`]+)`", 1);
    Set<String> written = new java.util.TreeSet<>();
    for (Shape<?> shape : Format.shapes(Json.SCHEMA_VERSION).values()) {
      for (Field f : shape.typedFields()) {
        // A map left out when empty is one of the "empty lists and maps", not a default.
        if (f.holding == Field.Holding.DEFAULT && f.inVersion(Json.SCHEMA_VERSION) && f.kind.mapValues() == null) {
          java.io.StringWriter out = new java.io.StringWriter();
          try (com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(out)) {
            f.kind.write(g, f.defaultValue);
          }
          written.add("\"" + f.name + "\": " + out);
        }
      }
    }
    assertThat(documented).isEqualTo(written);
  }

  @Test
  void theNestedObjectsThatKeepUnknownFieldsAreEveryNestedShape() throws IOException {
    Set<String> documented = found(paragraph(page(), "A field that this page does not list is an unknown field."),
        "every nested object:", "), its value", "[A-Z][A-Za-z]+", 0);
    Set<Shape<?>> notNested = new java.util.HashSet<>(List.of(Format.REPORT, Format.METADATA));
    for (io.github.bilateral.model.FactKind k : io.github.bilateral.model.FactKind.values()) {
      notNested.add(Format.shape(k));
    }
    Set<String> shapes = new java.util.TreeSet<>();
    for (Shape<?> shape : Format.shapes(Json.SCHEMA_VERSION).values()) {
      if (!notNested.contains(shape)) {
        shapes.add(shape.type());
      }
    }
    assertThat(documented).isEqualTo(shapes);
  }

  @Test
  void theKindsOfAFactReferenceAreTheRegistrysWords() throws IOException {
    Set<String> documented = found(paragraph(page(), "A string `kind:id`, where kind is one of"), "one of",
        "(the id of", "`([a-z]+)`", 1);
    Set<String> words = new java.util.TreeSet<>();
    for (io.github.bilateral.model.FactKind k : io.github.bilateral.model.FactKind.values()) {
      words.add(k.word());
    }
    assertThat(documented).isEqualTo(words);
  }
}
