package io.github.bilateral.binding;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.model.Amount;
import io.github.bilateral.model.CitationProblem;
import io.github.bilateral.model.Conversion;
import io.github.bilateral.model.Estimate;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.Provenance;
import io.github.bilateral.model.Quantity;
import io.github.bilateral.model.StatusChange;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.AgreementId;
import io.github.bilateral.model.AssessmentId;
import io.github.bilateral.model.ErratumId;
import io.github.bilateral.model.EventId;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.FigureId;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.Money;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.PlaceId;
import io.github.bilateral.model.PossibleIdentity;
import io.github.bilateral.model.RecommendationId;
import io.github.bilateral.model.RelationId;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.ReportId;
import io.github.bilateral.model.ReportMetadata;
import io.github.bilateral.model.SectionId;
import io.github.bilateral.model.Sourcing;
import java.util.function.Function;

/**
 * How one model type stands in the library's JSON format, such as an {@link ActorId} as the string
 * {@code "imf"} or a {@link Loan} as the object it is inside a report. Data-binding libraries build
 * on this table, so that every binding writes what {@link ReportWriter} writes and reads through
 * the checks of {@link ReportReader} and of the model's own factories.
 *
 * <pre>{@code
 * for (JsonForm<?> form : JsonForm.all()) {
 *   System.out.println(form.type().getSimpleName() + " " + form.shape());   // a binding registers each
 * }
 * JsonForm.of(Loan.class).read(json);    // a checked Loan, or an exception that says why
 * }</pre>
 *
 * <p>The table holds every fact class, {@link ReportMetadata}, {@link Report}, every identifier
 * class, {@link FactRef}, {@link PartialDate} (as its {@code toString()}, such as {@code "late
 * 2023-03"}) and {@link Money} (such as {@code "USD 3000000000"}), and the values that the format
 * nests inside facts, each as the object it is there: {@link Estimate} (its three fields, which an
 * amount or a quantity inlines), {@link Amount}, {@link Quantity}, {@link Conversion}, {@link
 * Provenance}, {@link Sourcing}, {@link Office}, {@link PossibleIdentity}, {@link CitationProblem}
 * and {@link StatusChange}. A {@link io.github.bilateral.model.Section} has none: it is not a fact,
 * and is read and written as part of its report.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class JsonForm<T> {

  /** Whether a value is a JSON string or a JSON object. */
  public enum Shape {
    /** A JSON string, such as {@code "imf"}; {@link #write} gives the string's characters. */
    STRING,
    /** A JSON object; {@link #write} gives its JSON text. */
    OBJECT
  }

  private static final ReportWriter WRITER = ReportWriter.canonical();
  private static final ReportReader READER = ReportReader.strict();

  private static final ImmutableList<JsonForm<?>> ALL = ImmutableList.<JsonForm<?>>builder()
      .addAll(facts())
      .add(
      new JsonForm<>(ReportMetadata.class, Shape.OBJECT, WRITER::toJson, READER::readMetadata),
      new JsonForm<>(Report.class, Shape.OBJECT, WRITER::toJson, READER::readString),
      id(ActorId.class, ActorId::of), id(PlaceId.class, PlaceId::of), id(RelationId.class, RelationId::of),
      id(LoanId.class, LoanId::of), id(AgreementId.class, AgreementId::of),
      id(RecommendationId.class, RecommendationId::of), id(EventId.class, EventId::of),
      id(FigureId.class, FigureId::of), id(AssessmentId.class, AssessmentId::of),
      id(ErratumId.class, ErratumId::of), id(SectionId.class, SectionId::of), id(ReportId.class, ReportId::of),
      value(Estimate.class), value(Amount.class), value(Quantity.class), value(Conversion.class),
      value(Provenance.class), value(Sourcing.class), value(Office.class), value(PossibleIdentity.class),
      value(CitationProblem.class), value(StatusChange.class),
      text(FactRef.class, FactRef::parse),
      text(PartialDate.class, PartialDate::parse),
      text(Money.class, Money::parse))
      .build();

  private final Class<T> type;
  private final Shape shape;
  private final Function<T, String> writer;
  private final Function<String, T> reader;

  private JsonForm(Class<T> type, Shape shape, Function<T, String> writer, Function<String, T> reader) {
    this.type = type;
    this.shape = shape;
    this.writer = writer;
    this.reader = reader;
  }

  /** The form of every kind of fact, in the order of {@link FactKind}; a section is not a fact and has none. */
  private static ImmutableList<JsonForm<?>> facts() {
    ImmutableList.Builder<JsonForm<?>> forms = ImmutableList.builder();
    for (FactKind kind : FactKind.values()) {
      if (Fact.class.isAssignableFrom(kind.modelType())) {
        forms.add(fact(kind.modelType().asSubclass(Fact.class)));
      }
    }
    return forms.build();
  }

  private static <F extends Fact> JsonForm<F> fact(Class<F> type) {
    return new JsonForm<>(type, Shape.OBJECT, WRITER::toJson, json -> READER.readFact(type, json));
  }

  /** A value that the format nests inside facts, as the object it is there. */
  private static <V> JsonForm<V> value(Class<V> type) {
    return new JsonForm<>(type, Shape.OBJECT, WRITER::toJson, json -> READER.readValue(type, json));
  }

  private static <I extends io.github.bilateral.model.Identifier> JsonForm<I> id(Class<I> type,
      Function<String, I> of) {
    return new JsonForm<>(type, Shape.STRING, io.github.bilateral.model.Identifier::value, of);
  }

  private static <V> JsonForm<V> text(Class<V> type, Function<CharSequence, V> parse) {
    return new JsonForm<>(type, Shape.STRING, Object::toString, parse::apply);
  }

  /**
   * Returns the form of every model type that stands on its own, facts first.
   *
   * @return the forms, not null
   */
  public static ImmutableList<JsonForm<?>> all() {
    return ALL;
  }

  /**
   * Returns the form of one model type.
   *
   * @param type a model type, such as {@code Loan.class}, not null
   * @param <T> the model type
   * @return its form, not null
   * @throws IllegalArgumentException if the type has no form of its own
   */
  @SuppressWarnings("unchecked")
  public static <T> JsonForm<T> of(Class<T> type) {
    requireNonNull(type, "type");
    for (JsonForm<?> form : ALL) {
      if (form.type == type) {
        return (JsonForm<T>) form;
      }
    }
    throw new IllegalArgumentException("No JSON form of its own for " + type.getName()
        + "; it is written and read as part of the fact that holds it");
  }

  /**
   * Returns the model type, such as {@code Loan.class}.
   *
   * @return the type, not null
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns whether a value is a JSON string or a JSON object.
   *
   * @return the shape, not null
   */
  public Shape shape() {
    return shape;
  }

  /**
   * Returns a value in its form: the characters of its string, or the JSON text of its object.
   *
   * @param value the value, not null
   * @return its text, not null
   */
  public String write(T value) {
    return writer.apply(type.cast(requireNonNull(value, "value")));
  }

  /**
   * Reads a value from its form, checking it as the library's reader does.
   *
   * @param text the characters of the string, or the JSON text of the object, not null
   * @return the value, not null
   * @throws io.github.bilateral.io.ReportException if an object breaks a rule of the format; each
   *     problem has its path inside the object
   * @throws IllegalArgumentException if a string is not a value of the type (also {@link
   *     java.time.DateTimeException} for an impossible date)
   */
  public T read(String text) {
    return reader.apply(requireNonNull(text, "text"));
  }

  @Override
  public String toString() {
    return "JsonForm[" + type.getSimpleName() + " as " + shape.name().toLowerCase(java.util.Locale.ROOT) + "]";
  }
}
