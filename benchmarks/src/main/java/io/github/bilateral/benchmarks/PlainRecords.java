package io.github.bilateral.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The baseline a user would hand-roll: Java records with {@code java.util} collections that mirror
 * the JSON format (version 2, as the synthetic reports are written) field by field, read by a plain
 * Jackson {@code ObjectMapper}. Ids, enum values
 * and dates stay strings; absent fields are null; nothing is checked beyond JSON types and unknown
 * field names (Jackson's default).
 */
public final class PlainRecords {

  private PlainRecords() {}

  public record Document(int schemaVersion, Metadata metadata, List<Section> sections,
      List<Citation> citations, List<Actor> actors, List<Place> places, List<Relation> relations,
      List<Loan> loans, List<Agreement> agreements, List<Recommendation> recommendations,
      List<Event> events, List<Figure> figures, List<Assessment> assessments, List<Erratum> errata) {}

  public record Metadata(String id, String title, List<String> authors, String publisher, String place,
      String date, String datePart, String url, String language) {}

  public record Section(String id, String title, Integer page, String parent) {}

  public record Provenance(List<String> sections, List<Integer> footnotes, Integer page, String basis,
      String note, Map<String, Sourcing> fields) {}

  public record Sourcing(String basis, List<Integer> footnotes, List<String> sections, String note) {}

  public record StatusEntry(String date, String datePart, String status, String note) {}

  public record CitationProblem(String kind, String note) {}

  public record Citation(int footnote, List<String> authors, String title, String outlet, String date,
      String datePart, String printedDate, String url, String accessed, Integer ibid, Integer sameAs,
      List<CitationProblem> problems, Provenance provenance) {}

  public record Office(String title, String organisation, String from, String fromPart, String to,
      String toPart, Boolean acting, String note) {}

  public record Actor(String id, String kind, String name, List<String> aliases, String country,
      List<Office> offices, String summary, Provenance provenance) {}

  public record Place(String id, String kind, String name, List<String> aliases, String country,
      String within, Provenance provenance) {}

  public record Relation(String id, String kind, String from, String to, String date, String datePart,
      String summary, Provenance provenance) {}

  public record Conversion(Amount from, BigDecimal rate, String date, String source) {}

  public record Amount(BigDecimal value, String qualifier, String printed, String currency,
      Conversion conversion) {}

  public record Quantity(BigDecimal value, String qualifier, String printed, String unit) {}

  public record Loan(String id, String kind, List<String> lenders, List<String> borrowers, Amount amount,
      String status, List<StatusEntry> history, String date, String datePart, String term,
      @JsonProperty("extends") String extendsLoan, String partOf, String purpose, List<String> places, String summary, Provenance provenance) {}

  public record Agreement(String id, String kind, String name, List<String> parties, String status,
      List<StatusEntry> history, String date, String datePart, List<String> places, String summary,
      Provenance provenance) {}

  public record Recommendation(String id, int number, String summary, List<String> addressees,
      List<String> subjects, List<String> themes, List<String> instruments, List<String> evidence,
      List<StatusEntry> history, Provenance provenance) {}

  public record Event(String id, String kind, String date, String datePart, String noDate,
      List<String> actors, List<String> places, List<String> related, String summary, Provenance provenance) {}

  public record Figure(String id, String measure, Quantity quantity, Amount amount, String date,
      String datePart, List<String> actors, List<String> places, String summary, Provenance provenance) {}

  public record Assessment(String id, String kind, String likelihood, String printedLikelihood,
      List<String> actors, String summary, Provenance provenance) {}

  public record Erratum(String id, String kind, String printed, String summary, List<String> refers,
      Provenance provenance) {}
}
