package io.github.bilateral.testing;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Generators of valid model values and of whole valid reports, whose references all resolve. Built
 * from the small generators of {@link Gen}; usable by anyone who tests code on the model.
 *
 * <pre>{@code
 * Property.forAll("reports round-trip", Generators.reports()).tries(1000).check(r ->
 *     ReportReader.strict().read(ReportWriter.canonical().toJson(r).getBytes(StandardCharsets.UTF_8), "generated").equals(r));
 * }</pre>
 */
public final class Generators {

  private Generators() {}

  /**
   * {@return a generator of partial dates of every precision (year, month, day), years 1800 to
   * 2099, the coarser ones with and without a part; not null}
   */
  public static Gen<PartialDate> partialDates() {
    return (r, size) -> {
      int year = 1800 + r.nextInt(300);
      switch (r.nextInt(3)) {
        case 0:
          return withPart(PartialDate.ofYear(year), r);
        case 1:
          return withPart(PartialDate.ofMonth(year, 1 + r.nextInt(12)), r);
        default:
          LocalDate d = LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
          return PartialDate.of(d);
      }
    };
  }

  private static PartialDate withPart(PartialDate d, SplittableRandom r) {
    int p = r.nextInt(5);
    return p < PartialDate.Part.values().length ? d.withPart(PartialDate.Part.values()[p]) : d;
  }

  /**
   * {@return a generator of full dates, from 1900 to about 2091, as partial dates of day precision;
   * not null}
   */
  public static Gen<PartialDate> days() {
    return (r, size) -> PartialDate.of(LocalDate.of(1900, 1, 1).plusDays(r.nextInt(70_000)));
  }

  /**
   * {@return a generator of non-negative decimals in units, from 0 to about 10^15, with up to 4
   * fraction digits; not null}
   */
  public static Gen<BigDecimal> amounts() {
    return (r, size) -> {
      long whole = r.nextInt(4) == 0 ? r.nextInt(1000) : (long) (r.nextDouble() * 1e15);
      int scale = r.nextInt(3) == 0 ? r.nextInt(5) : 0;
      return BigDecimal.valueOf(whole).movePointLeft(scale);
    };
  }

  /**
   * {@return a generator of estimates with every qualifier that takes a point value, with and
   * without printed words; not null} The same as {@code estimates(false)}: the reports this class
   * makes are read and written by the format, which has no vague quantities before version 2.
   */
  public static Gen<Estimate> estimates() {
    return estimates(false);
  }

  /**
   * Returns a generator of estimates; with {@code vague}, one in three is a vague estimate such as
   * "dozens of", without a point value and with printed words.
   *
   * @param vague whether to make vague estimates too
   * @return the generator, not null
   */
  public static Gen<Estimate> estimates(boolean vague) {
    Estimate.Qualifier[] pointed = Arrays.stream(Estimate.Qualifier.values()).filter(q -> !q.isVague())
        .toArray(Estimate.Qualifier[]::new);
    Estimate.Qualifier[] vagueOnes = Arrays.stream(Estimate.Qualifier.values()).filter(Estimate.Qualifier::isVague)
        .toArray(Estimate.Qualifier[]::new);
    Gen<Estimate> plain = amounts().zip(Gen.elements(pointed), (v, q) -> Estimate.of(q, v));
    Gen<Estimate> withWords = plain.zip(Gen.optional(Gen.text()), Estimate::withPrinted);
    if (!vague) {
      return withWords;
    }
    Gen<Estimate> vagueGen = Gen.elements(vagueOnes).zip(Gen.text(), Estimate::vague);
    return (r, size) -> (r.nextInt(3) == 0 ? vagueGen : withWords).generate(r, size);
  }

  /** {@return a generator of the currencies USD, GBP, PKR, CNY and EUR; not null} */
  public static Gen<Currency> currencies() {
    return Gen.elements(Currency.getInstance("USD"), Currency.getInstance("GBP"),
        Currency.getInstance("PKR"), Currency.getInstance("CNY"), Currency.getInstance("EUR"));
  }

  /**
   * {@return a generator of money amounts, one in four converted from another currency; not null}
   */
  public static Gen<Amount> moneyAmounts() {
    return (r, size) -> {
      Currency c = currencies().generate(r, size);
      Amount.Builder b = Amount.builder().estimate(estimates().generate(r, size)).currency(c);
      if (r.nextInt(4) == 0) {
        Currency other = c.getCurrencyCode().equals("GBP") ? Currency.getInstance("USD") : Currency.getInstance("GBP");
        b.conversion(Conversion.builder()
            .from(Amount.of(estimates().generate(r, size), other))
            .rate(BigDecimal.valueOf(1 + r.nextInt(100_000)).movePointLeft(4))
            .date(LocalDate.of(2000, 1, 1).plusDays(r.nextInt(9000)))
            .source(Gen.text().generate(r, size))
            .build());
      }
      return b.build();
    };
  }

  /**
   * {@return a generator of quantities in plain units such as people, percent or kilometres; not
   * null}
   */
  public static Gen<Quantity> quantities() {
    return estimates().zip(Gen.elements("people", "percent", "kilometres", "weeks", "cases"), Quantity::of);
  }

  /**
   * {@return a generator of whole valid reports whose references all resolve; bigger sizes give
   * more parts; not null}
   */
  public static Gen<Report> reports() {
    return Generators::report;
  }

  private static <T> List<T> pick(SplittableRandom r, List<T> from, int max) {
    List<T> out = new ArrayList<>();
    if (from.isEmpty()) {
      return out;
    }
    int n = r.nextInt(Math.min(max, from.size()) + 1);
    for (int i = 0; i < n; i++) {
      T v = from.get(r.nextInt(from.size()));
      if (!out.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }

  private static <T> T one(SplittableRandom r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  private static <T> Optional<T> maybe(SplittableRandom r, Gen<T> gen, int size) {
    return r.nextInt(3) == 0 ? Optional.empty() : Optional.of(gen.generate(r, size));
  }

  private static <I> List<I> ids(SplittableRandom r, int size, int min, String prefix, Function<String, I> of) {
    int n = min + r.nextInt(Math.max(1, size / 2) + 1);
    List<I> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(of.apply(prefix + Gen.kebab().generate(r, 4) + "-" + i));
    }
    return out;
  }

  private static Report report(SplittableRandom r, int size) {
    Gen<String> text = Gen.text();
    List<SectionId> sectionIds = ids(r, size, 1, "s", SectionId::of);
    int footnotes = r.nextInt(size + 1);
    List<Integer> numbers = new ArrayList<>();
    for (int i = 1; i <= footnotes; i++) {
      numbers.add(i);
    }
    List<ActorId> actorIds = ids(r, size, 2, "a", ActorId::of);
    List<PlaceId> placeIds = ids(r, size, 0, "p", PlaceId::of);
    List<LoanId> loanIds = ids(r, size, 0, "l", LoanId::of);
    List<AgreementId> agreementIds = ids(r, size, 0, "g", AgreementId::of);
    List<EventId> eventIds = ids(r, size, 0, "e", EventId::of);

    Function<Integer, Provenance> provenance = ignored -> Provenance.builder()
        .addAllSections(nonEmpty(r, sectionIds))
        .addAllFootnotes(new TreeSet<>(pick(r, numbers, 3)))
        .page(r.nextInt(3) == 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(1 + r.nextInt(40)))
        // Only the printed bases: the version-1 writer has no "basis" and "note" yet.
        .basis(one(r, List.of(Basis.TEXT, Basis.FOOTNOTE, Basis.CAPTION, Basis.FRONT_MATTER)))
        .build();
    Report.Builder b = Report.builder();
    b.metadata(ReportMetadata.builder()
        .id(ReportId.of(Gen.kebab().generate(r, size)))
        .title(text.generate(r, size))
        .addAllAuthors(Gen.listOf(text, 1, 3).generate(r, size))
        .publisher(text.generate(r, size))
        .place(maybe(r, text, size))
        .date(partialDates().generate(r, size))
        .url(maybe(r, Gen.constant("https://example.org/report"), size))
        .language(one(r, List.of("en", "ur", "en-GB")))
        .build());
    for (int i = 0; i < sectionIds.size(); i++) {
      b.addSection(Section.builder().id(sectionIds.get(i)).title(text.generate(r, size))
          .page(r.nextBoolean() ? java.util.OptionalInt.of(1 + i) : java.util.OptionalInt.empty())
          .parent(i > 0 && r.nextBoolean() ? Optional.of(sectionIds.get(r.nextInt(i))) : Optional.empty())
          .build());
    }
    for (int n : numbers) {
      Citation.Builder c = Citation.builder().footnote(n)
          .addAllAuthors(Gen.listOf(text, 0, 3).generate(r, size))
          .title(maybe(r, text, size)).outlet(maybe(r, text, size))
          .date(maybe(r, partialDates(), size)).printedDate(maybe(r, text, size))
          .url(maybe(r, Gen.kebab().map(k -> "https://example.org/" + k + "?q=1#x"), size))
          .accessed(maybe(r, days().map(PartialDate::start), size))
          .addAllProblems(Gen.listOf(Gen.elements(CitationProblemKind.values())
              .zip(text, CitationProblem::of), 0, 2).generate(r, size))
          .provenance(provenance.apply(0));
      if (n > 1 && r.nextInt(4) == 0) {
        if (r.nextBoolean()) {
          c.ibid(1 + r.nextInt(n - 1));
        } else {
          c.sameAs(1 + r.nextInt(n - 1));
        }
      }
      b.addCitation(c.build());
    }
    for (ActorId id : actorIds) {
      ActorKind kind = one(r, List.of(ActorKind.values()));
      String name = text.generate(r, size);
      List<String> aliases = new ArrayList<>();
      for (String a : Gen.listOf(text, 0, 3).generate(r, size)) {
        if (!a.equals(name) && !aliases.contains(a)) {
          aliases.add(a);
        }
      }
      Actor.Builder a = Actor.builder().id(id).kind(kind).name(name).addAllAliases(aliases)
          .country(maybe(r, Gen.elements("PK", "US", "CN", "IN", "AF", "GB"), size))
          .summary(maybe(r, text, size)).provenance(provenance.apply(0));
      if (kind == ActorKind.PERSON) {
        for (int k = r.nextInt(3); k > 0; k--) {
          Optional<PartialDate> from = maybe(r, partialDates(), size);
          Optional<PartialDate> to = from.isPresent() && r.nextBoolean()
              ? Optional.of(withPart(PartialDate.ofYear(from.get().year() + 1 + r.nextInt(5)), r)) : Optional.empty();
          a.addOffice(Office.builder().title(text.generate(r, size))
              .organisation(maybe(r, Gen.elements(actorIds), size)).from(from).to(to)
              .acting(r.nextInt(5) == 0).note(maybe(r, text, size)).build());
        }
      }
      b.addActor(a.build());
    }
    for (int i = 0; i < placeIds.size(); i++) {
      b.addPlace(Place.builder().id(placeIds.get(i)).kind(one(r, List.of(PlaceKind.values())))
          .name(text.generate(r, size)).country(maybe(r, Gen.elements("PK", "AF"), size))
          .within(i > 0 && r.nextBoolean() ? Optional.of(placeIds.get(r.nextInt(i))) : Optional.empty())
          .provenance(provenance.apply(0)).build());
    }
    for (int i = r.nextInt(size + 1); i > 0; i--) {
      ActorId from = one(r, actorIds);
      ActorId to = actorIds.get((actorIds.indexOf(from) + 1 + r.nextInt(actorIds.size() - 1)) % actorIds.size());
      b.addRelation(Relation.builder().id(RelationId.of("r-" + i)).kind(one(r, List.of(RelationKind.values())))
          .from(from).to(to).date(maybe(r, partialDates(), size)).summary(maybe(r, text, size))
          .provenance(provenance.apply(0)).build());
    }
    List<LoanId> stocks = new ArrayList<>();
    for (int i = 0; i < loanIds.size(); i++) {
      LoanKind kind = one(r, List.of(LoanKind.values()));
      Loan.Builder l = Loan.builder().id(loanIds.get(i)).kind(kind)
          .addAllLenders(nonEmpty(r, actorIds)).addAllBorrowers(nonEmpty(r, actorIds))
          .amount(maybe(r, moneyAmounts(), size)).status(one(r, List.of(LoanStatus.values())))
          .date(maybe(r, partialDates(), size))
          .term(r.nextBoolean() ? Optional.of(Period.ofMonths(1 + r.nextInt(36))) : Optional.empty())
          .purpose(maybe(r, text, size)).addAllPlaces(pick(r, placeIds, 2))
          .summary(text.generate(r, size)).provenance(provenance.apply(0));
      if (i > 0 && r.nextInt(3) == 0) {
        l.extendsLoan(loanIds.get(r.nextInt(i)));
      }
      if (!stocks.isEmpty() && r.nextInt(3) == 0) {
        l.partOf(one(r, stocks));
      }
      if (kind == LoanKind.DEBT_STOCK) {
        stocks.add(loanIds.get(i));
      }
      b.addLoan(l.build());
    }
    for (AgreementId id : agreementIds) {
      b.addAgreement(Agreement.builder().id(id).kind(one(r, List.of(AgreementKind.values())))
          .name(maybe(r, text, size)).addAllParties(pick(r, actorIds, 3))
          .status(one(r, List.of(AgreementStatus.values()))).date(maybe(r, partialDates(), size))
          .addAllPlaces(pick(r, placeIds, 2)).summary(text.generate(r, size))
          .provenance(provenance.apply(0)).build());
    }
    List<FactRef> refs = new ArrayList<>();
    actorIds.forEach(x -> refs.add(FactRef.of(x)));
    loanIds.forEach(x -> refs.add(FactRef.of(x)));
    agreementIds.forEach(x -> refs.add(FactRef.of(x)));
    eventIds.forEach(x -> refs.add(FactRef.of(x)));
    numbers.forEach(n -> refs.add(FactRef.citation(n)));
    for (int i = 1 + r.nextInt(size + 1); i > 1; i--) {
      PartialDate made = partialDates().generate(r, size);
      List<StatusChange> history = new ArrayList<>();
      history.add(StatusChange.builder().date(made).status(RecommendationStatus.OPEN).note(maybe(r, text, size)).build());
      if (r.nextBoolean()) {
        history.add(StatusChange.builder().date(PartialDate.ofYear(made.year() + 1))
            .status(one(r, List.of(RecommendationStatus.values()))).build());
      }
      b.addRecommendation(Recommendation.builder().id(RecommendationId.of("rec-" + i)).number(i)
          .summary(text.generate(r, size)).addAllAddressees(nonEmpty(r, actorIds))
          .addAllSubjects(pick(r, actorIds, 2))
          .addAllThemes(nonEmpty(r, List.of(Theme.of("climate"), Theme.of("trade"), Theme.of("security"))))
          .addAllInstruments(pick(r, refs, 2)).addAllEvidence(pick(r, refs, 3))
          .addAllHistory(history).provenance(provenance.apply(0)).build());
    }
    for (EventId id : eventIds) {
      b.addEvent(Event.builder().id(id).kind(one(r, List.of(EventKind.values())))
          .date(partialDates().generate(r, size)).addAllActors(pick(r, actorIds, 3))
          .addAllPlaces(pick(r, placeIds, 2)).addAllRelated(pick(r, refs, 2))
          .summary(text.generate(r, size)).provenance(provenance.apply(0)).build());
    }
    for (int i = r.nextInt(size + 1); i > 0; i--) {
      Figure.Builder f = Figure.builder().id(FigureId.of("f-" + i)).measure(Measure.of(Gen.kebab().generate(r, size)))
          .date(maybe(r, partialDates(), size)).addAllActors(pick(r, actorIds, 2))
          .addAllPlaces(pick(r, placeIds, 1)).summary(text.generate(r, size)).provenance(provenance.apply(0));
      if (r.nextBoolean()) {
        f.quantity(quantities().generate(r, size));
      } else {
        f.amount(moneyAmounts().generate(r, size));
      }
      b.addFigure(f.build());
    }
    for (int i = r.nextInt(size + 1); i > 0; i--) {
      b.addAssessment(Assessment.builder().id(AssessmentId.of("as-" + i))
          .kind(one(r, List.of(AssessmentKind.values())))
          .likelihood(maybe(r, Gen.elements(Likelihood.values()), size))
          .printedLikelihood(maybe(r, text, size)).addAllActors(pick(r, actorIds, 2))
          .summary(text.generate(r, size)).provenance(provenance.apply(0)).build());
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addErratum(Erratum.builder().id(ErratumId.of("err-" + i)).kind(one(r, List.of(ErratumKind.values())))
          .printed(text.generate(r, size)).summary(text.generate(r, size))
          .addAllRefers(pick(r, refs, 2)).provenance(provenance.apply(0)).build());
    }
    return b.build();
  }

  private static <T> List<T> nonEmpty(SplittableRandom r, List<T> from) {
    List<T> p = pick(r, from, 3);
    return p.isEmpty() ? ImmutableList.of(one(r, from)) : p;
  }
}
