package io.github.bilateral.cli;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.ActorKind;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.AgreementKind;
import io.github.bilateral.model.AgreementStatus;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.EventKind;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.Figure;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanKind;
import io.github.bilateral.model.LoanStatus;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.RecommendationStatus;
import io.github.bilateral.model.Report;
import io.github.bilateral.model.Theme;
import io.github.bilateral.query.ActorFilter;
import io.github.bilateral.query.AgreementFilter;
import io.github.bilateral.query.ByKind;
import io.github.bilateral.query.ByStatus;
import io.github.bilateral.query.CitationFilter;
import io.github.bilateral.query.DateRange;
import io.github.bilateral.query.EventFilter;
import io.github.bilateral.query.FactFilter;
import io.github.bilateral.query.FigureFilter;
import io.github.bilateral.query.LoanFilter;
import io.github.bilateral.query.RecommendationFilter;
import io.github.bilateral.query.ReportQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that lists facts of one kind: an aligned table by default, or with {@code --json} a
 * JSON array of the facts' own objects in the library's format.
 *
 * @param <T> the kind of fact listed
 */
abstract class ListingCommand<T extends Fact> implements Runnable {

  @Spec
  CommandSpec spec;

  @ParentCommand
  Bilateral top;

  @Mixin
  DataOption data;

  @Option(names = "--json", description = "Print a JSON array of the facts, each in the library's JSON format.")
  boolean json;

  @Mixin
  WideOption wide;

  /** Returns the facts to list, in the report's order, narrowed by the command's options. */
  abstract List<T> select(Report report, ReportQuery q);

  /** Prints anything that follows the table, such as totals. */
  void after(Report report, List<T> facts) {}

  /** Returns the table's header. */
  abstract String[] header();

  /** Returns one fact's row. */
  abstract String[] row(Report report, T fact);

  @Override
  public void run() {
    Report report = data.load();
    List<T> facts = select(report, ReportQuery.shared(report));
    if (json) {
      FactJson.writeArray(facts, top.out);
      return;
    }
    Table table = new Table(header());
    for (T f : facts) {
      table.row(row(report, f));
    }
    table.print(top.out, top.columns, wide.wide);
    top.out.println("(" + facts.size() + (facts.size() == 1 ? " row)" : " rows)"));
    after(report, facts);
  }

  /** Returns the actors named by an option, each resolved by id, name or alias. */
  final List<ActorId> actors(ReportQuery q, String option, List<String> names) {
    return names.stream().map(n -> Resolve.actor(spec, option, q, n)).toList();
  }

  /** Returns the date range of {@code --from} and {@code --to}, if either is given. */
  final Optional<DateRange> dates(@Nullable String from, @Nullable String to) {
    return Resolve.range(spec, from, to);
  }

  /** Narrows {@code f} by each actor an option names, resolved by id, name or alias. */
  final <S> S each(S f, ReportQuery q, String option, List<String> names, BiFunction<S, ActorId, S> by) {
    for (ActorId a : actors(q, option, names)) {
      f = by.apply(f, a);
    }
    return f;
  }

  /** Narrows {@code f} to the kind {@code --kind} names, if it is given. */
  final <S extends FactFilter<?> & ByKind<S, K>, K extends Enum<K>> S kind(S f, Class<K> kinds, @Nullable String text) {
    return text == null ? f : f.kind(Resolve.constant(spec, "--kind", kinds, text));
  }

  /** Narrows {@code f} to the status {@code --status} names, if it is given. */
  final <S extends FactFilter<?> & ByStatus<S, K>, K extends Enum<K>> S status(S f, Class<K> states,
      @Nullable String text) {
    return text == null ? f : f.status(Resolve.constant(spec, "--status", states, text));
  }

  /**
   * The JSON words of an enum's constants, such as {@code in-force}, in declaration order: the
   * values an option's help lists (as {@code ${COMPLETION-CANDIDATES}}) and a shell completes.
   */
  abstract static class Words implements Iterable<String> {
    private final Class<? extends Enum<?>> type;

    Words(Class<? extends Enum<?>> type) {
      this.type = type;
    }

    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(type.getEnumConstants()).map(e -> Text.word(e)).iterator();
    }
  }

  static final class ActorKinds extends Words {
    ActorKinds() {
      super(ActorKind.class);
    }
  }

  static final class LoanKinds extends Words {
    LoanKinds() {
      super(LoanKind.class);
    }
  }

  static final class LoanStates extends Words {
    LoanStates() {
      super(LoanStatus.class);
    }
  }

  static final class AgreementKinds extends Words {
    AgreementKinds() {
      super(AgreementKind.class);
    }
  }

  static final class AgreementStates extends Words {
    AgreementStates() {
      super(AgreementStatus.class);
    }
  }

  static final class RecommendationStates extends Words {
    RecommendationStates() {
      super(RecommendationStatus.class);
    }
  }

  static final class EventKinds extends Words {
    EventKinds() {
      super(EventKind.class);
    }
  }

  @Command(name = "actors",
      mixinStandardHelpOptions = true,
      description = "List the actors: states, organisations, government bodies, persons and others.",
      footerHeading = "%nExamples:%n",
      footer = {
          "  java -jar examples/target/bilateral.jar actors --kind person",
          "  java -jar examples/target/bilateral.jar actors --json"})
  static final class Actors extends ListingCommand<Actor> {
    @Option(names = "--kind", paramLabel = "KIND", completionCandidates = ActorKinds.class,
        description = "Only actors of this kind: ${COMPLETION-CANDIDATES}.")
    @Nullable String kind;

    @Override
    List<Actor> select(Report report, ReportQuery q) {
      ActorFilter f = q.actors();
      return kind(f, ActorKind.class, kind).list();
    }

    @Override
    String[] header() {
      return new String[] {"id", "kind", "name", "country", "also called", "offices"};
    }

    @Override
    String[] row(Report report, Actor a) {
      return new String[] {a.id().value(), Text.word(a.kind()), a.name(), a.country().orElse(""),
          String.join("; ", a.aliases()),
          a.offices().stream().map(Office::title).collect(Collectors.joining("; "))};
    }
  }

  @Command(name = "loans",
      mixinStandardHelpOptions = true,
      description = "List the loans and all other money: IMF programmes, rollovers, debt, aid, grants, investment.",
      footerHeading = "%nExamples:%n",
      footer = {
          "  java -jar examples/target/bilateral.jar loans --lender china --borrower pakistan",
          "  java -jar examples/target/bilateral.jar loans --kind rollover --from 2023 --json"})
  static final class Loans extends ListingCommand<Loan> {
    @Option(names = "--lender", paramLabel = "ACTOR", description = "Only money from this actor (id, name or alias); repeat for several.")
    List<String> lenders = new ArrayList<>();

    @Option(names = "--borrower", paramLabel = "ACTOR", description = "Only money to this actor (id, name or alias); repeat for several.")
    List<String> borrowers = new ArrayList<>();

    @Option(names = "--actor", paramLabel = "ACTOR", description = "Only money from or to this actor.")
    @Nullable String actor;

    @Option(names = "--kind", paramLabel = "KIND", completionCandidates = LoanKinds.class,
        description = "Only money of this kind: ${COMPLETION-CANDIDATES}.")
    @Nullable String kind;

    @Option(names = "--status", paramLabel = "STATUS", completionCandidates = LoanStates.class,
        description = "Only money in this state: ${COMPLETION-CANDIDATES}.")
    @Nullable String status;

    @Option(names = "--from", paramLabel = "DATE", description = "Only money dated on or after this date (2023, 2023-05 or 2023-05-09).")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only money dated on or before this date.")
    @Nullable String to;

    @Override
    List<Loan> select(Report report, ReportQuery q) {
      LoanFilter f = each(q.loans(), q, "--lender", lenders, LoanFilter::lender);
      f = status(kind(each(f, q, "--borrower", borrowers, LoanFilter::borrower), LoanKind.class, kind),
          LoanStatus.class, status);
      List<Loan> list = dates(from, to).map(f::dated).orElse(f).list();
      if (actor != null) {
        ActorId a = Resolve.actor(spec, "--actor", q, actor);
        list = list.stream().filter(l -> l.lenders().contains(a) || l.borrowers().contains(a)).toList();
      }
      return list;
    }

    @Override
    void after(Report report, List<Loan> loans) {
      if (!loans.isEmpty()) {
        top.out.println("total: " + io.github.bilateral.query.MoneyTotals.of(loans,
            io.github.bilateral.query.Counting.EACH_SUM_ONCE)
            + " (amounts in the currency printed; rollovers and parts of a debt stock counted once)");
      }
    }

    @Override
    String[] header() {
      return new String[] {"id", "kind", "from", "to", "amount", "status", "date"};
    }

    @Override
    String[] row(Report report, Loan l) {
      return new String[] {l.id().value(), Text.word(l.kind()), Text.names(report, l.lenders()),
          Text.names(report, l.borrowers()), l.amount().map(Text::amount).orElse("-"),
          Text.word(l.status()), l.date().map(Object::toString).orElse("-")};
    }
  }

  @Command(name = "agreements",
      mixinStandardHelpOptions = true,
      description = "List the agreements: treaties, frameworks, deals, dialogues, designations and more, with their status.",
      footerHeading = "%nExamples:%n",
      footer = {
          "  java -jar examples/target/bilateral.jar agreements --party \"united states\" --party pakistan",
          "  java -jar examples/target/bilateral.jar agreements --status proposed --json"})
  static final class Agreements extends ListingCommand<Agreement> {
    @Option(names = "--party", paramLabel = "ACTOR", description = "Only agreements this actor is a party to; repeat for several (all must be parties).")
    List<String> parties = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", completionCandidates = AgreementKinds.class,
        description = "Only agreements of this kind: ${COMPLETION-CANDIDATES}.")
    @Nullable String kind;

    @Option(names = "--status", paramLabel = "STATUS", completionCandidates = AgreementStates.class,
        description = "Only agreements in this state: ${COMPLETION-CANDIDATES}.")
    @Nullable String status;

    @Option(names = "--from", paramLabel = "DATE", description = "Only agreements dated on or after this date.")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only agreements dated on or before this date.")
    @Nullable String to;

    @Override
    List<Agreement> select(Report report, ReportQuery q) {
      AgreementFilter f = status(kind(each(q.agreements(), q, "--party", parties, AgreementFilter::party),
          AgreementKind.class, kind), AgreementStatus.class, status);
      return dates(from, to).map(f::dated).orElse(f).list();
    }

    @Override
    String[] header() {
      return new String[] {"id", "kind", "name", "parties", "status", "date"};
    }

    @Override
    String[] row(Report report, Agreement a) {
      return new String[] {a.id().value(), Text.word(a.kind()), a.name().orElse(""),
          Text.names(report, a.parties()), Text.word(a.status()), a.date().map(Object::toString).orElse("-")};
    }
  }

  @Command(name = "recommendations",
      mixinStandardHelpOptions = true,
      description = "List the report's numbered recommendations, with whom they address and their themes.",
      footerHeading = "%nExamples:%n",
      footer = {
          "  java -jar examples/target/bilateral.jar recommendations --addressee usaid --wide",
          "  java -jar examples/target/bilateral.jar recommendations --theme climate --json"})
  static final class Recommendations extends ListingCommand<Recommendation> {
    @Option(names = "--addressee", paramLabel = "ACTOR", description = "Only recommendations addressed to this actor (id, name or alias).")
    List<String> addressees = new ArrayList<>();

    @Option(names = "--subject", paramLabel = "ACTOR", description = "Only recommendations about this actor.")
    List<String> subjects = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "THEME", description = "Only recommendations with this theme, such as security, climate or trade.")
    @Nullable String theme;

    @Option(names = "--status", paramLabel = "STATUS", completionCandidates = RecommendationStates.class,
        description = "Only recommendations in this state: ${COMPLETION-CANDIDATES}.")
    @Nullable String status;

    @Override
    List<Recommendation> select(Report report, ReportQuery q) {
      RecommendationFilter f = each(q.recommendations(), q, "--addressee", addressees,
          RecommendationFilter::addressee);
      f = each(f, q, "--subject", subjects, RecommendationFilter::subject);
      if (theme != null) {
        java.util.Set<Theme> themes = new java.util.TreeSet<>();
        report.recommendations().forEach(r -> themes.addAll(r.themes()));
        Theme t = themes.stream().filter(x -> x.value().equals(theme.trim().toLowerCase(java.util.Locale.ROOT)))
            .findFirst().orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
                "--theme: no recommendation has the theme '" + theme + "'; the themes are "
                    + themes.stream().map(Theme::value).collect(Collectors.joining(", "))));
        f = f.theme(t);
      }
      return status(f, RecommendationStatus.class, status).list();
    }

    @Override
    String[] header() {
      return new String[] {"no", "to", "themes", "status", "recommendation"};
    }

    @Override
    String[] row(Report report, Recommendation r) {
      return new String[] {Integer.toString(r.number()), Text.names(report, r.addressees()),
          r.themes().stream().map(Object::toString).collect(Collectors.joining(", ")),
          Text.word(r.status()), r.summary()};
    }
  }

  @Command(name = "events",
      mixinStandardHelpOptions = true,
      description = "List the events in date order.",
      footerHeading = "%nExamples:%n",
      footer = {
          "  java -jar examples/target/bilateral.jar events --from 2023-05 --to 2023-08",
          "  java -jar examples/target/bilateral.jar events --actor \"Imran Khan\" --json"})
  static final class Events extends ListingCommand<Event> {
    @Option(names = "--actor", paramLabel = "ACTOR", description = "Only events this actor takes part in (id, name or alias); repeat for several.")
    List<String> actorNames = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", completionCandidates = EventKinds.class,
        description = "Only events of this kind: ${COMPLETION-CANDIDATES}.")
    @Nullable String kind;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events that may have happened on or after this date (2023, 2023-05 or 2023-05-09).")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only events that may have happened on or before this date.")
    @Nullable String to;

    @Override
    List<Event> select(Report report, ReportQuery q) {
      EventFilter f = kind(each(q.events(), q, "--actor", actorNames, EventFilter::actor), EventKind.class, kind);
      f = dates(from, to).map(f::dated).orElse(f);
      // Undated events last: the report does not say when they happened.
      return f.list().stream().sorted(java.util.Comparator.comparing((Event e) -> e.date().orElse(null),
              java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
          .collect(ImmutableList.toImmutableList());
    }

    @Override
    String[] header() {
      return new String[] {"date", "kind", "who", "what"};
    }

    @Override
    String[] row(Report report, Event e) {
      return new String[] {e.when(), Text.word(e.kind()), Text.names(report, e.actors()), e.summary()};
    }
  }

  @Command(name = "figures",
      mixinStandardHelpOptions = true,
      description = "List the figures: reserves, trade, casualties, refugees and other numbers the report gives.",
      footerHeading = "%nExamples:%n",
      footer = {
          "  java -jar examples/target/bilateral.jar figures --actor pakistan --from 2023",
          "  java -jar examples/target/bilateral.jar figures --json"})
  static final class Figures extends ListingCommand<Figure> {
    @Option(names = "--actor", paramLabel = "ACTOR", description = "Only figures about this actor (id, name or alias).")
    List<String> actorNames = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "Only figures dated on or after this date.")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only figures dated on or before this date.")
    @Nullable String to;

    @Override
    List<Figure> select(Report report, ReportQuery q) {
      FigureFilter f = each(q.figures(), q, "--actor", actorNames, FigureFilter::actor);
      return dates(from, to).map(f::dated).orElse(f).list();
    }

    @Override
    String[] header() {
      return new String[] {"id", "measure", "value", "date", "what"};
    }

    @Override
    String[] row(Report report, Figure f) {
      String value = f.amount().map(Text::amount)
          .orElseGet(() -> f.quantity().map(Text::quantity).orElse("-"));
      return new String[] {f.id().value(), f.measure().value(), value, f.date().map(Object::toString).orElse("-"),
          f.summary()};
    }
  }

  @Command(name = "citations",
      mixinStandardHelpOptions = true,
      description = "List the footnotes: authors, title, outlet, date and URL.",
      footerHeading = "%nExamples:%n",
      footer = {
          "  java -jar examples/target/bilateral.jar citations --from 2023-06",
          "  java -jar examples/target/bilateral.jar citations --json"})
  static final class Citations extends ListingCommand<Citation> {
    @Option(names = "--from", paramLabel = "DATE", description = "Only sources published on or after this date.")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only sources published on or before this date.")
    @Nullable String to;

    @Override
    List<Citation> select(Report report, ReportQuery q) {
      CitationFilter f = q.citations();
      return dates(from, to).map(f::dated).orElse(f).list();
    }

    @Override
    String[] header() {
      return new String[] {"no", "authors", "title", "outlet", "date", "url"};
    }

    @Override
    String[] row(Report report, Citation c) {
      String title = c.title().orElse(c.ibid().isPresent() ? "Ibid. (" + c.ibid().getAsInt() + ")" : "");
      return new String[] {Integer.toString(c.footnote()), String.join(", ", c.authors()), title,
          c.outlet().orElse(""), c.date().map(Object::toString).orElse(c.printedDate().orElse("")),
          c.url().orElse("")};
    }
  }
}
