package io.github.bilateral.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Fact;
import io.github.bilateral.model.Report;
import io.github.bilateral.query.ActorProfile;
import io.github.bilateral.query.OfficeHolding;
import io.github.bilateral.query.ReportQuery;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code profile ACTOR}: everything the report says about one actor. */
@Command(name = "profile",
    mixinStandardHelpOptions = true,
    description = {
        "Show everything the report says about one actor: who it is, its offices or office holders, the money it"
            + " gives and receives, its agreements, the recommendations addressed to it and about it, its events,"
            + " relations, figures and assessments, and the footnotes behind them.",
        "Name the actor by id, name or alias; case, accents and punctuation do not count."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  java -jar examples/target/bilateral.jar profile imf",
        "  java -jar examples/target/bilateral.jar profile \"Kakar\" --json"})
final class ProfileCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @ParentCommand
  Bilateral top;

  @Mixin
  DataOption data;

  @Parameters(paramLabel = "ACTOR", description = "The actor: an id such as usaid, or a name or alias such as \"IMF\".")
  String name;

  @Option(names = "--json", description = "Print a JSON object whose lists hold the facts in the library's JSON format.")
  boolean json;

  @Override
  public void run() {
    Report report = data.load();
    ReportQuery q = ReportQuery.shared(report);
    ActorId id = Resolve.actor(spec, "ACTOR", q, name);
    ActorProfile p = q.profile(id);
    if (json) {
      json(p, top.out);
    } else {
      print(report, p, top.out);
    }
  }

  static void print(Report report, ActorProfile p, PrintStream out) {
    Actor a = p.actor();
    out.println(Text.line(a.name() + " (" + a.id() + "), " + Text.word(a.kind()) + a.country().map(c -> ", " + c).orElse("")));
    if (!a.aliases().isEmpty()) {
      out.println(Text.line("also called: " + String.join("; ", a.aliases())));
    }
    a.summary().ifPresent(s -> out.println(Text.line(s)));
    if (!a.offices().isEmpty()) {
      out.println();
      out.println("Offices");
      a.offices().forEach(o -> out.println("  " + Text.line(o.title())
          + o.organisation().map(org -> ", " + Text.names(report, List.of(org))).orElse("")
          + o.from().map(f -> ", from " + f).orElse("") + o.to().map(t -> " to " + t).orElse("")
          + (o.acting() ? " (acting)" : "")));
    }
    if (!p.officeHolders().isEmpty()) {
      out.println();
      out.println("Office holders");
      for (OfficeHolding h : p.officeHolders()) {
        out.println("  " + Text.line(Text.names(report, List.of(h.holder())) + ", " + h.office().title())
            + h.office().from().map(f -> ", from " + f).orElse("") + h.office().to().map(t -> " to " + t).orElse(""));
      }
    }
    section(out, "Money given", p.moneyGiven(), l -> l.id() + ": " + Text.word(l.kind()) + " to "
        + Text.names(report, l.borrowers()) + l.amount().map(x -> ", " + Text.amount(x)).orElse("")
        + ", " + Text.word(l.status()) + l.date().map(d -> ", " + d).orElse(""));
    section(out, "Money received", p.moneyReceived(), l -> l.id() + ": " + Text.word(l.kind()) + " from "
        + Text.names(report, l.lenders()) + l.amount().map(x -> ", " + Text.amount(x)).orElse("")
        + ", " + Text.word(l.status()) + l.date().map(d -> ", " + d).orElse(""));
    section(out, "Agreements", p.agreements(), g -> g.id() + ": " + g.name().orElse(g.summary()) + " ("
        + Text.word(g.kind()) + ", " + Text.word(g.status()) + g.date().map(d -> ", " + d).orElse("") + ")");
    section(out, "Recommendations addressed to it", p.recommendationsAddressed(), r -> r.number() + ". " + r.summary());
    section(out, "Recommendations about it", p.recommendationsAbout(), r -> r.number() + ". " + r.summary());
    section(out, "Events", p.events(), e -> e.when() + " " + e.summary());
    section(out, "Relations", p.relations(), r -> Text.names(report, List.of(r.from())) + " "
        + Text.word(r.kind()).replace('-', ' ') + " " + Text.names(report, List.of(r.to())));
    section(out, "Figures", p.figures(), f -> f.id() + ": " + f.summary());
    section(out, "Assessments", p.assessments(), x -> Text.word(x.kind()) + ": " + x.summary());
    section(out, "Footnotes", p.citations(), c -> c.footnote() + ". " + String.join(", ", c.authors())
        + (c.authors().isEmpty() ? "" : ", ") + c.title().orElse("") + c.outlet().map(o -> " (" + o + ")").orElse(""));
  }

  private static <T> void section(PrintStream out, String title, List<T> items, Function<T, String> line) {
    if (items.isEmpty()) {
      return;
    }
    out.println();
    out.println(title + " (" + items.size() + ")");
    items.forEach(i -> out.println("  " + Text.line(line.apply(i))));
  }

  static void json(ActorProfile p, PrintStream out) {
    try (JsonGenerator g = FactJson.pretty(out)) {
      g.writeStartObject();
      g.writeFieldName("actor");
      FactJson.write(p.actor(), g);
      list(g, "moneyGiven", p.moneyGiven());
      list(g, "moneyReceived", p.moneyReceived());
      list(g, "agreements", p.agreements());
      list(g, "recommendationsAddressed", p.recommendationsAddressed());
      list(g, "recommendationsAbout", p.recommendationsAbout());
      list(g, "events", p.events());
      list(g, "relations", p.relations());
      list(g, "figures", p.figures());
      list(g, "assessments", p.assessments());
      list(g, "citations", p.citations());
      g.writeEndObject();
      g.writeRaw('\n');
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void list(JsonGenerator g, String name, List<? extends Fact> facts) throws IOException {
    g.writeArrayFieldStart(name);
    for (Fact f : facts) {
      FactJson.write(f, g);
    }
    g.writeEndArray();
  }
}
