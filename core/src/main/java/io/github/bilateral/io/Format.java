package io.github.bilateral.io;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.bilateral.model.FactKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The object shapes of format version 1: for each kind of JSON object, its known fields in canonical
 * order and the fields it requires. The reader checks objects against these shapes, the writer
 * refuses unknown fields that would clash with them, and the tests keep the JSON Schema in step with
 * them.
 */
final class Format {

  /** One kind of JSON object: its name in messages, its name in the schema, and its fields. */
  static final class Shape {
    private final String type;
    private final String schemaName;
    private final ImmutableSet<String> fields;
    private final ImmutableSet<String> required;
    /** Each field's slot: its position in canonical order, the bit of the field in a set of seen fields. */
    private final ImmutableMap<String, Integer> slots;
    private final long requiredSlots;

    private Shape(String type, String schemaName, ImmutableSet<String> fields, ImmutableSet<String> required) {
      if (!fields.containsAll(required)) {
        throw new IllegalStateException(type + ": required fields must be known fields");
      }
      if (fields.size() > Long.SIZE) {
        throw new IllegalStateException(type + ": at most " + Long.SIZE + " fields fit a set of seen fields");
      }
      this.type = type;
      this.schemaName = schemaName;
      this.fields = fields;
      this.required = required;
      ImmutableMap.Builder<String, Integer> slots = ImmutableMap.builder();
      for (int i = 0; i < fields.size(); i++) {
        slots.put(fields.asList().get(i), i);
      }
      this.slots = slots.buildOrThrow();
      long mask = 0;
      for (String r : required) {
        mask |= 1L << this.slots.get(r);
      }
      this.requiredSlots = mask;
    }

    /** Returns the slot of field {@code name}, its index in canonical order, or -1 if the shape does not know it. */
    int slot(String name) {
      Integer slot = slots.get(name);
      return slot == null ? -1 : slot;
    }

    /** The set of the required fields' slots, one bit per slot. */
    long requiredSlots() {
      return requiredSlots;
    }

    /** The name used in messages, such as {@code Loan}. */
    String type() {
      return type;
    }

    /** The name of the shape's definition in the JSON Schema, such as {@code loan}. */
    String schemaName() {
      return schemaName;
    }

    /** The known fields, in canonical order. */
    ImmutableSet<String> fields() {
      return fields;
    }

    /** The fields that must be present. */
    ImmutableSet<String> required() {
      return required;
    }
  }

  private static final ImmutableMap.Builder<String, Shape> SHAPES = ImmutableMap.builder();

  private static Shape shape(String type, String schemaName, String[] fields, String... required) {
    Shape s = new Shape(type, schemaName, ImmutableSet.copyOf(fields), ImmutableSet.copyOf(required));
    SHAPES.put(schemaName, s);
    return s;
  }

  private static String[] fields(String... names) {
    return names;
  }

  /** The report: its version, its metadata, then one list per kind of fact, in the kinds' format order. */
  static final Shape REPORT = shape("Report", "report", reportFields(), "schemaVersion", "metadata", "sections");

  private static String[] reportFields() {
    List<String> names = new ArrayList<>(List.of("schemaVersion", "metadata"));
    FactKind.inFormatOrder().forEach(k -> names.add(k.listName()));
    return names.toArray(new String[0]);
  }

  static final Shape PROVENANCE = shape("Provenance", "provenance",
      fields("sections", "footnotes", "page", "location"),
      "sections");

  static final Shape AMOUNT = shape("Amount", "amount",
      fields("value", "qualifier", "printed", "currency", "conversion"),
      "value", "currency");

  /** The original amount of a conversion, which is not itself converted. */
  static final Shape ORIGINAL_AMOUNT = shape("Amount", "originalAmount",
      fields("value", "qualifier", "printed", "currency"),
      "value", "currency");

  static final Shape CONVERSION = shape("Conversion", "conversion",
      fields("from", "rate", "date", "source"),
      "from", "rate", "date", "source");

  static final Shape QUANTITY = shape("Quantity", "quantity",
      fields("value", "qualifier", "printed", "unit"),
      "value", "unit");

  static final Shape METADATA = shape("Metadata", "metadata",
      fields("id", "title", "authors", "publisher", "place", "date", "datePart", "url", "language"),
      "id", "title", "authors", "publisher", "date");

  static final Shape SECTION = shape("Section", "section",
      fields("id", "title", "page", "parent"),
      "id", "title");

  static final Shape CITATION = shape("Citation", "citation",
      fields("footnote", "authors", "title", "outlet", "date", "datePart", "printedDate", "url", "accessed",
          "ibid", "sameAs", "problems", "provenance"),
      "footnote", "provenance");

  static final Shape CITATION_PROBLEM = shape("CitationProblem", "citationProblem",
      fields("kind", "note"),
      "kind", "note");

  static final Shape ACTOR = shape("Actor", "actor",
      fields("id", "kind", "name", "aliases", "country", "offices", "summary", "provenance"),
      "id", "kind", "name", "provenance");

  static final Shape OFFICE = shape("Office", "office",
      fields("title", "organisation", "from", "fromPart", "to", "toPart", "acting", "note"),
      "title");

  static final Shape PLACE = shape("Place", "place",
      fields("id", "kind", "name", "aliases", "country", "within", "provenance"),
      "id", "kind", "name", "provenance");

  static final Shape RELATION = shape("Relation", "relation",
      fields("id", "kind", "from", "to", "date", "datePart", "summary", "provenance"),
      "id", "kind", "from", "to", "provenance");

  static final Shape LOAN = shape("Loan", "loan",
      fields("id", "kind", "lenders", "borrowers", "amount", "status", "date", "datePart", "term", "extends",
          "partOf", "purpose", "places", "summary", "provenance"),
      "id", "kind", "lenders", "borrowers", "status", "summary", "provenance");

  static final Shape AGREEMENT = shape("Agreement", "agreement",
      fields("id", "kind", "name", "parties", "status", "date", "datePart", "places", "summary", "provenance"),
      "id", "kind", "status", "summary", "provenance");

  static final Shape RECOMMENDATION = shape("Recommendation", "recommendation",
      fields("id", "number", "summary", "addressees", "subjects", "themes", "instruments", "evidence",
          "history", "provenance"),
      "id", "number", "summary", "addressees", "themes", "history", "provenance");

  static final Shape STATUS_CHANGE = shape("StatusChange", "statusChange",
      fields("date", "datePart", "status", "note"),
      "date", "status");

  static final Shape EVENT = shape("Event", "event",
      fields("id", "kind", "date", "datePart", "actors", "places", "related", "summary", "provenance"),
      "id", "kind", "date", "summary", "provenance");

  static final Shape FIGURE = shape("Figure", "figure",
      fields("id", "measure", "quantity", "amount", "date", "datePart", "actors", "places", "summary",
          "provenance"),
      "id", "measure", "summary", "provenance");

  static final Shape ASSESSMENT = shape("Assessment", "assessment",
      fields("id", "kind", "likelihood", "printedLikelihood", "actors", "summary", "provenance"),
      "id", "kind", "summary", "provenance");

  static final Shape ERRATUM = shape("Erratum", "erratum",
      fields("id", "kind", "printed", "summary", "refers", "provenance"),
      "id", "kind", "printed", "summary", "provenance");

  /** Every shape by its schema name. */
  static final ImmutableMap<String, Shape> ALL = SHAPES.buildOrThrow();

  private Format() {}
}
