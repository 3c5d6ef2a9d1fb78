package io.github.bilateral.export;

import com.google.common.collect.ImmutableMap;
import io.github.bilateral.model.Actor;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.ActorKind;
import io.github.bilateral.model.Report;
import io.github.bilateral.query.Link;
import io.github.bilateral.query.LinkKind;
import io.github.bilateral.query.TimelineEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@link ExportFormat#DOT} (the relation graph for Graphviz) and {@link ExportFormat#MERMAID}
 * (a Markdown document with a Mermaid timeline and a Mermaid flowchart of the relation graph, which
 * GitHub renders).
 */
final class Diagrams {

  /** The longest event text in a Mermaid timeline; longer summaries are cut with an ellipsis. */
  static final int TIMELINE_TEXT = 80;

  /**
   * The order links are drawn in: by the actor they start from, the actor they point to, their kind
   * and the fact they come from, so that the same report always gives the same text.
   */
  static final Comparator<Link> LINK_ORDER = Comparator.<Link, String>comparing(l -> l.from().value())
      .thenComparing(l -> l.to().value())
      .thenComparing(Link::kind)
      .thenComparing(Link::source);

  private Diagrams() {}

  static List<Link> sorted(Collection<Link> links) {
    return links.stream().sorted(LINK_ORDER).toList();
  }

  /** Returns a link kind as words: {@code lends to}. */
  static String words(LinkKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String name(Report report, ActorId id) {
    return report.findActor(id).map(Actor::name).orElse(id.value());
  }

  /** Returns the actors to draw: the given ones, then the ends of every link, without repeats. */
  private static Set<ActorId> nodes(Collection<ActorId> actors, Collection<Link> links) {
    Set<ActorId> nodes = new LinkedHashSet<>(actors);
    for (Link l : links) {
      nodes.add(l.from());
      nodes.add(l.to());
    }
    return nodes;
  }

  // ------------------------------------------------------------------ DOT

  static void dot(Report report, Collection<ActorId> actors, Collection<Link> unsorted, OutputStream out)
      throws IOException {
    List<Link> links = sorted(unsorted);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("digraph " + dotString(report.metadata().id().value()) + " {\n");
    w.write("  graph [rankdir=LR, label=" + dotLabel(report.metadata().title()) + ", labelloc=t];\n");
    w.write("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
    w.write("  edge [fontname=\"Helvetica\", fontsize=10];\n");
    for (ActorId id : nodes(actors, links)) {
      boolean person = report.findActor(id).map(a -> a.kind() == ActorKind.PERSON).orElse(false);
      w.write("  " + dotString(id.value()) + " [label=" + dotLabel(name(report, id))
          + (person ? ", shape=ellipse" : "") + "];\n");
    }
    for (Link l : links) {
      w.write("  " + dotString(l.from().value()) + " -> " + dotString(l.to().value())
          + " [label=" + dotLabel(words(l.kind())) + ", tooltip=" + dotLabel(l.source().toString()) + "];\n");
    }
    w.write("}\n");
    w.flush();
  }

  /**
   * Returns a DOT label or tooltip that Graphviz shows exactly as given: a {@linkplain #dotString
   * quoted string}, never an HTML-like label (which only {@code <...>} in place of the quotes
   * makes), with {@code &} as {@code &amp;}, since Graphviz reads HTML entities such as {@code &lt;}
   * in the text of every label.
   */
  static String dotLabel(String s) {
    return dotString(s.replace("&", "&amp;"));
  }

  /**
   * Returns a DOT quoted string: backslashes and quotes escaped, line breaks as {@code \n}; a doubled
   * backslash is one backslash to Graphviz, so no escape of its own ({@code \N}, {@code \l}...) is
   * ever made.
   */
  static String dotString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> { }
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  // ------------------------------------------------------------------ Mermaid

  static void mermaid(Report report, List<TimelineEntry> timeline, Collection<ActorId> actors,
      Collection<Link> unsorted, OutputStream out) throws IOException {
    List<Link> links = sorted(unsorted);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    if (!timeline.isEmpty()) {
      w.write("```mermaid\n");
      w.write(timeline(report, timeline));
      w.write("```\n");
    }
    Set<ActorId> nodes = nodes(actors, links);
    if (!nodes.isEmpty()) {
      if (!timeline.isEmpty()) {
        w.write("\n");
      }
      w.write("```mermaid\n");
      w.write(flowchart(report, nodes, links));
      w.write("```\n");
    }
    w.flush();
  }

  /** Returns a Mermaid timeline: one period per date, the facts of that date as its events. */
  static String timeline(Report report, List<TimelineEntry> entries) {
    Map<String, StringBuilder> periods = new LinkedHashMap<>();
    for (TimelineEntry e : entries) {
      periods.computeIfAbsent(e.date().toString(), d -> new StringBuilder())
          .append(" : ").append(timelineText(e.summary()));
    }
    StringBuilder sb = new StringBuilder("timeline\n");
    sb.append("    title ").append(text(report.metadata().title())).append('\n');
    for (Map.Entry<String, StringBuilder> p : periods.entrySet()) {
      sb.append("    ").append(p.getKey()).append(p.getValue()).append('\n');
    }
    return sb.toString();
  }

  /**
   * Returns an event's text for a Mermaid timeline: cut at {@link #TIMELINE_TEXT} characters, then
   * written with {@link #text}.
   */
  static String timelineText(String s) {
    String t = s.replaceAll("\\s+", " ").trim();
    if (t.codePointCount(0, t.length()) > TIMELINE_TEXT) {
      t = t.substring(0, t.offsetByCodePoints(0, TIMELINE_TEXT - 1)).stripTrailing() + "…";
    }
    return text(t);
  }

  /** Returns a Mermaid flowchart of the actors and the links, each link labelled with its kind. */
  static String flowchart(Report report, Set<ActorId> nodes, Collection<Link> links) {
    StringBuilder sb = new StringBuilder("flowchart LR\n");
    for (ActorId id : nodes) {
      sb.append("    ").append(nodeId(id)).append("[\"").append(text(name(report, id))).append("\"]\n");
    }
    for (Link l : links) {
      sb.append("    ").append(nodeId(l.from())).append(" -->|\"").append(text(words(l.kind()))).append("\"| ")
          .append(nodeId(l.to())).append('\n');
    }
    return sb.toString();
  }

  /** Returns a Mermaid node id for an actor: {@code a_} and the id with underscores for hyphens. */
  static String nodeId(ActorId id) {
    return "a_" + id.value().replace('-', '_');
  }

  /**
   * The characters Mermaid text is never given as they are, each with the entity code written for it.
   * Mermaid turns every {@code #name;} or {@code #number;} into the HTML entity {@code &name;} or
   * {@code &#number;} of the rendered diagram, in every kind of diagram, before its parser sees the
   * text; so the code is shown as its character and never read as syntax or markup. {@code #} is
   * coded too, since it begins every code. {@code <}, {@code >} and {@code &} would be markup where labels
   * are rendered as HTML; {@code "} ends a quoted label and {@code `} begins a Markdown string;
   * {@code :} separates a timeline's events, {@code ;} ends a statement, {@code %} begins a comment
   * ({@code %%}).
   */
  private static final ImmutableMap<Character, String> MERMAID_CODES = ImmutableMap.<Character, String>builder()
      .put('#', "#35;").put('&', "#amp;").put('<', "#lt;").put('>', "#gt;").put('"', "#quot;")
      .put('`', "#96;").put(':', "#58;").put(';', "#59;").put('%', "#37;")
      .buildOrThrow();

  /**
   * Returns text that Mermaid shows exactly as given and never reads as syntax or markup: on one
   * line, each character of {@link #MERMAID_CODES} as its entity code, such as {@code #lt;} for
   * {@code <}. Used for every label, title and event text of both diagrams.
   */
  static String text(String s) {
    String line = s.replaceAll("\\s+", " ").trim();
    StringBuilder sb = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      String code = MERMAID_CODES.get(c);
      if (code == null) {
        sb.append(c);
      } else {
        sb.append(code);
      }
    }
    return sb.toString();
  }
}
