package io.github.bilateral.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.ReportMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a report in the library's JSON format (see {@code docs/FORMAT.md}) and checks it whole.
 *
 * <p>The {@linkplain #strict() strict} reader rejects malformed JSON, trailing content, duplicate
 * keys, unknown fields, values of the wrong type (no coercion), nulls, missing required fields,
 * impossible dates, negative or absurd amounts, unknown currency codes, malformed ids, an unknown
 * {@code schemaVersion}, and then, over the whole report, duplicate ids and references that do not
 * resolve (see {@link ReportValidator}). The {@linkplain #lenient() lenient} reader differs in one
 * rule only: it keeps unknown fields, on the object they were found in (see {@link
 * io.github.bilateral.model.UnknownFields}), and {@link ReportWriter} writes them back unchanged.
 *
 * <p>It reports every problem it finds at once, each with its JSON path, line and column, in one
 * {@link ReportException}; it never returns a half-built report. Text is normalised to Unicode NFC
 * (unknown fields are kept as they are). The input must be UTF-8, with or without a byte-order mark.
 *
 * <p>It reads a report in the JSON Lines form that {@code Exporter} writes ({@code ExportFormat.JSONL}:
 * one {@code {"kind": .., "fact": {..}}} object per line, the first of kind {@code report}) as well,
 * recognising it by its content: a document whose first JSON value is an object of the two fields
 * {@code kind} and {@code fact} alone, which a report document never is. The lines are held to the
 * same checks and limits, and each problem gives the line of the file, the column in that line and
 * the path inside the line, such as {@code fact.amount.currency (line 214, column 97)}.
 *
 * <p>The reader walks Jackson's streaming tokens itself and never binds data to classes named by
 * the input; it never touches the network. Its limits are set explicitly, and going past one is one
 * clear problem, never an {@code OutOfMemoryError} or a {@code StackOverflowError}:
 *
 * <table>
 *   <caption>Limits</caption>
 *   <tr><th>limit</th><th>default</th><th>set with</th></tr>
 *   <tr><td>document size in bytes</td><td>{@value #DEFAULT_MAX_BYTES} (64 MiB)</td><td>{@link #withMaxBytes}</td></tr>
 *   <tr><td>nesting depth of objects and arrays</td><td>{@value #DEFAULT_MAX_DEPTH}</td><td>{@link #withMaxDepth}</td></tr>
 *   <tr><td>length of one string, in characters</td><td>{@value #DEFAULT_MAX_STRING_LENGTH} (1 Mi)</td><td>{@link #withMaxStringLength}</td></tr>
 *   <tr><td>number of facts (sections included)</td><td>{@value #DEFAULT_MAX_FACTS}</td><td>{@link #withMaxFacts}</td></tr>
 *   <tr><td>length of a field name; of a number</td><td>256; 64 characters</td><td>fixed</td></tr>
 * </table>
 *
 * <pre>{@code
 * Report report = ReportReader.strict().read(Path.of("my-report.json"));
 * Report newer = ReportReader.lenient().withMaxFacts(10_000).read(Path.of("from-a-newer-tool.json"));
 * Report lines = ReportReader.strict().read(Path.of("report.jsonl"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReportReader {

  /** The default largest document read, in bytes: 64 MiB. */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;

  /**
   * The default deepest nesting of objects and arrays; the format itself needs 7 (the footnotes of
   * one field's own sourcing: {@code report.actors[].provenance.fields.kind.footnotes[]}).
   */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /** The largest nesting depth that {@link #withMaxDepth} accepts. */
  public static final int MAX_DEPTH_LIMIT = 1000;

  /** The default longest string, in characters: 1 Mi (1,048,576). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1 << 20;

  /** The default largest number of facts, sections included. */
  public static final int DEFAULT_MAX_FACTS = 100_000;

  private static final int MAX_PROBLEMS = 200;

  private static final ReportReader STRICT = new ReportReader(false, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH,
      DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_FACTS);
  private static final ReportReader LENIENT = new ReportReader(true, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH,
      DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_FACTS);

  private final boolean lenient;
  private final long maxBytes;
  private final int maxDepth;
  private final int maxStringLength;
  private final int maxFacts;
  private final JsonFactory factory;

  private ReportReader(boolean lenient, long maxBytes, int maxDepth, int maxStringLength, int maxFacts) {
    this.lenient = lenient;
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
    this.maxStringLength = maxStringLength;
    this.maxFacts = maxFacts;
    this.factory = Json.reading(maxBytes, maxDepth, maxStringLength);
  }

  /**
   * Returns the strict reader with the default limits: unknown fields are errors.
   *
   * @return the strict reader, not null
   */
  public static ReportReader strict() {
    return STRICT;
  }

  /**
   * Returns the lenient reader with the default limits: unknown fields, anywhere in the document,
   * are kept on the object that holds them; every other rule is checked as by {@link #strict()}.
   *
   * @return the lenient reader, not null
   */
  public static ReportReader lenient() {
    return LENIENT;
  }

  /**
   * Returns whether this reader keeps unknown fields rather than rejecting them.
   *
   * @return true for a lenient reader
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Returns a copy that refuses documents larger than {@code maxBytes}. This instance is
   * unaffected.
   *
   * @param maxBytes the largest document read, in bytes
   * @return a reader with that limit, not null
   * @throws IllegalArgumentException if {@code maxBytes} is not positive
   */
  public ReportReader withMaxBytes(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    return new ReportReader(lenient, maxBytes, maxDepth, maxStringLength, maxFacts);
  }

  /**
   * Returns a copy that refuses objects and arrays nested deeper than {@code maxDepth}; the report
   * object itself is level 1. This instance is unaffected.
   *
   * @param maxDepth the deepest nesting of objects and arrays read
   * @return a reader with that limit, not null
   * @throws IllegalArgumentException if {@code maxDepth} is not in {@code [1, 1000]}
   */
  public ReportReader withMaxDepth(int maxDepth) {
    if (maxDepth < 1 || maxDepth > MAX_DEPTH_LIMIT) {
      throw new IllegalArgumentException("maxDepth must be in [1, " + MAX_DEPTH_LIMIT + "]: " + maxDepth);
    }
    return new ReportReader(lenient, maxBytes, maxDepth, maxStringLength, maxFacts);
  }

  /**
   * Returns a copy that refuses strings longer than {@code maxStringLength} characters. This
   * instance is unaffected.
   *
   * @param maxStringLength the longest string read, in characters
   * @return a reader with that limit, not null
   * @throws IllegalArgumentException if {@code maxStringLength} is not positive
   */
  public ReportReader withMaxStringLength(int maxStringLength) {
    if (maxStringLength < 1) {
      throw new IllegalArgumentException("maxStringLength must be positive: " + maxStringLength);
    }
    return new ReportReader(lenient, maxBytes, maxDepth, maxStringLength, maxFacts);
  }

  /**
   * Returns a copy that refuses reports with more than {@code maxFacts} facts of all kinds together,
   * sections included (see {@code Report.factCount()}). This instance is unaffected.
   *
   * @param maxFacts the largest number of facts read, sections included
   * @return a reader with that limit, not null
   * @throws IllegalArgumentException if {@code maxFacts} is not positive
   */
  public ReportReader withMaxFacts(int maxFacts) {
    if (maxFacts < 1) {
      throw new IllegalArgumentException("maxFacts must be positive: " + maxFacts);
    }
    return new ReportReader(lenient, maxBytes, maxDepth, maxStringLength, maxFacts);
  }

  /**
   * Reads the report in the file {@code path}.
   *
   * @param path the file, not null
   * @return the report, checked whole, not null
   * @throws ReportException if the file is missing, unreadable, too large or not a valid report
   */
  public Report read(Path path) {
    requireNonNull(path, "path");
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw tooLarge(path.toString(), size);
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new ReportException(path.toString(),
          List.of(Problem.of("$", 0, 0, "no such file", path.toString(), null)), e);
    } catch (IOException e) {
      throw new ReportException(path.toString(),
          List.of(Problem.of("$", 0, 0, "cannot read the file: " + e.getMessage(), null, null)), e);
    }
    return read(bytes, path.toString());
  }

  /**
   * Reads the report from {@code in}, which is read to its end but not closed.
   *
   * @param in the stream, not null
   * @param source a name for messages, such as a file name
   * @return the report, checked whole, not null
   * @throws ReportException if the stream cannot be read, is too large or is not a valid report
   */
  public Report read(InputStream in, String source) {
    requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw new ReportException(source,
          List.of(Problem.of("$", 0, 0, "cannot read the input: " + e.getMessage(), null, null)), e);
    }
    if (bytes.length > maxBytes) {
      throw tooLarge(source, bytes.length);
    }
    return read(bytes, source);
  }

  /**
   * Reads a report from a class-path resource, such as {@code
   * "/io/github/bilateral/data/mei-2023-us-pakistan/report.json"}.
   *
   * @param resource the resource's absolute name, not null
   * @return the report, checked whole, not null
   * @throws ReportException if the resource is missing or not a valid report
   */
  public Report readResource(String resource) {
    try (InputStream in = ReportReader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ReportException(resource, List.of(Problem.of("$", 0, 0,
            "no such class-path resource; is the bilateral-core jar on the class path?", resource, null)));
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a report from JSON text.
   *
   * @param json the report's JSON text, not null
   * @return the report, checked whole, not null
   * @throws ReportException if the text is not a valid report
   */
  public Report readString(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8), "<string>");
  }

  private ReportException tooLarge(String source, long size) {
    return new ReportException(source, List.of(Problem.of("$", 0, 0,
        "document too large: " + size + " bytes, the limit is " + maxBytes, null,
        "raise the limit with ReportReader.withMaxBytes")));
  }

  /**
   * Reads a report from UTF-8 bytes: a report document, or its JSON Lines form (see the class
   * documentation).
   *
   * @param bytes the document, not null
   * @param source a name for messages
   * @return the report, checked whole, not null
   * @throws ReportException if the bytes are not a valid report
   */
  public Report read(byte[] bytes, String source) {
    requireNonNull(bytes, "bytes");
    if (bytes.length > maxBytes) {
      throw tooLarge(source, bytes.length);
    }
    int offset = Utf8.byteOrderMark(bytes);
    Utf8.check(bytes, offset, source);
    if (JsonLinesForm.recognises(bytes, offset)) {
      return JsonLinesForm.read(bytes, offset, source, document -> read(document, source));
    }
    Resolver resolver = new Resolver();
    Report report = walk(bytes, offset, source, resolver, TableReader::document);
    // One pass: the walk declared every fact and handed over every reference with where it stands.
    List<Problem> problems = resolver.problems(report);
    if (!problems.isEmpty()) {
      throw new ReportException(source, problems);
    }
    return report;
  }

  /**
   * Reads one fact of the model type {@code type} from JSON text, such as one that {@link
   * ReportWriter#toJson(Fact)} wrote, checking every rule of the fact itself: its fields, their types
   * and values, and the fact's own invariants. The facts it refers to are not looked for, since
   * there is no report to look in; {@link ReportValidator} checks them once the fact is part of one.
   * Unknown fields are kept or refused as by {@link #read(byte[], String)}.
   *
   * <pre>{@code
   * Loan loan = ReportReader.strict().readFact(Loan.class, json);
   * }</pre>
   *
   * @param <F> the model type
   * @param type the model type of the fact, such as {@code Loan.class}, not null
   * @param json the fact's JSON object, not null
   * @return the fact, not null
   * @throws IllegalArgumentException if {@code type} is not the model type of a fact of the format
   * @throws ReportException if the text is not a valid fact of that type; every problem's path is
   *     relative to the fact, such as {@code amount.currency}, and {@code $} is the fact itself
   */
  public <F extends Fact> F readFact(Class<F> type, String json) {
    requireNonNull(type, "type");
    requireNonNull(json, "json");
    FactKind kind = FactKind.forModelType(type).orElseThrow(
        () -> new IllegalArgumentException("Not a fact of the format: " + type.getName()));
    return type.cast(readPart("<" + kind.word() + ">", json, Format.shape(kind)));
  }

  /**
   * Reads a report's metadata from JSON text, such as what {@link
   * ReportWriter#toJson(ReportMetadata)} wrote, checking every rule of the metadata.
   *
   * @param json the metadata's JSON object, not null
   * @return the metadata, not null
   * @throws ReportException if the text is not valid metadata; problems' paths are relative to it
   */
  public ReportMetadata readMetadata(String json) {
    requireNonNull(json, "json");
    return (ReportMetadata) readPart("<metadata>", json, Format.METADATA);
  }

  /**
   * Reads a value that the format nests inside facts from JSON text, such as what {@link
   * ReportWriter#toJson(Object)} wrote, checking every rule of the value itself. References in it
   * (the sections of a provenance, an office's organisation) are not looked for.
   *
   * <pre>{@code
   * Amount amount = ReportReader.strict().readValue(Amount.class, "{\"value\": 3000000000, \"currency\": \"USD\"}");
   * }</pre>
   *
   * @param <T> the model type
   * @param type {@code Estimate.class}, {@code Amount.class}, {@code Quantity.class}, {@code
   *     Conversion.class}, {@code Provenance.class}, {@code Sourcing.class}, {@code Office.class},
   *     {@code PossibleIdentity.class}, {@code CitationProblem.class} or {@code StatusChange.class},
   *     not null
   * @param json the value's JSON object, not null
   * @return the value, not null
   * @throws IllegalArgumentException if {@code type} has no JSON form of its own
   * @throws ReportException if the text is not a valid value of that type; problems' paths are
   *     relative to it
   */
  public <T> T readValue(Class<T> type, String json) {
    requireNonNull(type, "type");
    requireNonNull(json, "json");
    Shape<?> shape = ReportWriter.standalone(type);
    return type.cast(readPart("<" + shape.type() + ">", json, shape));
  }

  private Object readPart(String source, String json, Shape<?> shape) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > maxBytes) {
      throw tooLarge(source, bytes.length);
    }
    return walk(bytes, 0, source, new Resolver(), w -> w.single(shape));
  }

  /** What one walk reads: a whole report, or one part of one. */
  private interface WalkStep<T> {
    @Nullable T read(TableReader walk) throws IOException;
  }

  /** Walks the document once; throws if the walk found any problem. */
  private <T> T walk(byte[] bytes, int offset, String source, Resolver resolver, WalkStep<T> step) {
    try (JsonParser p = factory.createParser(bytes, offset, bytes.length - offset)) {
      Cursor c = new Cursor(p, MAX_PROBLEMS, lenient);
      TableReader walk = new TableReader(c, resolver, maxFacts);
      T value;
      try {
        value = step.read(walk);
      } catch (Cursor.Abort e) {
        throw new ReportException(source, c.problems());
      } catch (StreamConstraintsException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        c.problems().add(Limits.problem(c.path(), at, e, maxBytes, maxDepth, maxStringLength));
        throw new ReportException(source, c.problems(), e);
      } catch (JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        c.problems().add(Problem.of(c.path(), line, column,
            "malformed JSON: " + Limits.firstLine(e.getOriginalMessage()), null, null));
        throw new ReportException(source, c.problems(), e);
      }
      if (!c.problems().isEmpty() || value == null) {
        throw new ReportException(source, c.problems());
      }
      return value;
    } catch (IOException e) {
      throw new ReportException(source,
          List.of(Problem.of("$", 0, 0, "cannot read: " + e.getMessage(), null, null)), e);
    }
  }
}
