package io.github.bilateral.examples;

import io.github.bilateral.export.ExportFormat;
import io.github.bilateral.export.Exporter;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.Report;
import io.github.bilateral.query.ReportQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Shows how to write the relation graph as a picture: the whole graph as Graphviz DOT, and one
 * actor's links and timeline as Mermaid, which GitHub renders in Markdown.
 *
 * <p>Usage: {@code DrawRelationGraph [FOLDER [ACTOR]]}; then {@code dot -Tsvg FOLDER/graph.dot > graph.svg}.
 */
public final class DrawRelationGraph {

  private DrawRelationGraph() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : ".");
    Report report = Reports.usPakistan2023();
    ReportQuery q = ReportQuery.shared(report);
    Files.createDirectories(folder);

    // The whole graph: every actor, every link from relations, money, agreements and offices.
    Exporter.exportTo(report, ExportFormat.DOT, folder.resolve("graph.dot"));

    // One actor: its links, and its entries on the timeline.
    Actor actor = q.requireActor(args.length > 1 ? args[1] : "IMF");
    try (OutputStream out = Files.newOutputStream(folder.resolve(actor.id() + ".md"))) {
      Exporter.mermaid(report, q.timeline().involving(actor.id()).entries(), List.of(actor.id()),
          q.graph().links(actor.id()), out);
    }
    System.out.println("wrote " + folder.resolve("graph.dot") + " (" + q.graph().links().size() + " links) and "
        + folder.resolve(actor.id() + ".md") + " (" + q.graph().links(actor.id()).size() + " links)");
  }
}
