package io.github.bilateral.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Report;
import io.github.bilateral.query.Link;
import io.github.bilateral.query.LinkKind;
import io.github.bilateral.query.RelationGraph;
import io.github.bilateral.query.ReportQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code graph}: the links between actors, from relations, money, agreements and offices. */
@Command(name = "graph",
    mixinStandardHelpOptions = true,
    description = {
        "List the links of the relation graph: every relation between two actors, every lender and borrower of"
            + " money (lends-to), the parties of each agreement (party-with) and each person's offices"
            + " (holds-office-in), each with the fact it comes from.",
        "For a picture, use: export --format dot or export --format mermaid."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  java -jar examples/target/bilateral.jar graph --actor imf",
        "  java -jar examples/target/bilateral.jar graph --kind lends-to --json",
        "  java -jar examples/target/bilateral.jar graph --path usaid --path china"})
final class GraphCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @ParentCommand
  Bilateral top;

  @Mixin
  DataOption data;

  @Option(names = "--actor", paramLabel = "ACTOR", description = "Only the links of this actor (id, name or alias).")
  @Nullable String actor;

  @Option(names = "--kind", paramLabel = "KIND", description = "Only links of this kind, such as lends-to, member-of,"
      + " leads, allied-with, party-with, holds-office-in; repeat for several.")
  List<String> kinds = new ArrayList<>();

  @Option(names = "--path", paramLabel = "ACTOR", arity = "1",
      description = "Give twice: print the shortest chains of links between the two actors, each shape once.")
  List<String> path = new ArrayList<>();

  @Option(names = "--json", description = "Print a JSON array of links: from, kind, to and the fact they come from.")
  boolean json;

  @Mixin
  WideOption wide;

  @Override
  public void run() {
    Report report = data.load();
    ReportQuery q = ReportQuery.shared(report);
    RelationGraph g = q.graph();
    if (!kinds.isEmpty()) {
      Set<LinkKind> wanted = new java.util.LinkedHashSet<>();
      kinds.forEach(k -> wanted.add(Resolve.constant(spec, "--kind", LinkKind.class, k)));
      g = g.subgraph(wanted);
    }
    if (!path.isEmpty()) {
      if (path.size() != 2) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--path: give exactly two actors");
      }
      ActorId a = Resolve.actor(spec, "--path", q, path.get(0));
      ActorId b = Resolve.actor(spec, "--path", q, path.get(1));
      var paths = g.shortestPaths(a, b);
      if (paths.isEmpty()) {
        top.out.println("no chain of links between " + a + " and " + b);
      }
      // Chains through different facts of the same kinds read the same: print each shape once, with its
      // count, in alphabetical order (the graph gives paths in no fixed order).
      java.util.Map<String, Integer> shapes = new java.util.TreeMap<>();
      for (var p : paths) {
        StringBuilder sb = new StringBuilder(Text.names(report, List.of(a)));
        ActorId at = a;
        for (Link l : p.links()) {
          ActorId next = l.other(at);
          String kind = Text.word(l.kind()).replace('-', ' ');
          sb.append(l.from().equals(at) ? " -[" + kind + "]-> " : " <-[" + kind + "]- ")
              .append(Text.names(report, List.of(next)));
          at = next;
        }
        shapes.merge(sb.toString(), 1, Integer::sum);
      }
      shapes.forEach((shape, n) -> top.out.println(Text.line(shape) + (n > 1 ? "  (" + n + " ways, through different facts)" : "")));
      return;
    }
    // The graph's sets have no fixed order; sort so that the same report always prints the same lines.
    List<Link> links = new ArrayList<>(actor == null ? g.links() : g.links(Resolve.actor(spec, "--actor", q, actor)));
    links.sort(java.util.Comparator.<Link, String>comparing(l -> l.from().value())
        .thenComparing(l -> l.to().value()).thenComparing(Link::kind).thenComparing(Link::source));
    if (json) {
      try (JsonGenerator gen = FactJson.pretty(top.out)) {
        gen.writeStartArray();
        for (Link l : links) {
          gen.writeStartObject();
          gen.writeStringField("from", l.from().value());
          gen.writeStringField("kind", Text.word(l.kind()));
          gen.writeStringField("to", l.to().value());
          gen.writeStringField("source", l.source().toString());
          gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeRaw('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    Table t = new Table("from", "link", "to", "source");
    for (Link l : links) {
      t.row(Text.names(report, List.of(l.from())), Text.word(l.kind()), Text.names(report, List.of(l.to())),
          l.source().toString());
    }
    t.print(top.out, top.columns, wide.wide);
    top.out.println("(" + links.size() + (links.size() == 1 ? " link)" : " links)"));
  }
}
