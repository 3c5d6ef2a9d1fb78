package io.github.bilateral.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.Amount;
import io.github.bilateral.model.CitationProblem;
import io.github.bilateral.model.Conversion;
import io.github.bilateral.model.Estimate;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.PossibleIdentity;
import io.github.bilateral.model.Provenance;
import io.github.bilateral.model.Quantity;
import io.github.bilateral.model.Sourcing;
import io.github.bilateral.model.StatusChange;
import io.github.bilateral.model.Assessment;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.Erratum;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Figure;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Place;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.Relation;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.ReportMetadata;
import io.github.bilateral.model.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes a report in the library's JSON format, in canonical form: fields in the order of {@code
 * docs/FORMAT.md}, list elements in the report's order, empty lists, absent values and defaults left
 * out, two-space indentation, {@code \n} line ends and a final newline. Unknown fields that a
 * {@linkplain ReportReader#lenient() lenient reader} kept are written after the known fields of their
 * object, in their order and with their values unchanged. Reading a canonical file and writing the
 * report again gives the same bytes.
 *
 * <pre>{@code
 * String json = ReportWriter.canonical().toJson(report);
 * ReportWriter.canonical().write(report, Path.of("copy.json"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReportWriter {

  /**
   * The format version this writer writes as {@code schemaVersion}: 2, the newest the reader reads;
   * the reader also reads version 1, as version 2.
   */
  public static final int SCHEMA_VERSION = Json.SCHEMA_VERSION;

  private static final ReportWriter CANONICAL = new ReportWriter();

  private ReportWriter() {}

  /**
   * Returns the writer of the canonical form.
   *
   * @return the writer, not null
   */
  public static ReportWriter canonical() {
    return CANONICAL;
  }

  /**
   * Returns the report as canonical JSON text.
   *
   * @param report the report, not null
   * @return the canonical JSON text, with a final newline, not null
   * @throws IllegalArgumentException if an object holds an unknown field named after one of its
   *     fields in any format version
   */
  public String toJson(Report report) {
    return new String(toBytes(report), StandardCharsets.UTF_8);
  }

  /**
   * Returns the report as canonical UTF-8 bytes.
   *
   * @param report the report, not null
   * @return the bytes of {@link #toJson(Report)}, not null
   * @throws IllegalArgumentException as {@link #toJson(Report)} does
   */
  public byte[] toBytes(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    write(report, out);
    return out.toByteArray();
  }

  /**
   * Writes the report to the file {@code path}, replacing it. The text is made whole before the file
   * is opened, so that a report that cannot be written leaves the file as it was.
   *
   * @param report the report, not null
   * @param path the file, not null
   * @throws IllegalArgumentException as {@link #toJson(Report)} does
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Report report, Path path) {
    byte[] bytes = toBytes(report);
    try {
      Files.write(path, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  /**
   * Writes the report to {@code out}, which is flushed but not closed.
   *
   * @param report the report, not null
   * @param out the stream, not null
   * @throws IllegalArgumentException as {@link #toJson(Report)} does
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Report report, OutputStream out) {
    requireNonNull(report, "report");
    try (JsonGenerator g = Json.pretty(Json.WRITING.createGenerator(out))) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      TableWriter.object(g, Format.REPORT, report);
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns one fact as the JSON object it is in a canonical report's list: the same fields, in the
   * same order, with the same values, unknown fields last. The text stands alone: two-space
   * indentation from the first column, {@code \n} line ends and no final newline. A {@link Section}
   * is written by {@link #toJson(Section)}.
   *
   * <pre>{@code
   * String json = ReportWriter.canonical().toJson(report.loans().get(0));
   * Loan same = ReportReader.strict().readFact(Loan.class, json);
   * }</pre>
   *
   * @param fact an {@link Actor}, {@link Place}, {@link Relation}, {@link Loan}, {@link Agreement},
   *     {@link Recommendation}, {@link Event}, {@link Figure}, {@link Assessment}, {@link Citation}
   *     or {@link Erratum}, not null
   * @return the fact's canonical JSON text, not null
   * @throws IllegalArgumentException if the fact is of another class, or holds an unknown field
   *     named after one of its fields in any format version
   */
  public String toJson(Fact fact) {
    requireNonNull(fact, "fact");
    return TableWriter.standalone(shapeOf(fact), fact);
  }

  /**
   * Returns a section as the JSON object it is in a canonical report's list of sections; laid out
   * as by {@link #toJson(Fact)}.
   *
   * @param section the section, not null
   * @return the section's canonical JSON text, not null
   * @throws IllegalArgumentException if the section holds an unknown field named after one of its fields
   *     in any format version
   */
  public String toJson(Section section) {
    requireNonNull(section, "section");
    return TableWriter.standalone(Format.SECTION, section);
  }

  /**
   * Returns the report's metadata as the JSON object it is in a canonical report; laid out as by
   * {@link #toJson(Fact)}.
   *
   * <pre>{@code
   * String json = ReportWriter.canonical().toJson(report.metadata());
   * }</pre>
   *
   * @param metadata the metadata, not null
   * @return the metadata's canonical JSON text, not null
   * @throws IllegalArgumentException if the metadata holds an unknown field named after one of its fields
   *     in any format version
   */
  public String toJson(ReportMetadata metadata) {
    requireNonNull(metadata, "metadata");
    return TableWriter.standalone(Format.METADATA, metadata);
  }

  /**
   * Returns a value that the format nests inside facts as the JSON object it is there; laid out as
   * by {@link #toJson(Fact)}. An {@link Estimate} stands alone as the object of its three fields
   * ({@code value}, {@code qualifier}, {@code printed}), which an amount or a quantity inlines.
   *
   * <pre>{@code
   * String json = ReportWriter.canonical().toJson(loan.amount().get());
   * Amount same = ReportReader.strict().readValue(Amount.class, json);
   * }</pre>
   *
   * @param value an {@link Estimate}, {@link Amount}, {@link Quantity}, {@link Conversion}, {@link
   *     Provenance}, {@link Sourcing}, {@link Office}, {@link PossibleIdentity}, {@link
   *     CitationProblem} or {@link StatusChange}, not null
   * @return the value's canonical JSON text, not null
   * @throws IllegalArgumentException if the value is of another class, or holds an unknown field
   *     named after one of its fields in any format version
   */
  public String toJson(Object value) {
    requireNonNull(value, "value");
    if (value instanceof Fact) {
      return toJson((Fact) value);
    }
    if (value instanceof Report) {
      return toJson((Report) value);
    }
    if (value instanceof Section) {
      return toJson((Section) value);
    }
    if (value instanceof ReportMetadata) {
      return toJson((ReportMetadata) value);
    }
    return TableWriter.standalone(standalone(value.getClass()), value);
  }

  /**
   * Returns the JSON names of the fields that this writer writes in the objects at {@code path}, in
   * the order it writes them: the canonical order of {@code docs/FORMAT.md}, every field of the
   * format version it writes whether or not a given object has it (absent values, empty lists and
   * defaults are left out of the JSON), a partial date's part just after its date. Unknown fields,
   * which it writes after the known fields of their object, are not named. A tool that lays out the
   * format's objects, such as a table's columns, takes the order from here rather than from a list
   * of its own.
   *
   * <p>The path names fields from the report's top level down, a list standing for each of its
   * elements: {@code List.of()} is the report ({@code schemaVersion}, {@code metadata}, {@code
   * sections}, ...), {@code List.of("loans")} a loan, {@code List.of("actors", "offices")} an
   * office of an actor, {@code List.of("loans", "provenance")} a loan's provenance. The keys of a
   * provenance's {@code fields} are the names of its fact's fields, written in their order: {@code
   * List.of("loans", "provenance", "fields")} gives the loan's fields, and any key after it ({@code
   * List.of("loans", "provenance", "fields", "amount")}) the fields of a sourcing.
   *
   * <pre>{@code
   * ReportWriter.canonical().fieldOrder(List.of("actors", "offices"));   // Optional[[title, organisation, from, fromPart, to, toPart, acting, note]]
   * ReportWriter.canonical().fieldOrder(List.of("actors", "name"));      // Optional.empty
   * }</pre>
   *
   * @param path the JSON names of the fields from the report's top level down, not null
   * @return the names in the order written, not null; empty if the format has no object at the
   *     path: a name it does not know there, or a field whose value is neither an object nor a list
   *     of objects
   */
  public Optional<ImmutableList<String>> fieldOrder(List<String> path) {
    requireNonNull(path, "path").forEach(name -> requireNonNull(name, "path element"));
    return Shape.fieldOrder(Format.REPORT, path);
  }

  /**
   * Returns the kind of fact that the values of the field at {@code path} refer to: by id, as a
   * loan's {@code lenders} refer to actors, or by footnote number, as a provenance's {@code
   * footnotes} refer to citations. The path is as for {@link #fieldOrder}, its last name the field.
   *
   * <pre>{@code
   * ReportWriter.canonical().referenceKind(List.of("loans", "places"));                  // Optional[PLACE]
   * ReportWriter.canonical().referenceKind(List.of("loans", "provenance", "footnotes")); // Optional[CITATION]
   * ReportWriter.canonical().referenceKind(List.of("loans", "summary"));                 // Optional.empty
   * }</pre>
   *
   * @param path the JSON names of the fields from the report's top level down to the field, not null
   * @return the kind referred to, not null; empty if the field is not a reference by id or number
   *     (a fact reference such as {@code actor:imf} names its own kind) or the format has no such
   *     field
   */
  public Optional<FactKind> referenceKind(List<String> path) {
    requireNonNull(path, "path").forEach(name -> requireNonNull(name, "path element"));
    return Shape.referenceKind(Format.REPORT, path);
  }

  /** The shape of a value that stands alone, such as an {@link Amount}. */
  static Shape<?> standalone(Class<?> type) {
    Shape<?> shape = Format.STANDALONE.get(type);
    if (shape == null) {
      throw new IllegalArgumentException("No JSON form of its own for " + type.getName());
    }
    return shape;
  }

  private static Shape<?> shapeOf(Fact fact) {
    FactKind kind = FactKind.forModelType(fact.getClass()).orElseThrow(
        () -> new IllegalArgumentException("Not a fact of the format: " + fact.getClass().getName()));
    return Format.shape(kind);
  }

  /**
   * Writes one fact as the JSON object it is inside a canonical report, onto a generator the caller
   * owns.
   *
   * @param fact the fact, not null
   * @param generator the generator to write to, not null
   * @throws IllegalArgumentException if the fact is not of one of the format's classes
   * @throws UncheckedIOException if the generator fails
   * @deprecated Jackson's types do not belong in this library's API; use {@link #toJson(Fact)},
   *     and copy its text into a generator of your own if you need one. Kept so that code written
   *     against earlier versions compiles.
   */
  @Deprecated(forRemoval = true)
  public void writeFact(Fact fact, JsonGenerator generator) {
    requireNonNull(fact, "fact");
    writeObject(generator, shapeOf(fact), fact);
  }

  /**
   * Writes a section as the JSON object it is inside a canonical report.
   *
   * @param section the section, not null
   * @param generator the generator to write to, not null
   * @throws UncheckedIOException if the generator fails
   * @deprecated use {@link #toJson(Section)}; see {@link #writeFact(Fact, JsonGenerator)}.
   */
  @Deprecated(forRemoval = true)
  public void writeSection(Section section, JsonGenerator generator) {
    requireNonNull(section, "section");
    writeObject(generator, Format.SECTION, section);
  }

  /**
   * Writes the report's metadata as the JSON object it is inside a canonical report.
   *
   * @param metadata the metadata, not null
   * @param generator the generator to write to, not null
   * @throws UncheckedIOException if the generator fails
   * @deprecated use {@link #toJson(ReportMetadata)}; see {@link #writeFact(Fact, JsonGenerator)}.
   */
  @Deprecated(forRemoval = true)
  public void writeMetadata(ReportMetadata metadata, JsonGenerator generator) {
    requireNonNull(metadata, "metadata");
    writeObject(generator, Format.METADATA, metadata);
  }

  /** Writes {@code value}, an object of {@code shape}, onto a generator the caller owns. */
  private static void writeObject(JsonGenerator generator, Shape<?> shape, Object value) {
    requireNonNull(generator, "generator");
    try {
      TableWriter.object(generator, shape, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
