package io.github.bilateral.io;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.Assessment;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.Erratum;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.FactKind;
import io.github.bilateral.model.FactRef;
import io.github.bilateral.model.Figure;
import io.github.bilateral.model.Identifier;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.LoanKind;
import io.github.bilateral.model.NameKey;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.Place;
import io.github.bilateral.model.PossibleIdentity;
import io.github.bilateral.model.PlaceId;
import io.github.bilateral.model.Provenance;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.Relation;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.Section;
import io.github.bilateral.model.SectionId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks the rules of a report that span more than one fact: unique ids of each kind, unique
 * footnote and recommendation numbers, every reference resolving to a fact of the right kind, and
 * no cycles in sections, places, loan extensions and debt stocks ({@code partOf}). Rules of one
 * fact alone are checked when the fact is built.
 *
 * <pre>{@code
 * List<Problem> problems = ReportValidator.validate(report);
 * problems.forEach(System.out::println);
 * // loans[3].lenders[0]: unknown actor 'imf2'; did you mean 'imf'?
 * }</pre>
 */
public final class ReportValidator {

  private ReportValidator() {}

  /**
   * Returns every problem of {@code report}, in the order of the format's fields; empty when the
   * report is valid.
   *
   * @param report the report, read or built in code, not null
   * @return the problems, each with its path; empty for a valid report
   */
  public static ImmutableList<Problem> validate(Report report) {
    return validate(report, Map.of());
  }

  static ImmutableList<Problem> validate(Report report, Map<String, int[]> locations) {
    return new Run(report, locations).run();
  }

  /**
   * Returns a problem for each name or alias of an actor that folds to the same key ({@link
   * io.github.bilateral.model.NameKey}) as a name of an earlier actor: a look-up by that name cannot
   * tell the two apart. Empty when every name picks out one actor.
   *
   * <p>This rule is not yet among those {@link #validate} checks (and the reader enforces), because
   * the bundled dataset still breaks it once; call it to check a dataset before publishing it.
   *
   * <pre>{@code
   * ReportValidator.ambiguousNames(report).forEach(System.out::println);
   * // actors[2].aliases[0]: name 'Kakar' of actor 'anwar-ul-haq-kakar' is the same name to a look-up as ...
   * }</pre>
   *
   * @param report the report to check, not null
   * @return the problems in the order of the actors, not null
   */
  public static ImmutableList<Problem> ambiguousNames(Report report) {
    Run run = new Run(report, Map.of());
    run.actorNames();
    return ImmutableList.copyOf(run.problems);
  }

  private static final class Run {
    private final Report r;
    private final Map<String, int[]> locations;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<FactKind, Set<String>> ids = new EnumMap<>(FactKind.class);

    Run(Report r, Map<String, int[]> locations) {
      this.r = r;
      this.locations = locations;
    }

    private void problem(String path, String reason, String value, String suggestion) {
      int[] at = locations.getOrDefault(path, new int[] {0, 0});
      problems.add(Problem.of(path, at[0], at[1], reason, value, suggestion));
    }

    private void unique(FactKind kind) {
      List<?> values = kind.facts(r);
      String list = kind.listName();
      Set<String> seen = new HashSet<>(values.size() * 4 / 3 + 1);
      for (int i = 0; i < values.size(); i++) {
        String k = kind.idOf(values.get(i));
        if (!seen.add(k)) {
          // Rare: look for the first one only now, rather than remember where every id stands.
          int first = 0;
          while (!kind.idOf(values.get(first)).equals(k)) {
            first++;
          }
          problem(list + "[" + i + "]", "duplicate " + kind.word() + " id '" + k + "' (first at "
              + list + "[" + first + "])", k, null);
        }
      }
      ids.put(kind, seen);
    }

    ImmutableList<Problem> run() {
      if (r.sections().isEmpty()) {
        problem("sections", "a report needs at least one section", null, "add the report's sections in reading order");
      }
      for (FactKind kind : FactKind.inFormatOrder()) {
        unique(kind);
      }
      Set<Integer> numbers = new HashSet<>();
      for (int i = 0; i < r.recommendations().size(); i++) {
        int n = r.recommendations().get(i).number();
        if (!numbers.add(n)) {
          problem("recommendations[" + i + "].number", "duplicate recommendation number " + n,
              Integer.toString(n), null);
        }
      }

      for (int i = 0; i < r.sections().size(); i++) {
        Section s = r.sections().get(i);
        String at = "sections[" + i + "]";
        if (s.parent().isPresent()) {
          ref(at + ".parent", FactKind.SECTION, s.parent().get());
        }
      }
      sectionCycles();
      for (int i = 0; i < r.citations().size(); i++) {
        Citation c = r.citations().get(i);
        String at = "citations[" + i + "]";
        c.ibid().ifPresent(n -> footnote(at + ".ibid", n));
        c.sameAs().ifPresent(n -> footnote(at + ".sameAs", n));
        provenance(at, c.provenance());
      }
      for (int i = 0; i < r.actors().size(); i++) {
        Actor a = r.actors().get(i);
        String at = "actors[" + i + "]";
        for (int j = 0; j < a.offices().size(); j++) {
          Office o = a.offices().get(j);
          if (o.organisation().isPresent()) {
            ref(at + ".offices[" + j + "].organisation", FactKind.ACTOR, o.organisation().get());
          }
        }
        for (int j = 0; j < a.possibleIdentities().size(); j++) {
          PossibleIdentity p = a.possibleIdentities().get(j);
          String pat = at + ".possibleIdentities[" + j + "]";
          ref(pat + ".actor", FactKind.ACTOR, p.actor());
          for (int k = 0; k < p.footnotes().size(); k++) {
            footnoteExists(pat + ".footnotes[" + k + "]", p.footnotes().get(k));
          }
        }
        provenance(at, a.provenance());
      }
      for (int i = 0; i < r.places().size(); i++) {
        Place p = r.places().get(i);
        String at = "places[" + i + "]";
        p.within().ifPresent(w -> ref(at + ".within", FactKind.PLACE, w));
        provenance(at, p.provenance());
      }
      placeCycles();
      for (int i = 0; i < r.relations().size(); i++) {
        Relation x = r.relations().get(i);
        String at = "relations[" + i + "]";
        ref(at + ".from", FactKind.ACTOR, x.from());
        ref(at + ".to", FactKind.ACTOR, x.to());
        provenance(at, x.provenance());
      }
      for (int i = 0; i < r.loans().size(); i++) {
        Loan l = r.loans().get(i);
        String at = "loans[" + i + "]";
        refs(at + ".lenders", FactKind.ACTOR, l.lenders());
        refs(at + ".borrowers", FactKind.ACTOR, l.borrowers());
        l.extendsLoan().ifPresent(x -> ref(at + ".extends", FactKind.LOAN, x));
        // Any loan whose amount includes this one's: a debt stock, an aid total, a pledge's programme.
        l.partOf().ifPresent(x -> ref(at + ".partOf", FactKind.LOAN, x));
        l.agreement().ifPresent(x -> ref(at + ".agreement", FactKind.AGREEMENT, x));
        refs(at + ".places", FactKind.PLACE, l.places());
        provenance(at, l.provenance());
      }
      loanCycles();
      for (int i = 0; i < r.agreements().size(); i++) {
        Agreement a = r.agreements().get(i);
        String at = "agreements[" + i + "]";
        refs(at + ".parties", FactKind.ACTOR, a.parties());
        refs(at + ".places", FactKind.PLACE, a.places());
        provenance(at, a.provenance());
      }
      for (int i = 0; i < r.recommendations().size(); i++) {
        Recommendation x = r.recommendations().get(i);
        String at = "recommendations[" + i + "]";
        refs(at + ".addressees", FactKind.ACTOR, x.addressees());
        refs(at + ".subjects", FactKind.ACTOR, x.subjects());
        factRefs(at + ".instruments", x.instruments());
        factRefs(at + ".evidence", x.evidence());
        provenance(at, x.provenance());
      }
      for (int i = 0; i < r.events().size(); i++) {
        Event e = r.events().get(i);
        String at = "events[" + i + "]";
        refs(at + ".actors", FactKind.ACTOR, e.actors());
        refs(at + ".places", FactKind.PLACE, e.places());
        factRefs(at + ".related", e.related());
        provenance(at, e.provenance());
      }
      for (int i = 0; i < r.figures().size(); i++) {
        Figure f = r.figures().get(i);
        String at = "figures[" + i + "]";
        refs(at + ".actors", FactKind.ACTOR, f.actors());
        refs(at + ".places", FactKind.PLACE, f.places());
        provenance(at, f.provenance());
      }
      for (int i = 0; i < r.assessments().size(); i++) {
        Assessment a = r.assessments().get(i);
        String at = "assessments[" + i + "]";
        refs(at + ".actors", FactKind.ACTOR, a.actors());
        provenance(at, a.provenance());
      }
      for (int i = 0; i < r.errata().size(); i++) {
        Erratum e = r.errata().get(i);
        String at = "errata[" + i + "]";
        factRefs(at + ".refers", e.refers());
        provenance(at, e.provenance());
      }
      return ImmutableList.copyOf(problems);
    }

    // The paths of problems are built only when there is a problem: a valid report has none.

    private void provenance(String at, Provenance p) {
      sourced(at + ".provenance", p.sections(), p.footnotes());
      p.fields().forEach((field, s) -> sourced(at + ".provenance.fields." + field, s.sections(), s.footnotes()));
    }

    /** The sections and footnotes of a provenance or of one field's sourcing must exist. */
    private void sourced(String at, List<SectionId> sectionIds, List<Integer> footnoteNumbers) {
      Set<String> sections = ids.get(FactKind.SECTION);
      for (int i = 0; i < sectionIds.size(); i++) {
        if (!sections.contains(sectionIds.get(i).value())) {
          ref(at + ".sections[" + i + "]", FactKind.SECTION, sectionIds.get(i));
        }
      }
      for (int i = 0; i < footnoteNumbers.size(); i++) {
        footnoteExists(at + ".footnotes[" + i + "]", footnoteNumbers.get(i));
      }
    }

    private void footnoteExists(String at, int number) {
      if (!ids.get(FactKind.CITATION).contains(Integer.toString(number))) {
        footnote(at, number);
      }
    }

    private void footnote(String at, int number) {
      if (!ids.get(FactKind.CITATION).contains(Integer.toString(number))) {
        problem(at, "unknown footnote " + number + ": no citation has that number",
            Integer.toString(number), null);
      }
    }

    private void refs(String at, FactKind kind, List<? extends Identifier> values) {
      Set<String> known = ids.get(kind);
      for (int i = 0; i < values.size(); i++) {
        if (!known.contains(values.get(i).value())) {
          ref(at + "[" + i + "]", kind, values.get(i));
        }
      }
    }

    private boolean ref(String at, FactKind kind, Identifier id) {
      return exists(at, kind, id.value());
    }

    private boolean exists(String at, FactKind kind, String id) {
      Set<String> known = ids.get(kind);
      if (known.contains(id)) {
        return true;
      }
      problem(at, "unknown " + kind.word() + " '" + id + "'", id, Suggest.didYouMean(id, known));
      return false;
    }

    private void factRefs(String at, List<FactRef> refs) {
      for (int i = 0; i < refs.size(); i++) {
        FactRef f = refs.get(i);
        if (!ids.get(f.kind()).contains(f.id())) {
          exists(at + "[" + i + "]", f.kind(), f.id());
        }
      }
    }

    private void sectionCycles() {
      Map<SectionId, SectionId> parent = new HashMap<>();
      r.sections().forEach(s -> s.parent().ifPresent(p -> parent.put(s.id(), p)));
      for (int i = 0; i < r.sections().size(); i++) {
        cycle("sections[" + i + "].parent", r.sections().get(i).id(), parent::get, "section");
      }
    }

    private void placeCycles() {
      Map<PlaceId, PlaceId> within = new HashMap<>();
      r.places().forEach(p -> p.within().ifPresent(w -> within.put(p.id(), w)));
      for (int i = 0; i < r.places().size(); i++) {
        cycle("places[" + i + "].within", r.places().get(i).id(), within::get, "place");
      }
    }

    private void loanCycles() {
      Map<LoanId, LoanId> extended = new HashMap<>();
      Map<LoanId, LoanId> partOf = new HashMap<>();
      r.loans().forEach(l -> l.extendsLoan().ifPresent(x -> extended.put(l.id(), x)));
      r.loans().forEach(l -> l.partOf().ifPresent(x -> partOf.put(l.id(), x)));
      for (int i = 0; i < r.loans().size(); i++) {
        cycle("loans[" + i + "].extends", r.loans().get(i).id(), extended::get, "loan");
        cycle("loans[" + i + "].partOf", r.loans().get(i).id(), partOf::get, "loan");
      }
    }

    /** A name or alias that folds to the key of another actor's name makes look-ups by it ambiguous. */
    private void actorNames() {
      Map<String, String[]> owner = new HashMap<>();
      for (int i = 0; i < r.actors().size(); i++) {
        Actor a = r.actors().get(i);
        // An unnamed actor's name is a description, not a name a look-up resolves: only its aliases count.
        for (int j = a.unnamed() ? 1 : 0; j < a.names().size(); j++) {
          String name = a.names().get(j);
          String key = NameKey.of(name);
          String[] first = owner.putIfAbsent(key, new String[] {a.id().value(), name});
          if (first != null && !first[0].equals(a.id().value()) && !key.isEmpty()) {
            problem("actors[" + i + "]." + (j == 0 ? "name" : "aliases[" + (j - 1) + "]"),
                "name '" + name + "' of actor '" + a.id() + "' is the same name to a look-up as '" + first[1]
                    + "' of actor '" + first[0] + "' (both fold to '" + key + "')",
                name, "drop it from one of the two actors or spell it in full");
          }
        }
      }
    }

    private <T> void cycle(String at, T start, Function<T, T> next, String what) {
      Set<T> seen = new HashSet<>();
      T cur = start;
      while (cur != null) {
        if (!seen.add(cur)) {
          if (cur.equals(start)) {
            problem(at, "cycle: " + what + " '" + start + "' leads back to itself", start.toString(), null);
          }
          return;
        }
        cur = next.apply(cur);
      }
    }
  }

}
