package io.github.bilateral.cli;

import com.google.common.collect.ImmutableList;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.Agreement;
import io.github.bilateral.model.Citation;
import io.github.bilateral.model.Event;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.Figure;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.Office;
import io.github.bilateral.model.Recommendation;
import io.github.bilateral.model.Report;
import java.util.List;
import java.util.stream.Collectors;
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

  @Option(names = "--wide", description = "Print whole cells; by default long cells are cut at 48 characters.")
  boolean wide;

  /** Returns the facts to list, in the report's order. */
  abstract List<T> select(Report report);

  /** Returns the table's header. */
  abstract String[] header();

  /** Returns one fact's row. */
  abstract String[] row(Report report, T fact);

  @Override
  public void run() {
    Report report = data.load();
    List<T> facts = select(report);
    if (json) {
      FactJson.writeArray(facts, top.out);
      return;
    }
    Table table = new Table(header());
    for (T f : facts) {
      table.row(row(report, f));
    }
    table.print(top.out, wide ? 0 : 48);
    top.out.println("(" + facts.size() + (facts.size() == 1 ? " row)" : " rows)"));
  }

  @Command(name = "actors",
      mixinStandardHelpOptions = true,
      description = "List the actors: states, organisations, government bodies, persons and others.",
      footerHeading = "%nExamples:%n",
      footer = {
          "  java -jar examples/target/bilateral.jar actors",
          "  java -jar examples/target/bilateral.jar actors --json"})
  static final class Actors extends ListingCommand<Actor> {
    @Override
    List<Actor> select(Report report) {
      return report.actors();
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
          "  java -jar examples/target/bilateral.jar loans",
          "  java -jar examples/target/bilateral.jar loans --json"})
  static final class Loans extends ListingCommand<Loan> {
    @Override
    List<Loan> select(Report report) {
      return report.loans();
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
          "  java -jar examples/target/bilateral.jar agreements",
          "  java -jar examples/target/bilateral.jar agreements --json"})
  static final class Agreements extends ListingCommand<Agreement> {
    @Override
    List<Agreement> select(Report report) {
      return report.agreements();
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
          "  java -jar examples/target/bilateral.jar recommendations --wide",
          "  java -jar examples/target/bilateral.jar recommendations --json"})
  static final class Recommendations extends ListingCommand<Recommendation> {
    @Override
    List<Recommendation> select(Report report) {
      return report.recommendations();
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
          "  java -jar examples/target/bilateral.jar events",
          "  java -jar examples/target/bilateral.jar events --json"})
  static final class Events extends ListingCommand<Event> {
    @Override
    List<Event> select(Report report) {
      return report.events().stream().sorted((a, b) -> a.date().compareTo(b.date()))
          .collect(ImmutableList.toImmutableList());
    }

    @Override
    String[] header() {
      return new String[] {"date", "kind", "who", "what"};
    }

    @Override
    String[] row(Report report, Event e) {
      return new String[] {e.date().toString(), Text.word(e.kind()), Text.names(report, e.actors()), e.summary()};
    }
  }

  @Command(name = "figures",
      mixinStandardHelpOptions = true,
      description = "List the figures: reserves, trade, casualties, refugees and other numbers the report gives.",
      footerHeading = "%nExamples:%n",
      footer = {
          "  java -jar examples/target/bilateral.jar figures",
          "  java -jar examples/target/bilateral.jar figures --json"})
  static final class Figures extends ListingCommand<Figure> {
    @Override
    List<Figure> select(Report report) {
      return report.figures();
    }

    @Override
    String[] header() {
      return new String[] {"id", "measure", "value", "date", "what"};
    }

    @Override
    String[] row(Report report, Figure f) {
      String value = f.amount().map(Text::amount)
          .orElseGet(() -> f.quantity().map(q -> q.estimate().printed().orElse(q.estimate().value().toPlainString())
              + " [" + q.estimate().value().toPlainString() + " " + q.unit() + "]").orElse("-"));
      return new String[] {f.id().value(), f.measure().value(), value, f.date().map(Object::toString).orElse("-"),
          f.summary()};
    }
  }

  @Command(name = "citations",
      mixinStandardHelpOptions = true,
      description = "List the footnotes: authors, title, outlet, date and URL.",
      footerHeading = "%nExamples:%n",
      footer = {
          "  java -jar examples/target/bilateral.jar citations",
          "  java -jar examples/target/bilateral.jar citations --json"})
  static final class Citations extends ListingCommand<Citation> {
    @Override
    List<Citation> select(Report report) {
      return report.citations();
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
