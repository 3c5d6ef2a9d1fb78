package io.github.bilateral.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.ActorKind;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.AgreementId;
import io.github.bilateral.model.AgreementKind;
import io.github.bilateral.model.AgreementStatus;
import io.github.bilateral.model.Amount;
import io.github.bilateral.model.Assessment;
import io.github.bilateral.model.AssessmentId;
import io.github.bilateral.model.AssessmentKind;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.CitationProblem;
import io.github.bilateral.model.CitationProblemKind;
import io.github.bilateral.model.Conversion;
import io.github.bilateral.model.Erratum;
import io.github.bilateral.model.ErratumId;
import io.github.bilateral.model.ErratumKind;
import io.github.bilateral.model.Estimate;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.EventId;
import io.github.bilateral.model.EventKind;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Figure;
import io.github.bilateral.model.FigureId;
import io.github.bilateral.model.Likelihood;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.LoanKind;
import io.github.bilateral.model.LoanStatus;
import io.github.bilateral.model.Measure;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Place;
import io.github.bilateral.model.PlaceId;
import io.github.bilateral.model.PlaceKind;
import io.github.bilateral.model.Provenance;
import io.github.bilateral.model.Quantity;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.RecommendationId;
import io.github.bilateral.model.RecommendationStatus;
import io.github.bilateral.model.Relation;
import io.github.bilateral.model.RelationId;
import io.github.bilateral.model.RelationKind;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.ReportId;
import io.github.bilateral.model.ReportMetadata;
import io.github.bilateral.model.Section;
import io.github.bilateral.model.SectionId;
import io.github.bilateral.model.SourceLocation;
import io.github.bilateral.model.StatusChange;
import io.github.bilateral.model.Theme;
import io.github.bilateral.model.UnknownFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

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
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReportReader {

  /** The default largest document read, in bytes: 64 MiB. */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;

  /** The default deepest nesting of objects and arrays; the format itself needs 6 (a converted amount of a loan). */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /** The largest nesting depth that {@link #withMaxDepth} accepts. */
  public static final int MAX_DEPTH_LIMIT = 1000;

  /** The default longest string, in characters: 1 Mi (1,048,576). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1 << 20;

  /** The default largest number of facts, sections included. */
  public static final int DEFAULT_MAX_FACTS = 100_000;

  private static final int MAX_PROBLEMS = 200;
  private static final int AMOUNT_DIGITS = 16;
  private static final int FRACTION_DIGITS = 6;

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

  /** Returns the strict reader with the default limits: unknown fields are errors. */
  public static ReportReader strict() {
    return STRICT;
  }

  /**
   * Returns the lenient reader with the default limits: unknown fields, anywhere in the document,
   * are kept on the object that holds them; every other rule is checked as by {@link #strict()}.
   */
  public static ReportReader lenient() {
    return LENIENT;
  }

  /** Returns whether this reader keeps unknown fields rather than rejecting them. */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Returns a copy that refuses documents larger than {@code maxBytes}. This instance is
   * unaffected.
   *
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
   * Reads a report from UTF-8 bytes.
   *
   * @param bytes the document, not null
   * @param source a name for messages
   * @throws ReportException if the bytes are not a valid report
   */
  public Report read(byte[] bytes, String source) {
    requireNonNull(bytes, "bytes");
    if (bytes.length > maxBytes) {
      throw tooLarge(source, bytes.length);
    }
    int offset = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      offset = 3;
    }
    checkEncoding(bytes, offset, source);
    Report report = walk(bytes, offset, source, false).value;
    List<Problem> problems = ReportValidator.validate(report, Map.of());
    if (!problems.isEmpty()) {
      // Read again, remembering where every reference stands, so that each problem has its line.
      problems = ReportValidator.validate(report, walk(bytes, offset, source, true).cursor.referenceLocations());
      throw new ReportException(source, problems);
    }
    return report;
  }

  /**
   * Reads one fact, such as a {@link Loan}, from its JSON object as it stands in a report, checking
   * every rule of the fact itself; its references to other facts are not resolved.
   *
   * <pre>{@code
   * Loan loan = ReportReader.strict().readFact(Loan.class, json);
   * }</pre>
   *
   * @param type the class of the fact, not null: {@link Actor}, {@link Place}, {@link Relation},
   *     {@link Loan}, {@link Agreement}, {@link Recommendation}, {@link Event}, {@link Figure},
   *     {@link Assessment}, {@link Citation} or {@link Erratum}
   * @param json the fact's JSON object, not null
   * @param <F> the type of the fact
   * @return the fact, not null
   * @throws ReportException if the text is not a valid fact of that class; the paths of its
   *     problems are relative to the fact ({@code amount.currency})
   * @throws IllegalArgumentException if {@code type} is not a fact of the format
   */
  public <F extends io.github.bilateral.model.Fact> F readFact(Class<F> type, String json) {
    requireNonNull(type, "type");
    requireNonNull(json, "json");
    Walk.FactReader reader = Walk.FACTS.get(type);
    if (reader == null) {
      throw new IllegalArgumentException("Not a fact of the format: " + type.getName()
          + "; the facts are " + Walk.FACTS.keySet().stream().map(Class::getSimpleName).sorted().toList());
    }
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return type.cast(walk(bytes, 0, "<" + type.getSimpleName() + ">", false,
        walk -> walk.single(type.getSimpleName(), () -> reader.read(walk))).value);
  }

  /**
   * Reads a report's metadata from its JSON object as it stands in a report.
   *
   * @param json the metadata's JSON object, not null
   * @return the metadata, not null
   * @throws ReportException if the text is not valid metadata; paths are relative to the object
   */
  public ReportMetadata readMetadata(String json) {
    requireNonNull(json, "json");
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return walk(bytes, 0, "<metadata>", false, walk -> walk.single("metadata", walk::metadata)).value;
  }

  /** A value walked without problems, and the cursor that walked it. */
  private static final class Walked<T> {
    final T value;
    final Cursor cursor;

    Walked(T value, Cursor cursor) {
      this.value = value;
      this.cursor = cursor;
    }
  }

  /** What one walk reads: a whole document or a single object. */
  private interface Top<T> {
    Optional<T> read(Walk walk) throws IOException;
  }

  /** Walks the document once; throws if the walk found any problem. */
  private Walked<Report> walk(byte[] bytes, int offset, String source, boolean locateReferences) {
    return walk(bytes, offset, source, locateReferences, Walk::document);
  }

  private <T> Walked<T> walk(byte[] bytes, int offset, String source, boolean locateReferences, Top<T> top) {
    try (JsonParser p = factory.createParser(bytes, offset, bytes.length - offset)) {
      Cursor c = new Cursor(p, MAX_PROBLEMS, lenient, locateReferences);
      Walk walk = new Walk(c, maxFacts);
      Optional<T> report;
      try {
        report = top.read(walk);
      } catch (Cursor.Abort e) {
        throw new ReportException(source, c.problems());
      } catch (StreamConstraintsException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        c.problems().add(limit(c.path(), at, e));
        throw new ReportException(source, c.problems(), e);
      } catch (JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        c.problems().add(Problem.of(c.path(), line, column,
            "malformed JSON: " + firstLine(e.getOriginalMessage()), null, null));
        throw new ReportException(source, c.problems(), e);
      }
      if (!c.problems().isEmpty() || report.isEmpty()) {
        throw new ReportException(source, c.problems());
      }
      return new Walked<>(report.get(), c);
    } catch (IOException e) {
      throw new ReportException(source,
          List.of(Problem.of("$", 0, 0, "cannot read: " + e.getMessage(), null, null)), e);
    }
  }

  /** Turns Jackson's word on a broken limit into one problem that names our limit and its setter. */
  private Problem limit(String path, JsonLocation at, StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    String reason;
    String fix;
    if (m.contains("nesting depth")) {
      reason = "nested too deeply: the limit is " + maxDepth + " levels of objects and arrays";
      fix = "raise the limit with ReportReader.withMaxDepth";
    } else if (m.contains("String value length")) {
      reason = "string too long: the limit is " + maxStringLength + " characters";
      fix = "raise the limit with ReportReader.withMaxStringLength";
    } else if (m.contains("Name length")) {
      reason = "field name too long: the limit is " + Json.MAX_NAME_LENGTH + " characters";
      fix = null;
    } else if (m.contains("Number value length")) {
      reason = "number too long: the limit is " + Json.MAX_NUMBER_LENGTH + " characters";
      fix = null;
    } else if (m.contains("Document length")) {
      reason = "document too large: the limit is " + maxBytes + " bytes";
      fix = "raise the limit with ReportReader.withMaxBytes";
    } else {
      reason = "limit exceeded: " + firstLine(m);
      fix = null;
    }
    return Problem.of(path, at.getLineNr(), at.getColumnNr(), reason, null, fix);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /**
   * Returns the index of the first byte at which {@code bytes} stops being well-formed UTF-8 (as
   * the Unicode standard's table 3-7 defines it: no overlong forms, no surrogates, nothing above
   * U+10FFFF), or -1. Runs of ASCII, most of any report, are checked eight bytes at a time.
   */

  static int firstInvalidUtf8(byte[] bytes, int from) {
    int i = from;
    int n = bytes.length;
    while (i < n) {
      // Eight ASCII bytes at a time: no byte of the word has its high bit set.
      while (i + 8 <= n && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
        i += 8;
      }
      if (i >= n) {
        break;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xff;
      int length;
      int min = 0x80;
      int max = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        if (b == 0xE0) {
          min = 0xA0;
        } else if (b == 0xED) {
          max = 0x9F;
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        if (b == 0xF0) {
          min = 0x90;
        } else if (b == 0xF4) {
          max = 0x8F;
        }
      } else {
        return i;
      }
      if (i + 1 >= n) {
        return i;
      }
      int second = bytes[i + 1] & 0xff;
      if (second < min || second > max) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        if (i + k >= n || (bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }

  /** Rejects anything but UTF-8 up front, so that a UTF-16 document is never guessed at. */
  private static void checkEncoding(byte[] bytes, int offset, String source) {
    if (bytes.length - offset >= 2 && ((bytes[offset] == 0 || bytes[offset + 1] == 0)
        || ((bytes[offset] & 0xff) == 0xFE && (bytes[offset + 1] & 0xff) == 0xFF)
        || ((bytes[offset] & 0xff) == 0xFF && (bytes[offset + 1] & 0xff) == 0xFE))) {
      throw new ReportException(source, List.of(Problem.of("$", 1, 1,
          "not UTF-8: the document looks like UTF-16 or UTF-32", null, "save the file as UTF-8")));
    }
    int bad = firstInvalidUtf8(bytes, offset);
    if (bad >= 0) {
      int line = 1;
      for (int i = offset; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new ReportException(source, List.of(Problem.of("$", line, 0,
          "invalid UTF-8 at byte offset " + bad, null, "save the file as UTF-8")));
    }
  }

  /** One walk over one document. */
  private static final class Walk {

    private final Cursor c;
    private final int maxFacts;
    private int facts;

    Walk(Cursor c, int maxFacts) {
      this.c = c;
      this.maxFacts = maxFacts;
    }

    /** Reads a list of facts, counting them against the limit before each is read. */
    private <T> Optional<List<T>> facts(Cursor.ValueReader<T> fact) throws IOException {
      return c.list(() -> {
        if (++facts > maxFacts) {
          c.problem("too many facts: the limit is " + maxFacts, null,
              "raise the limit with ReportReader.withMaxFacts");
          throw new Cursor.Abort();
        }
        return fact.read();
      });
    }

    /** Holds the unknown fields of an object that is built after its walk. */
    private static final class Extra {
      UnknownFields fields = UnknownFields.of();

      void set(UnknownFields fields) {
        this.fields = fields;
      }
    }

    private <T> boolean set(Optional<T> value, Consumer<T> setter) {
      value.ifPresent(setter);
      return true;
    }

    /** Builds the object unless a problem was recorded since {@code before}. */
    private <T> Optional<T> build(int before, int[] at, Supplier<T> builder) {
      if (c.problems().size() > before) {
        return Optional.empty();
      }
      try {
        return Optional.of(builder.get());
      } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
        c.problemAt(c.path(), at[0], at[1], e.getMessage(), null, null);
        return Optional.empty();
      }
    }

    // ---- dates with a sibling part ----

    /** Collects a partial date and its sibling part field, and joins them after the object. */
    private final class DateField {
      private final String name;
      private Optional<PartialDate> date = Optional.empty();
      private Optional<PartialDate.Part> part = Optional.empty();
      private int[] partAt = {0, 0};

      DateField(String name) {
        this.name = name;
      }

      boolean readDate() throws IOException {
        date = c.convert("a date such as \"2023-07\"", this::parseIso);
        return true;
      }

      private PartialDate parseIso(String s) {
        if (s.indexOf(' ') >= 0) {
          throw new DateTimeException("Text '" + s + "' could not be parsed: expected yyyy, yyyy-MM or yyyy-MM-dd;"
              + " put early, mid or late in the field '" + name + "Part'");
        }
        return PartialDate.parse(s);
      }

      boolean readPart() throws IOException {
        partAt = c.location();
        part = c.enumValue(PartialDate.Part.class);
        return true;
      }

      Optional<PartialDate> get() {
        if (part.isPresent() && date.isEmpty()) {
          c.problemAt(c.path() + "." + name + "Part", partAt[0], partAt[1],
              "'" + name + "Part' without '" + name + "'", Json.name(part.get()), null);
          return Optional.empty();
        }
        if (part.isPresent()) {
          try {
            return Optional.of(date.get().withPart(part.get()));
          } catch (DateTimeException e) {
            c.problemAt(c.path() + "." + name + "Part", partAt[0], partAt[1], e.getMessage(),
                Json.name(part.get()), null);
            return Optional.empty();
          }
        }
        return date;
      }
    }

    /** Reads one fact; its walk's current token is the first of the fact. */
    interface FactReader {
      Optional<? extends io.github.bilateral.model.Fact> read(Walk walk) throws IOException;
    }

    /** The reader of each class of fact, for reading one fact on its own. */
    static final Map<Class<?>, FactReader> FACTS = Map.ofEntries(
        Map.entry(Actor.class, Walk::actor),
        Map.entry(Place.class, Walk::place),
        Map.entry(Relation.class, Walk::relation),
        Map.entry(Loan.class, Walk::loan),
        Map.entry(Agreement.class, Walk::agreement),
        Map.entry(Recommendation.class, Walk::recommendation),
        Map.entry(Event.class, Walk::event),
        Map.entry(Figure.class, Walk::figure),
        Map.entry(Assessment.class, Walk::assessment),
        Map.entry(Citation.class, Walk::citation),
        Map.entry(Erratum.class, Walk::erratum));

    /** Reads a document that holds one object, {@code what}, and nothing after it. */
    <T> Optional<T> single(String what, Cursor.ValueReader<T> value) throws IOException {
      JsonToken first = c.next();
      if (first == null) {
        c.problem("empty document: expected " + what + " object", null, null);
        return Optional.empty();
      }
      Optional<T> v = value.read();
      JsonToken trailing = c.next();
      if (trailing != null) {
        c.problem("trailing content after the " + what + " object: " + Cursor.describe(trailing), null,
            "remove everything after the closing brace");
      }
      return v;
    }

    // ---- document ----

    Optional<Report> document() throws IOException {
      JsonToken first = c.next();
      if (first == null) {
        c.problem("empty document: expected a report object", null, null);
        return Optional.empty();
      }
      if (first != JsonToken.START_OBJECT) {
        c.problem("expected a report object, found " + Cursor.describe(first), null, null);
        return Optional.empty();
      }
      Report.Builder b = Report.builder();
      int before = c.problems().size();
      int[] at = c.location();
      c.object(Format.REPORT, b::unknownFields, name -> {
        switch (name) {
          case "schemaVersion": {
            Optional<Integer> v = c.integer(0, Integer.MAX_VALUE);
            if (v.isPresent() && v.get() != Json.SCHEMA_VERSION) {
              c.problem("unsupported schemaVersion " + v.get() + "; this library reads version "
                  + Json.SCHEMA_VERSION, v.get().toString(),
                  v.get() > Json.SCHEMA_VERSION ? "use a newer version of the library" : null);
              throw new Cursor.Abort();
            }
            return true;
          }
          case "metadata": return set(metadata(), b::metadata);
          case "sections": return set(facts(this::section), b::addAllSections);
          case "citations": return set(facts(this::citation), b::addAllCitations);
          case "actors": return set(facts(this::actor), b::addAllActors);
          case "places": return set(facts(this::place), b::addAllPlaces);
          case "relations": return set(facts(this::relation), b::addAllRelations);
          case "loans": return set(facts(this::loan), b::addAllLoans);
          case "agreements": return set(facts(this::agreement), b::addAllAgreements);
          case "recommendations": return set(facts(this::recommendation), b::addAllRecommendations);
          case "events": return set(facts(this::event), b::addAllEvents);
          case "figures": return set(facts(this::figure), b::addAllFigures);
          case "assessments": return set(facts(this::assessment), b::addAllAssessments);
          case "errata": return set(facts(this::erratum), b::addAllErrata);
          default: return false;
        }
      });
      JsonToken trailing = c.next();
      if (trailing != null) {
        c.problem("trailing content after the report object: " + Cursor.describe(trailing), null,
            "remove everything after the closing brace");
      }
      return build(before, at, b::build);
    }

    // ---- shared shapes ----

    Optional<Provenance> provenance() throws IOException {
      Provenance.Builder b = Provenance.builder();
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.PROVENANCE, b::unknownFields, name -> {
        switch (name) {
          case "sections": return set(c.list(() -> c.reference(SectionId::of)), b::addAllSections);
          case "footnotes": return set(c.list(this::footnoteNumber), b::addAllFootnotes);
          case "page": return set(c.integer(1, 100_000), b::page);
          case "location": return set(c.enumValue(SourceLocation.class), b::location);
          default: return false;
        }
      })) {
        return Optional.empty();
      }
      return build(before, at, b::build);
    }

    private Optional<Integer> footnoteNumber() throws IOException {
      c.rememberReference();
      return c.integer(1, 100_000).map(c::canonical);
    }

    private Optional<String> textElement() throws IOException {
      return c.text();
    }

    /** Reads an Estimate's fields inlined in an Amount or a Quantity. */
    private final class EstimateFields {
      Optional<BigDecimal> value = Optional.empty();
      Estimate.Qualifier qualifier = Estimate.Qualifier.EXACT;
      Optional<String> printed = Optional.empty();

      boolean read(String name) throws IOException {
        switch (name) {
          case "value":
            value = c.decimal(AMOUNT_DIGITS, FRACTION_DIGITS, false);
            return true;
          case "qualifier":
            c.enumValue(Estimate.Qualifier.class).ifPresent(q -> qualifier = q);
            return true;
          case "printed":
            printed = c.text();
            return true;
          default:
            return false;
        }
      }

      Estimate get() {
        return Estimate.of(qualifier, value.orElseThrow()).withPrinted(printed);
      }
    }

    Optional<Amount> amount() throws IOException {
      return amount(true);
    }

    private Optional<Amount> amount(boolean allowConversion) throws IOException {
      EstimateFields e = new EstimateFields();
      Optional<Currency>[] currency = new Optional[] {Optional.empty()};
      Optional<Conversion>[] conversion = new Optional[] {Optional.empty()};
      int before = c.problems().size();
      int[] at = c.location();
      Extra extra = new Extra();
      if (!c.object(allowConversion ? Format.AMOUNT : Format.ORIGINAL_AMOUNT, extra::set, name -> {
            switch (name) {
              case "currency":
                currency[0] = c.convert("an ISO 4217 currency code such as \"USD\"", ReportReader::currency);
                return true;
              case "conversion":
                conversion[0] = conversion();
                return true;
              default:
                return e.read(name);
            }
          })) {
        return Optional.empty();
      }
      return build(before, at, () -> Amount.builder().estimate(e.get()).currency(currency[0].orElseThrow())
          .conversion(conversion[0]).unknownFields(extra.fields).build());
    }

    private Optional<Conversion> conversion() throws IOException {
      Conversion.Builder b = Conversion.builder();
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.CONVERSION, b::unknownFields, name -> {
            switch (name) {
              case "from": return set(amount(false), b::from);
              case "rate": return set(c.decimal(12, 12, true), b::rate);
              case "date": return set(c.convert("a date such as \"2023-07-27\"", LocalDate::parse), b::date);
              case "source": return set(c.text(), b::source);
              default: return false;
            }
          })) {
        return Optional.empty();
      }
      return build(before, at, b::build);
    }

    Optional<Quantity> quantity() throws IOException {
      EstimateFields e = new EstimateFields();
      Optional<String>[] unit = new Optional[] {Optional.empty()};
      Extra extra = new Extra();
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.QUANTITY, extra::set, name -> {
        if (name.equals("unit")) {
          unit[0] = c.text();
          return true;
        }
        return e.read(name);
      })) {
        return Optional.empty();
      }
      return build(before, at, () -> Quantity.of(e.get(), unit[0].orElseThrow())
          .withUnknownFields(extra.fields));
    }

    private Optional<FactRef> factRef() throws IOException {
      c.rememberReference();
      return c.convert("a fact reference such as \"actor:imf\"", FactRef::parse);
    }

    // ---- facts ----

    Optional<ReportMetadata> metadata() throws IOException {
      ReportMetadata.Builder b = ReportMetadata.builder();
      DateField date = new DateField("date");
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.METADATA, b::unknownFields, name -> {
        switch (name) {
          case "id": return set(c.convert("an id string", ReportId::of), b::id);
          case "title": return set(c.text(), b::title);
          case "authors": return set(c.list(this::textElement), b::addAllAuthors);
          case "publisher": return set(c.text(), b::publisher);
          case "place": return set(c.text(), b::place);
          case "date": return date.readDate();
          case "datePart": return date.readPart();
          case "url": return set(c.text(), b::url);
          case "language": return set(c.text(), b::language);
          default: return false;
        }
      })) {
        return Optional.empty();
      }
      date.get().ifPresent(b::date);
      return build(before, at, b::build);
    }

    Optional<Section> section() throws IOException {
      Section.Builder b = Section.builder();
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.SECTION, b::unknownFields, name -> {
        switch (name) {
          case "id": return set(c.convert("an id string", SectionId::of), b::id);
          case "title": return set(c.text(), b::title);
          case "page": return set(c.integer(1, 100_000), b::page);
          case "parent": return set(c.reference(SectionId::of), b::parent);
          default: return false;
        }
      })) {
        return Optional.empty();
      }
      return build(before, at, b::build);
    }

    Optional<Citation> citation() throws IOException {
      Citation.Builder b = Citation.builder();
      DateField date = new DateField("date");
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.CITATION, b::unknownFields, name -> {
        switch (name) {
          case "footnote": return set(c.integer(1, 100_000), b::footnote);
          case "authors": return set(c.list(this::textElement), b::addAllAuthors);
          case "title": return set(c.text(), b::title);
          case "outlet": return set(c.text(), b::outlet);
          case "date": return date.readDate();
          case "datePart": return date.readPart();
          case "printedDate": return set(c.text(), b::printedDate);
          case "url": return set(c.text(), b::url);
          case "accessed": return set(c.convert("a date such as \"2023-12-05\"", LocalDate::parse), b::accessed);
          case "ibid": return set(footnoteNumber(), b::ibid);
          case "sameAs": return set(footnoteNumber(), b::sameAs);
          case "problems": return set(c.list(this::citationProblem), b::addAllProblems);
          case "provenance": return set(provenance(), b::provenance);
          default: return false;
        }
      })) {
        return Optional.empty();
      }
      date.get().ifPresent(b::date);
      return build(before, at, b::build);
    }

    private Optional<CitationProblem> citationProblem() throws IOException {
      Optional<CitationProblemKind>[] kind = new Optional[] {Optional.empty()};
      Optional<String>[] note = new Optional[] {Optional.empty()};
      Extra extra = new Extra();
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.CITATION_PROBLEM, extra::set, name -> {
        switch (name) {
          case "kind": kind[0] = c.enumValue(CitationProblemKind.class); return true;
          case "note": note[0] = c.text(); return true;
          default: return false;
        }
      })) {
        return Optional.empty();
      }
      return build(before, at, () -> CitationProblem.of(kind[0].orElseThrow(), note[0].orElseThrow())
          .withUnknownFields(extra.fields));
    }

    Optional<Actor> actor() throws IOException {
      Actor.Builder b = Actor.builder();
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.ACTOR, b::unknownFields, name -> {
        switch (name) {
          case "id": return set(c.convert("an id string", ActorId::of), b::id);
          case "kind": return set(c.enumValue(ActorKind.class), b::kind);
          case "name": return set(c.text(), b::name);
          case "aliases": return set(c.list(this::textElement), b::addAllAliases);
          case "country": return set(c.text(), b::country);
          case "offices": return set(c.list(this::office), b::addAllOffices);
          case "summary": return set(c.text(), b::summary);
          case "provenance": return set(provenance(), b::provenance);
          default: return false;
        }
      })) {
        return Optional.empty();
      }
      return build(before, at, b::build);
    }

    private Optional<Office> office() throws IOException {
      Office.Builder b = Office.builder();
      DateField from = new DateField("from");
      DateField to = new DateField("to");
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.OFFICE, b::unknownFields, name -> {
        switch (name) {
          case "title": return set(c.text(), b::title);
          case "organisation": return set(c.reference(ActorId::of), b::organisation);
          case "from": return from.readDate();
          case "fromPart": return from.readPart();
          case "to": return to.readDate();
          case "toPart": return to.readPart();
          case "acting": return set(c.bool(), b::acting);
          case "note": return set(c.text(), b::note);
          default: return false;
        }
      })) {
        return Optional.empty();
      }
      from.get().ifPresent(b::from);
      to.get().ifPresent(b::to);
      return build(before, at, b::build);
    }

    Optional<Place> place() throws IOException {
      Place.Builder b = Place.builder();
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.PLACE, b::unknownFields, name -> {
        switch (name) {
          case "id": return set(c.convert("an id string", PlaceId::of), b::id);
          case "kind": return set(c.enumValue(PlaceKind.class), b::kind);
          case "name": return set(c.text(), b::name);
          case "aliases": return set(c.list(this::textElement), b::addAllAliases);
          case "country": return set(c.text(), b::country);
          case "within": return set(c.reference(PlaceId::of), b::within);
          case "provenance": return set(provenance(), b::provenance);
          default: return false;
        }
      })) {
        return Optional.empty();
      }
      return build(before, at, b::build);
    }

    Optional<Relation> relation() throws IOException {
      Relation.Builder b = Relation.builder();
      DateField date = new DateField("date");
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.RELATION, b::unknownFields, name -> {
        switch (name) {
          case "id": return set(c.convert("an id string", RelationId::of), b::id);
          case "kind": return set(c.enumValue(RelationKind.class), b::kind);
          case "from": return set(c.reference(ActorId::of), b::from);
          case "to": return set(c.reference(ActorId::of), b::to);
          case "date": return date.readDate();
          case "datePart": return date.readPart();
          case "summary": return set(c.text(), b::summary);
          case "provenance": return set(provenance(), b::provenance);
          default: return false;
        }
      })) {
        return Optional.empty();
      }
      date.get().ifPresent(b::date);
      return build(before, at, b::build);
    }

    Optional<Loan> loan() throws IOException {
      Loan.Builder b = Loan.builder();
      DateField date = new DateField("date");
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.LOAN, b::unknownFields, name -> {
            switch (name) {
              case "id": return set(c.convert("an id string", LoanId::of), b::id);
              case "kind": return set(c.enumValue(LoanKind.class), b::kind);
              case "lenders": return set(c.list(() -> c.reference(ActorId::of)), b::addAllLenders);
              case "borrowers": return set(c.list(() -> c.reference(ActorId::of)), b::addAllBorrowers);
              case "amount": return set(amount(), b::amount);
              case "status": return set(c.enumValue(LoanStatus.class), b::status);
              case "date": return date.readDate();
              case "datePart": return date.readPart();
              case "term": return set(c.convert("an ISO-8601 period such as \"P9M\"", ReportReader::period), b::term);
              case "extends": return set(c.reference(LoanId::of), b::extendsLoan);
              case "partOf": return set(c.reference(LoanId::of), b::partOf);
              case "purpose": return set(c.text(), b::purpose);
              case "places": return set(c.list(() -> c.reference(PlaceId::of)), b::addAllPlaces);
              case "summary": return set(c.text(), b::summary);
              case "provenance": return set(provenance(), b::provenance);
              default: return false;
            }
          })) {
        return Optional.empty();
      }
      date.get().ifPresent(b::date);
      return build(before, at, b::build);
    }

    Optional<Agreement> agreement() throws IOException {
      Agreement.Builder b = Agreement.builder();
      DateField date = new DateField("date");
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.AGREEMENT, b::unknownFields, name -> {
            switch (name) {
              case "id": return set(c.convert("an id string", AgreementId::of), b::id);
              case "kind": return set(c.enumValue(AgreementKind.class), b::kind);
              case "name": return set(c.text(), b::name);
              case "parties": return set(c.list(() -> c.reference(ActorId::of)), b::addAllParties);
              case "status": return set(c.enumValue(AgreementStatus.class), b::status);
              case "date": return date.readDate();
              case "datePart": return date.readPart();
              case "places": return set(c.list(() -> c.reference(PlaceId::of)), b::addAllPlaces);
              case "summary": return set(c.text(), b::summary);
              case "provenance": return set(provenance(), b::provenance);
              default: return false;
            }
          })) {
        return Optional.empty();
      }
      date.get().ifPresent(b::date);
      return build(before, at, b::build);
    }

    Optional<Recommendation> recommendation() throws IOException {
      Recommendation.Builder b = Recommendation.builder();
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.RECOMMENDATION, b::unknownFields, name -> {
            switch (name) {
              case "id": return set(c.convert("an id string", RecommendationId::of), b::id);
              case "number": return set(c.integer(1, 100_000), b::number);
              case "summary": return set(c.text(), b::summary);
              case "addressees": return set(c.list(() -> c.reference(ActorId::of)), b::addAllAddressees);
              case "subjects": return set(c.list(() -> c.reference(ActorId::of)), b::addAllSubjects);
              case "themes": return set(c.list(() -> c.convert("a theme id", Theme::of)), b::addAllThemes);
              case "instruments": return set(c.list(this::factRef), b::addAllInstruments);
              case "evidence": return set(c.list(this::factRef), b::addAllEvidence);
              case "history": return set(c.list(this::statusChange), b::addAllHistory);
              case "provenance": return set(provenance(), b::provenance);
              default: return false;
            }
          })) {
        return Optional.empty();
      }
      return build(before, at, b::build);
    }

    private Optional<StatusChange> statusChange() throws IOException {
      StatusChange.Builder b = StatusChange.builder();
      DateField date = new DateField("date");
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.STATUS_CHANGE, b::unknownFields, name -> {
            switch (name) {
              case "date": return date.readDate();
              case "datePart": return date.readPart();
              case "status": return set(c.enumValue(RecommendationStatus.class), b::status);
              case "note": return set(c.text(), b::note);
              default: return false;
            }
          })) {
        return Optional.empty();
      }
      date.get().ifPresent(b::date);
      return build(before, at, b::build);
    }

    Optional<Event> event() throws IOException {
      Event.Builder b = Event.builder();
      DateField date = new DateField("date");
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.EVENT, b::unknownFields, name -> {
        switch (name) {
          case "id": return set(c.convert("an id string", EventId::of), b::id);
          case "kind": return set(c.enumValue(EventKind.class), b::kind);
          case "date": return date.readDate();
          case "datePart": return date.readPart();
          case "actors": return set(c.list(() -> c.reference(ActorId::of)), b::addAllActors);
          case "places": return set(c.list(() -> c.reference(PlaceId::of)), b::addAllPlaces);
          case "related": return set(c.list(this::factRef), b::addAllRelated);
          case "summary": return set(c.text(), b::summary);
          case "provenance": return set(provenance(), b::provenance);
          default: return false;
        }
      })) {
        return Optional.empty();
      }
      date.get().ifPresent(b::date);
      return build(before, at, b::build);
    }

    Optional<Figure> figure() throws IOException {
      Figure.Builder b = Figure.builder();
      DateField date = new DateField("date");
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.FIGURE, b::unknownFields, name -> {
        switch (name) {
          case "id": return set(c.convert("an id string", FigureId::of), b::id);
          case "measure": return set(c.convert("a measure id", Measure::of), b::measure);
          case "quantity": return set(quantity(), b::quantity);
          case "amount": return set(amount(), b::amount);
          case "date": return date.readDate();
          case "datePart": return date.readPart();
          case "actors": return set(c.list(() -> c.reference(ActorId::of)), b::addAllActors);
          case "places": return set(c.list(() -> c.reference(PlaceId::of)), b::addAllPlaces);
          case "summary": return set(c.text(), b::summary);
          case "provenance": return set(provenance(), b::provenance);
          default: return false;
        }
      })) {
        return Optional.empty();
      }
      date.get().ifPresent(b::date);
      return build(before, at, b::build);
    }

    Optional<Assessment> assessment() throws IOException {
      Assessment.Builder b = Assessment.builder();
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.ASSESSMENT, b::unknownFields, name -> {
        switch (name) {
          case "id": return set(c.convert("an id string", AssessmentId::of), b::id);
          case "kind": return set(c.enumValue(AssessmentKind.class), b::kind);
          case "likelihood": return set(c.enumValue(Likelihood.class), b::likelihood);
          case "printedLikelihood": return set(c.text(), b::printedLikelihood);
          case "actors": return set(c.list(() -> c.reference(ActorId::of)), b::addAllActors);
          case "summary": return set(c.text(), b::summary);
          case "provenance": return set(provenance(), b::provenance);
          default: return false;
        }
      })) {
        return Optional.empty();
      }
      return build(before, at, b::build);
    }

    Optional<Erratum> erratum() throws IOException {
      Erratum.Builder b = Erratum.builder();
      int before = c.problems().size();
      int[] at = c.location();
      if (!c.object(Format.ERRATUM, b::unknownFields, name -> {
            switch (name) {
              case "id": return set(c.convert("an id string", ErratumId::of), b::id);
              case "kind": return set(c.enumValue(ErratumKind.class), b::kind);
              case "printed": return set(c.text(), b::printed);
              case "summary": return set(c.text(), b::summary);
              case "refers": return set(c.list(this::factRef), b::addAllRefers);
              case "provenance": return set(provenance(), b::provenance);
              default: return false;
            }
          })) {
        return Optional.empty();
      }
      return build(before, at, b::build);
    }
  }

  static Currency currency(String code) {
    if (code.length() != 3 || !isUpper(code.charAt(0)) || !isUpper(code.charAt(1)) || !isUpper(code.charAt(2))) {
      throw new IllegalArgumentException("Invalid currency (an ISO 4217 code such as \"USD\" expected): \"" + code + "\"");
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown ISO 4217 currency code: \"" + code + "\"");
    }
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static Period period(String text) {
    Period p;
    try {
      p = Period.parse(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Invalid term (an ISO-8601 period such as \"P9M\" expected): \"" + text + "\"");
    }
    if (!p.toString().equals(text)) {
      throw new IllegalArgumentException("Invalid term (write it in canonical form \"" + p + "\"): \"" + text + "\"");
    }
    return p;
  }

}
