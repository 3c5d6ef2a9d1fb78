package io.github.bilateral.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.Amount;
import io.github.bilateral.model.Assessment;
import io.github.bilateral.model.Basis;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.CitationProblem;
import io.github.bilateral.model.Erratum;
import io.github.bilateral.model.Estimate;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Figure;
import io.github.bilateral.model.Identifier;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Place;
import io.github.bilateral.model.Provenance;
import io.github.bilateral.model.Quantity;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.Relation;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.ReportMetadata;
import io.github.bilateral.model.Section;
import io.github.bilateral.model.StatusChange;
import io.github.bilateral.model.UnknownFields;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical form of each object of the format, written onto a Jackson generator: fields in the
 * order of {@code docs/FORMAT.md}, absent values, empty lists and defaults left out, unknown fields
 * last. {@link ReportWriter} is the public face of it.
 */
final class CanonicalObjects {

  private CanonicalObjects() {}

  static void fact(JsonGenerator g, Fact fact) throws IOException {
    FactKind kind = FactKind.forModelType(fact.getClass()).orElseThrow(
        () -> new IllegalArgumentException("Not a fact of the format: " + fact.getClass().getName()));
    write(g, kind, fact);
  }

  /** Writes {@code part}, a fact of {@code kind}, as its canonical object: the one dispatch on kind. */
  private static void write(JsonGenerator g, FactKind kind, Object part) throws IOException {
    switch (kind) {
      case ACTOR: actor(g, (Actor) part); break;
      case PLACE: place(g, (Place) part); break;
      case LOAN: loan(g, (Loan) part); break;
      case AGREEMENT: agreement(g, (Agreement) part); break;
      case RECOMMENDATION: recommendation(g, (Recommendation) part); break;
      case EVENT: event(g, (Event) part); break;
      case FIGURE: figure(g, (Figure) part); break;
      case ASSESSMENT: assessment(g, (Assessment) part); break;
      case RELATION: relation(g, (Relation) part); break;
      case SECTION: section(g, (Section) part); break;
      case CITATION: citation(g, (Citation) part); break;
      case ERRATUM: erratum(g, (Erratum) part); break;
      default: throw new AssertionError(kind);
    }
  }

  /** The writing of one value onto a generator. */
  private interface Writer<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static <T> void list(JsonGenerator g, String name, List<T> values, Writer<T> element)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (T v : values) {
      element.write(g, v);
    }
    g.writeEndArray();
  }

  private static void strings(JsonGenerator g, String name, List<?> values) throws IOException {
    list(g, name, values, (gen, v) -> gen.writeString(v.toString()));
  }

  private static void text(JsonGenerator g, String name, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().toString());
    }
  }

  private static void id(JsonGenerator g, String name, Identifier id) throws IOException {
    g.writeStringField(name, id.value());
  }

  private static void date(JsonGenerator g, String name, Optional<PartialDate> date) throws IOException {
    if (date.isPresent()) {
      g.writeStringField(name, date.get().toIsoString());
      if (date.get().part().isPresent()) {
        g.writeStringField(name + "Part", Json.name(date.get().part().get()));
      }
    }
  }

  /**
   * Writes unknown fields after the known ones, each value re-read from its compact JSON text so
   * that it is indented like the rest.
   */
  private static void unknown(JsonGenerator g, Format.Shape shape, UnknownFields fields) throws IOException {
    for (Map.Entry<String, String> field : fields.asMap().entrySet()) {
      if (shape.fields().contains(field.getKey())) {
        throw new IllegalArgumentException("Cannot write an unknown field named '" + field.getKey() + "' in "
            + shape.type() + ": the format already defines that field");
      }
      g.writeFieldName(field.getKey());
      try (JsonParser p = Json.WRITING.createParser(field.getValue())) {
        p.nextToken();
        Json.copyValue(p, g);
      }
    }
  }

  static void report(JsonGenerator g, Report r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schemaVersion", Json.SCHEMA_VERSION);
    g.writeFieldName("metadata");
    metadata(g, r.metadata());
    for (FactKind kind : FactKind.inFormatOrder()) {
      List<?> facts = kind.facts(r);
      if (!facts.isEmpty()) {
        g.writeArrayFieldStart(kind.listName());
        for (Object fact : facts) {
          write(g, kind, fact);
        }
        g.writeEndArray();
      }
    }
    unknown(g, Format.REPORT, r.unknownFields());
    g.writeEndObject();
  }

  static void metadata(JsonGenerator g, ReportMetadata m) throws IOException {
    g.writeStartObject();
    id(g, "id", m.id());
    g.writeStringField("title", m.title());
    strings(g, "authors", m.authors());
    g.writeStringField("publisher", m.publisher());
    text(g, "place", m.place());
    date(g, "date", Optional.of(m.date()));
    text(g, "url", m.url());
    if (!m.language().equals("en")) {
      g.writeStringField("language", m.language());
    }
    unknown(g, Format.METADATA, m.unknownFields());
    g.writeEndObject();
  }

  private static void provenance(JsonGenerator g, Provenance p) throws IOException {
    g.writeObjectFieldStart("provenance");
    strings(g, "sections", p.sections());
    list(g, "footnotes", p.footnotes(), JsonGenerator::writeNumber);
    if (p.page().isPresent()) {
      g.writeNumberField("page", p.page().getAsInt());
    }
    // Until the format writes "basis", a basis that is not printed is written where the reader refuses it.
    if (p.basis() != Basis.TEXT) {
      g.writeStringField("location", Json.name(p.basis()));
    }
    unknown(g, Format.PROVENANCE, p.unknownFields());
    g.writeEndObject();
  }

  private static void estimate(JsonGenerator g, Estimate e) throws IOException {
    if (e.value().isPresent()) {
      g.writeNumberField("value", e.value().get());
    }
    if (!e.isExact()) {
      g.writeStringField("qualifier", Json.name(e.qualifier()));
    }
    text(g, "printed", e.printed());
  }

  private static void amount(JsonGenerator g, Amount a) throws IOException {
    amount(g, a, Format.AMOUNT);
  }

  private static void amount(JsonGenerator g, Amount a, Format.Shape shape) throws IOException {
    g.writeStartObject();
    estimate(g, a.estimate());
    g.writeStringField("currency", a.currency().getCurrencyCode());
    if (a.conversion().isPresent()) {
      g.writeObjectFieldStart("conversion");
      g.writeFieldName("from");
      amount(g, a.conversion().get().from(), Format.ORIGINAL_AMOUNT);
      g.writeNumberField("rate", a.conversion().get().rate());
      g.writeStringField("date", a.conversion().get().date().toString());
      g.writeStringField("source", a.conversion().get().source());
      unknown(g, Format.CONVERSION, a.conversion().get().unknownFields());
      g.writeEndObject();
    }
    unknown(g, shape, a.unknownFields());
    g.writeEndObject();
  }

  private static void quantity(JsonGenerator g, Quantity q) throws IOException {
    g.writeStartObject();
    estimate(g, q.estimate());
    g.writeStringField("unit", q.unit());
    unknown(g, Format.QUANTITY, q.unknownFields());
    g.writeEndObject();
  }

  static void section(JsonGenerator g, Section s) throws IOException {
    g.writeStartObject();
    id(g, "id", s.id());
    g.writeStringField("title", s.title());
    if (s.page().isPresent()) {
      g.writeNumberField("page", s.page().getAsInt());
    }
    text(g, "parent", s.parent());
    unknown(g, Format.SECTION, s.unknownFields());
    g.writeEndObject();
  }

  private static void citation(JsonGenerator g, Citation c) throws IOException {
    g.writeStartObject();
    g.writeNumberField("footnote", c.footnote());
    strings(g, "authors", c.authors());
    text(g, "title", c.title());
    text(g, "outlet", c.outlet());
    date(g, "date", c.date());
    text(g, "printedDate", c.printedDate());
    text(g, "url", c.url());
    text(g, "accessed", c.accessed());
    if (c.ibid().isPresent()) {
      g.writeNumberField("ibid", c.ibid().getAsInt());
    }
    if (c.sameAs().isPresent()) {
      g.writeNumberField("sameAs", c.sameAs().getAsInt());
    }
    list(g, "problems", c.problems(), CanonicalObjects::citationProblem);
    provenance(g, c.provenance());
    unknown(g, Format.CITATION, c.unknownFields());
    g.writeEndObject();
  }

  private static void citationProblem(JsonGenerator g, CitationProblem p) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", Json.name(p.kind()));
    g.writeStringField("note", p.note());
    unknown(g, Format.CITATION_PROBLEM, p.unknownFields());
    g.writeEndObject();
  }

  private static void actor(JsonGenerator g, Actor a) throws IOException {
    g.writeStartObject();
    id(g, "id", a.id());
    g.writeStringField("kind", Json.name(a.kind()));
    g.writeStringField("name", a.name());
    strings(g, "aliases", a.aliases());
    text(g, "country", a.country());
    list(g, "offices", a.offices(), CanonicalObjects::office);
    text(g, "summary", a.summary());
    provenance(g, a.provenance());
    unknown(g, Format.ACTOR, a.unknownFields());
    g.writeEndObject();
  }

  private static void office(JsonGenerator g, Office o) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", o.title());
    text(g, "organisation", o.organisation());
    date(g, "from", o.from());
    date(g, "to", o.to());
    if (o.acting()) {
      g.writeBooleanField("acting", true);
    }
    text(g, "note", o.note());
    unknown(g, Format.OFFICE, o.unknownFields());
    g.writeEndObject();
  }

  private static void place(JsonGenerator g, Place p) throws IOException {
    g.writeStartObject();
    id(g, "id", p.id());
    g.writeStringField("kind", Json.name(p.kind()));
    g.writeStringField("name", p.name());
    strings(g, "aliases", p.aliases());
    text(g, "country", p.country());
    text(g, "within", p.within());
    provenance(g, p.provenance());
    unknown(g, Format.PLACE, p.unknownFields());
    g.writeEndObject();
  }

  private static void relation(JsonGenerator g, Relation r) throws IOException {
    g.writeStartObject();
    id(g, "id", r.id());
    g.writeStringField("kind", Json.name(r.kind()));
    id(g, "from", r.from());
    id(g, "to", r.to());
    date(g, "date", r.date());
    text(g, "summary", r.summary());
    provenance(g, r.provenance());
    unknown(g, Format.RELATION, r.unknownFields());
    g.writeEndObject();
  }

  private static void loan(JsonGenerator g, Loan l) throws IOException {
    g.writeStartObject();
    id(g, "id", l.id());
    g.writeStringField("kind", Json.name(l.kind()));
    strings(g, "lenders", l.lenders());
    strings(g, "borrowers", l.borrowers());
    if (l.amount().isPresent()) {
      g.writeFieldName("amount");
      amount(g, l.amount().get());
    }
    g.writeStringField("status", Json.name(l.status()));
    date(g, "date", l.date());
    text(g, "term", l.term());
    text(g, "extends", l.extendsLoan());
    text(g, "partOf", l.partOf());
    text(g, "purpose", l.purpose());
    strings(g, "places", l.places());
    g.writeStringField("summary", l.summary());
    provenance(g, l.provenance());
    unknown(g, Format.LOAN, l.unknownFields());
    g.writeEndObject();
  }

  private static void agreement(JsonGenerator g, Agreement a) throws IOException {
    g.writeStartObject();
    id(g, "id", a.id());
    g.writeStringField("kind", Json.name(a.kind()));
    text(g, "name", a.name());
    strings(g, "parties", a.parties());
    g.writeStringField("status", Json.name(a.status()));
    date(g, "date", a.date());
    strings(g, "places", a.places());
    g.writeStringField("summary", a.summary());
    provenance(g, a.provenance());
    unknown(g, Format.AGREEMENT, a.unknownFields());
    g.writeEndObject();
  }

  private static void recommendation(JsonGenerator g, Recommendation r) throws IOException {
    g.writeStartObject();
    id(g, "id", r.id());
    g.writeNumberField("number", r.number());
    g.writeStringField("summary", r.summary());
    strings(g, "addressees", r.addressees());
    strings(g, "subjects", r.subjects());
    strings(g, "themes", r.themes());
    strings(g, "instruments", r.instruments());
    strings(g, "evidence", r.evidence());
    list(g, "history", r.history(), CanonicalObjects::statusChange);
    provenance(g, r.provenance());
    unknown(g, Format.RECOMMENDATION, r.unknownFields());
    g.writeEndObject();
  }

  private static void statusChange(JsonGenerator g, StatusChange s) throws IOException {
    g.writeStartObject();
    date(g, "date", Optional.of(s.date()));
    g.writeStringField("status", Json.name(s.status()));
    text(g, "note", s.note());
    unknown(g, Format.STATUS_CHANGE, s.unknownFields());
    g.writeEndObject();
  }

  private static void event(JsonGenerator g, Event e) throws IOException {
    g.writeStartObject();
    id(g, "id", e.id());
    g.writeStringField("kind", Json.name(e.kind()));
    date(g, "date", e.date());
    strings(g, "actors", e.actors());
    strings(g, "places", e.places());
    strings(g, "related", e.related());
    g.writeStringField("summary", e.summary());
    provenance(g, e.provenance());
    unknown(g, Format.EVENT, e.unknownFields());
    g.writeEndObject();
  }

  private static void figure(JsonGenerator g, Figure f) throws IOException {
    g.writeStartObject();
    id(g, "id", f.id());
    id(g, "measure", f.measure());
    if (f.quantity().isPresent()) {
      g.writeFieldName("quantity");
      quantity(g, f.quantity().get());
    }
    if (f.amount().isPresent()) {
      g.writeFieldName("amount");
      amount(g, f.amount().get());
    }
    date(g, "date", f.date());
    strings(g, "actors", f.actors());
    strings(g, "places", f.places());
    g.writeStringField("summary", f.summary());
    provenance(g, f.provenance());
    unknown(g, Format.FIGURE, f.unknownFields());
    g.writeEndObject();
  }

  private static void assessment(JsonGenerator g, Assessment a) throws IOException {
    g.writeStartObject();
    id(g, "id", a.id());
    g.writeStringField("kind", Json.name(a.kind()));
    if (a.likelihood().isPresent()) {
      g.writeStringField("likelihood", Json.name(a.likelihood().get()));
    }
    text(g, "printedLikelihood", a.printedLikelihood());
    strings(g, "actors", a.actors());
    g.writeStringField("summary", a.summary());
    provenance(g, a.provenance());
    unknown(g, Format.ASSESSMENT, a.unknownFields());
    g.writeEndObject();
  }

  private static void erratum(JsonGenerator g, Erratum e) throws IOException {
    g.writeStartObject();
    id(g, "id", e.id());
    g.writeStringField("kind", Json.name(e.kind()));
    g.writeStringField("printed", e.printed());
    g.writeStringField("summary", e.summary());
    list(g, "refers", e.refers(), (gen, f) -> gen.writeString(f.toString()));
    provenance(g, e.provenance());
    unknown(g, Format.ERRATUM, e.unknownFields());
    g.writeEndObject();
  }
}
