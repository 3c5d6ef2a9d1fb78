package io.github.bilateral.io;

import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Amount;
import io.github.bilateral.model.CitationProblem;
import io.github.bilateral.model.CitationProblemKind;
import io.github.bilateral.model.Conversion;
import io.github.bilateral.model.Estimate;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.PartialDate;
import io.github.bilateral.model.Provenance;
import io.github.bilateral.model.Quantity;
import io.github.bilateral.model.RecommendationStatus;
import io.github.bilateral.model.SectionId;
import io.github.bilateral.model.Basis;
import io.github.bilateral.model.SourceLocation;
import io.github.bilateral.model.StatusChange;
import io.github.bilateral.model.UnknownFields;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The reading of the objects that facts share (provenance, amounts, quantities, dates with their
 * part, fact references) and the helpers of every object's reader: the base of {@link Walk}.
 */
abstract class ShapeWalk {

  /** The most digits of an amount before the point, and after it. */
  private static final int AMOUNT_DIGITS = 16;
  private static final int FRACTION_DIGITS = 6;

  final Cursor c;

  ShapeWalk(Cursor c) {
    this.c = c;
  }

  /** Holds the unknown fields of an object that is built after its walk. */
  static final class Extra {
    UnknownFields fields = UnknownFields.of();

    void set(UnknownFields fields) {
      this.fields = fields;
    }
  }

  /**
   * Holds one field's value, set while the object's fields are walked (inside a lambda) and read
   * when the object is built after the walk.
   */
  static final class Slot<T> {
    Optional<T> value = Optional.empty();
  }

  <T> boolean set(Optional<T> value, Consumer<T> setter) {
    value.ifPresent(setter);
    return true;
  }

  /** Builds the object unless a problem was recorded since {@code before}. */
  <T> Optional<T> build(int before, int[] at, Supplier<T> builder) {
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
  final class DateField {
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

  // ---- shared shapes ----

  @SuppressWarnings("deprecation") // reads the version-1 field "location" into the basis
  Optional<Provenance> provenance() throws IOException {
    Provenance.Builder b = Provenance.builder();
    int before = c.problems().size();
    int[] at = c.location();
    if (!c.object(Format.PROVENANCE, b::unknownFields, name -> {
      switch (name) {
        case "sections": return set(c.list(() -> c.reference(SectionId::of)), b::addAllSections);
        case "footnotes": return set(c.list(this::footnoteNumber), b::addAllFootnotes);
        case "page": return set(c.integer(1, 100_000), b::page);
        case "location": return set(c.enumValue(SourceLocation.class), l -> b.basis(Basis.of(l)));
        default: return false;
      }
    })) {
      return Optional.empty();
    }
    return build(before, at, b::build);
  }

  Optional<Integer> footnoteNumber() throws IOException {
    c.rememberReference();
    return c.integer(1, 100_000).map(c::canonical);
  }

  Optional<String> textElement() throws IOException {
    return c.text();
  }

  /** Reads an Estimate's fields inlined in an Amount or a Quantity. */
  final class EstimateFields {
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

  Optional<Amount> amount(boolean allowConversion) throws IOException {
    EstimateFields e = new EstimateFields();
    Slot<Currency> currency = new Slot<>();
    Slot<Conversion> conversion = new Slot<>();
    int before = c.problems().size();
    int[] at = c.location();
    Extra extra = new Extra();
    if (!c.object(allowConversion ? Format.AMOUNT : Format.ORIGINAL_AMOUNT, extra::set, name -> {
          switch (name) {
            case "currency":
              currency.value = c.convert("an ISO 4217 currency code such as \"USD\"", ShapeWalk::currency);
              return true;
            case "conversion":
              conversion.value = conversion();
              return true;
            default:
              return e.read(name);
          }
        })) {
      return Optional.empty();
    }
    return build(before, at, () -> Amount.builder().estimate(e.get()).currency(currency.value.orElseThrow())
        .conversion(conversion.value).unknownFields(extra.fields).build());
  }

  Optional<Conversion> conversion() throws IOException {
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
    Slot<String> unit = new Slot<>();
    Extra extra = new Extra();
    int before = c.problems().size();
    int[] at = c.location();
    if (!c.object(Format.QUANTITY, extra::set, name -> {
      if (name.equals("unit")) {
        unit.value = c.text();
        return true;
      }
      return e.read(name);
    })) {
      return Optional.empty();
    }
    return build(before, at, () -> Quantity.of(e.get(), unit.value.orElseThrow())
        .withUnknownFields(extra.fields));
  }

  Optional<FactRef> factRef() throws IOException {
    c.rememberReference();
    return c.convert("a fact reference such as \"actor:imf\"", FactRef::parse);
  }


  // ---- objects nested in facts ----

  Optional<CitationProblem> citationProblem() throws IOException {
    Slot<CitationProblemKind> kind = new Slot<>();
    Slot<String> note = new Slot<>();
    Extra extra = new Extra();
    int before = c.problems().size();
    int[] at = c.location();
    if (!c.object(Format.CITATION_PROBLEM, extra::set, name -> {
      switch (name) {
        case "kind": kind.value = c.enumValue(CitationProblemKind.class); return true;
        case "note": note.value = c.text(); return true;
        default: return false;
      }
    })) {
      return Optional.empty();
    }
    return build(before, at, () -> CitationProblem.of(kind.value.orElseThrow(), note.value.orElseThrow())
        .withUnknownFields(extra.fields));
  }

  Optional<Office> office() throws IOException {
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

  Optional<StatusChange> statusChange() throws IOException {
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
