package io.github.bilateral.io;

import com.fasterxml.jackson.core.JsonToken;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.ActorKind;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.AgreementId;
import io.github.bilateral.model.AgreementKind;
import io.github.bilateral.model.AgreementStatus;
import io.github.bilateral.model.Assessment;
import io.github.bilateral.model.AssessmentId;
import io.github.bilateral.model.AssessmentKind;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.Erratum;
import io.github.bilateral.model.ErratumId;
import io.github.bilateral.model.ErratumKind;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.EventId;
import io.github.bilateral.model.EventKind;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.Figure;
import io.github.bilateral.model.FigureId;
import io.github.bilateral.model.Likelihood;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.LoanKind;
import io.github.bilateral.model.LoanStatus;
import io.github.bilateral.model.Measure;
import io.github.bilateral.model.Place;
import io.github.bilateral.model.PlaceId;
import io.github.bilateral.model.PlaceKind;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.RecommendationId;
import io.github.bilateral.model.Relation;
import io.github.bilateral.model.RelationId;
import io.github.bilateral.model.RelationKind;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.ReportId;
import io.github.bilateral.model.ReportMetadata;
import io.github.bilateral.model.Section;
import io.github.bilateral.model.SectionId;
import io.github.bilateral.model.Theme;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One walk over one document: the report, its lists of facts, and each kind of fact. */
final class Walk extends ShapeWalk {

  private final int maxFacts;
  private int facts;

  Walk(Cursor c, int maxFacts) {
    super(c);
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
        default: {
          Optional<FactKind> kind = FactKind.forListName(name);
          return kind.isPresent() && set(facts(() -> fact(kind.get()).map(f -> (Object) f)), list -> addAll(b, kind.get(), list));
        }
      }
    });
    JsonToken trailing = c.next();
    if (trailing != null) {
      c.problem("trailing content after the report object: " + Cursor.describe(trailing), null,
          "remove everything after the closing brace");
    }
    return build(before, at, b::build);
  }

  /** Reads one value that is the whole input, such as one fact; the parser stands before it. */
  <T> Optional<T> single(Cursor.ValueReader<T> part) throws IOException {
    if (c.next() == null) {
      c.problem("empty input: expected a JSON object", null, null);
      return Optional.empty();
    }
    Optional<T> value = part.read();
    JsonToken trailing = c.next();
    if (trailing != null) {
      c.problem("trailing content after the object: " + Cursor.describe(trailing), null,
          "remove everything after the closing brace");
    }
    return value;
  }

  /** Reads one fact of {@code kind}; the one dispatch from a kind to its reader. */
  Optional<?> fact(FactKind kind) throws IOException {
    switch (kind) {
      case ACTOR: return actor();
      case PLACE: return place();
      case LOAN: return loan();
      case AGREEMENT: return agreement();
      case RECOMMENDATION: return recommendation();
      case EVENT: return event();
      case FIGURE: return figure();
      case ASSESSMENT: return assessment();
      case RELATION: return relation();
      case SECTION: return section();
      case CITATION: return citation();
      case ERRATUM: return erratum();
      default: throw new AssertionError(kind);
    }
  }

  /** Adds a list of facts of {@code kind} to the report being built. */
  @SuppressWarnings("unchecked")
  private void addAll(Report.Builder b, FactKind kind, List<?> facts) {
    switch (kind) {
      case ACTOR: b.addAllActors((List<Actor>) facts); break;
      case PLACE: b.addAllPlaces((List<Place>) facts); break;
      case LOAN: b.addAllLoans((List<Loan>) facts); break;
      case AGREEMENT: b.addAllAgreements((List<Agreement>) facts); break;
      case RECOMMENDATION: b.addAllRecommendations((List<Recommendation>) facts); break;
      case EVENT: b.addAllEvents((List<Event>) facts); break;
      case FIGURE: b.addAllFigures((List<Figure>) facts); break;
      case ASSESSMENT: b.addAllAssessments((List<Assessment>) facts); break;
      case RELATION: b.addAllRelations((List<Relation>) facts); break;
      case SECTION: b.addAllSections((List<Section>) facts); break;
      case CITATION: b.addAllCitations((List<Citation>) facts); break;
      case ERRATUM: b.addAllErrata((List<Erratum>) facts); break;
      default: throw new AssertionError(kind);
    }
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
            case "term": return set(c.convert("an ISO-8601 period such as \"P9M\"", ShapeWalk::period), b::term);
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
