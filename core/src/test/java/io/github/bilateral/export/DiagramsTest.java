package io.github.bilateral.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.io.Reports;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Report;
import io.github.bilateral.query.DateRange;
import io.github.bilateral.query.Link;
import io.github.bilateral.query.ReportQuery;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DiagramsTest {

  private static final Report REPORT = Reports.usPakistan2023();

  @Test
  void dotHasEveryActorAndEveryLink() {
    String dot = JsonLinesTest.export(REPORT, ExportFormat.DOT);
    ReportQuery q = ReportQuery.shared(REPORT);
    assertThat(dot).startsWith("digraph \"mei-2023-us-pakistan\" {\n").endsWith("}\n");
    Pattern node = Pattern.compile("^  \"([a-z0-9-]+)\" \\[label=\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.MULTILINE);
    Pattern edge = Pattern.compile("^  \"([a-z0-9-]+)\" -> \"([a-z0-9-]+)\" \\[label=\"([a-z ]+)\", tooltip=\"([a-z]+:[a-z0-9-]+)\"\\];$",
        Pattern.MULTILINE);
    Set<String> nodes = new HashSet<>();
    for (Matcher m = node.matcher(dot); m.find(); ) {
      nodes.add(m.group(1));
    }
    assertThat(nodes).hasSize(q.graph().actors().size());
    int edges = 0;
    for (Matcher m = edge.matcher(dot); m.find(); ) {
      assertThat(nodes).contains(m.group(1), m.group(2));
      edges++;
    }
    assertThat(edges).isEqualTo(q.graph().links().size());
    assertThat(dot).contains("  \"imf\" -> \"pakistan\" [label=\"lends to\", tooltip=\"loan:imf-sba-2023\"];\n");
    assertThat(dot).contains("  \"anwar-ul-haq-kakar\" [label=\"Anwar-ul-Haq Kakar\", shape=ellipse];\n");
  }

  @Test
  void dotEscapesQuotesAndBackslashes() {
    assertThat(Diagrams.dotString("say \"hi\" \\ now\nthen")).isEqualTo("\"say \\\"hi\\\" \\\\ now\\nthen\"");
  }

  @Test
  void mermaidHasATimelineAndAFlowchart() {
    String md = JsonLinesTest.export(REPORT, ExportFormat.MERMAID);
    List<String> blocks = blocks(md);
    assertThat(blocks).hasSize(2);
    String timeline = blocks.get(0);
    assertThat(timeline).startsWith("timeline\n    title ");
    for (String line : timeline.lines().skip(2).toList()) {
      // A period, then events separated by " : "; any other colon, # or ; is an entity code.
      assertThat(line).matches("    (early |mid |late )?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?( : ([^:#;%<>&\"\n]|#[a-z0-9]+;)+)+");
    }
    assertThat(timeline.lines().skip(2).mapToInt(l -> l.split(" : ").length - 1).sum())
        .isEqualTo(ReportQuery.shared(REPORT).timeline().entries().size());

    String flow = blocks.get(1);
    assertThat(flow).startsWith("flowchart LR\n");
    long edges = flow.lines().filter(l -> l.contains(" -->|\"")).count();
    assertThat(edges).isEqualTo(ReportQuery.shared(REPORT).graph().links().size());
    for (String line : flow.lines().skip(1).toList()) {
      assertThat(line).matches("    (a_[a-z0-9_]+\\[\"[^\"]+\"\\]|a_[a-z0-9_]+ -->\\|\"[a-z ]+\"\\| a_[a-z0-9_]+)");
    }
  }

  @Test
  void mermaidOfOneActorInOneYear() {
    ReportQuery q = ReportQuery.shared(REPORT);
    ActorId imf = ActorId.of("imf");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Set<Link> links = q.graph().links(imf);
    Exporter.mermaid(REPORT, q.timeline().involving(imf).dated(DateRange.parse("2023")).entries(), List.of(imf), links, out);
    List<String> blocks = blocks(out.toString(StandardCharsets.UTF_8));
    assertThat(blocks.get(0)).contains("    2023-07 : The IMF approves a $3 billion");
    assertThat(blocks.get(0)).doesNotContain("2022");
    assertThat(blocks.get(1)).contains("    a_imf -->|\"lends to\"| a_pakistan\n");
    assertThat(blocks.get(1).lines().filter(l -> l.contains("-->")).count()).isEqualTo(links.size());
    ByteArrayOutputStream none = new ByteArrayOutputStream();
    Exporter.mermaid(REPORT, List.of(), List.of(), List.of(), none);
    assertThat(none.size()).isZero();
  }

  @Test
  void mermaidTextIsEntityCodesForEverySyntaxOrMarkupCharacter() {
    assertThat(Diagrams.timelineText("Budget: a #1 plan; 50% done")).isEqualTo("Budget#58; a #35;1 plan#59; 50#37; done");
    assertThat(Diagrams.timelineText("x".repeat(100))).hasSize(Diagrams.TIMELINE_TEXT).endsWith("…");
    assertThat(Diagrams.text("say \"hi\" `now`")).isEqualTo("say #quot;hi#quot; #96;now#96;");
    assertThat(Diagrams.text("<img src=x onerror=alert(1)> & #lt;"))
        .isEqualTo("#lt;img src=x onerror=alert(1)#gt; #amp; #35;lt#59;");
    assertThat(Diagrams.text(" two\nlines ")).isEqualTo("two lines");
  }

  private static final String MARKUP = "<img src=x onerror=alert(1)> & \"q\" #lt; &lt; `b` 50%% a: b; c";

  /** The bundled report with markup in its title, in the IMF's name and in the summary of an event of the IMF. */
  private static Report hostile() {
    Report r = REPORT.withMetadata(REPORT.metadata().withTitle(MARKUP));
    List<io.github.bilateral.model.Actor> actors = new java.util.ArrayList<>(r.actors());
    actors.replaceAll(a -> a.id().value().equals("imf") ? a.withName(MARKUP) : a);
    List<io.github.bilateral.model.Event> events = new java.util.ArrayList<>(r.events());
    io.github.bilateral.model.Event first = events.stream().filter(e -> e.actors().contains(ActorId.of("imf")))
        .findFirst().orElseThrow();
    events.replaceAll(e -> e.id().equals(first.id()) ? e.withSummary(MARKUP) : e);
    return r.withActors(actors).withEvents(events);
  }

  @Test
  void markupInANameTitleOrSummaryNeverReachesMermaidAsMarkup() {
    String md = JsonLinesTest.export(hostile(), ExportFormat.MERMAID);
    String coded = "#lt;img src=x onerror=alert(1)#gt; #amp; #quot;q#quot; #35;lt#59; #amp;lt#59; #96;b#96; 50#37;#37; a#58; b#59; c";
    for (String block : blocks(md)) {
      // Outside the quotes that delimit flowchart labels, no character of HTML or of Mermaid syntax.
      String withoutDelimiters = block.replace(" -->|\"", "").replaceAll("\\[\"|\"\\]|\"\\|", "");
      assertThat(withoutDelimiters).doesNotContain("<", ">", "&", "\"", "`", "%");
    }
    assertThat(blocks(md).get(0)).contains("    title " + coded + "\n").contains(" : " + coded);
    assertThat(blocks(md).get(1)).contains("    a_imf[\"" + coded + "\"]\n");
  }

  @Test
  void dotLabelsAreQuotedStringsThatGraphvizShowsAsGiven() {
    String dot = JsonLinesTest.export(hostile(), ExportFormat.DOT);
    // & as &amp;, since Graphviz reads &lt; in a label as <; quotes escaped; never an HTML-like <label>
    String quoted = "\"<img src=x onerror=alert(1)> &amp; \\\"q\\\" #lt; &amp;lt; `b` 50%% a: b; c\"";
    assertThat(dot).contains("  graph [rankdir=LR, label=" + quoted + ", labelloc=t];\n");
    assertThat(dot).contains("  \"imf\" [label=" + quoted + "];\n");
    assertThat(dot).doesNotContain("label=<");
    assertThat(Diagrams.dotLabel("R&D \\N")).isEqualTo("\"R&amp;D \\\\N\"");
  }

  /** Returns the contents of the ```mermaid fences of a Markdown text. */
  static List<String> blocks(String markdown) {
    List<String> out = new java.util.ArrayList<>();
    Matcher m = Pattern.compile("```mermaid\n(.*?)```\n", Pattern.DOTALL).matcher(markdown);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
  @Test
  void textIsCutAtEightyCodePointsAndCarriageReturnsAreDropped() {
    String eighty = "\uD83C\uDDF5" + "x".repeat(78) + "\uD83C\uDDF5";
    assertThat(Diagrams.timelineText(eighty)).isEqualTo(eighty);
    String cut = Diagrams.timelineText(eighty + "y");
    assertThat(cut.codePointCount(0, cut.length())).isEqualTo(Diagrams.TIMELINE_TEXT);
    assertThat(cut).isEqualTo("\uD83C\uDDF5" + "x".repeat(78) + "…");
    assertThat(Diagrams.timelineText("a" + " ".repeat(78) + "b  c")).isEqualTo("a b c");
    assertThat(Diagrams.timelineText("x".repeat(78) + "    yz")).isEqualTo("x".repeat(78) + "…");
    assertThat(Diagrams.dotString("a\r\nb")).isEqualTo("\"a\\nb\"");
    assertThat(Diagrams.nodeId(ActorId.of("a-b-c"))).isEqualTo("a_a_b_c");
  }

  @Test
  void aDiagramOfOnlyATimelineOrOnlyActorsHasOneBlockAndAnActorOutsideTheReportIsNamedByItsId() {
    ReportQuery q = ReportQuery.shared(REPORT);
    ByteArrayOutputStream timeline = new ByteArrayOutputStream();
    Exporter.mermaid(REPORT, q.timeline().dated(DateRange.parse("2023-07")).entries(), List.of(), List.of(), timeline);
    String md = timeline.toString(StandardCharsets.UTF_8);
    assertThat(md).startsWith("```mermaid\ntimeline\n").endsWith("```\n");
    assertThat(blocks(md)).hasSize(1);
    ByteArrayOutputStream actors = new ByteArrayOutputStream();
    Exporter.mermaid(REPORT, List.of(), List.of(ActorId.of("nobody-here"), ActorId.of("imf")), List.of(), actors);
    assertThat(actors.toString(StandardCharsets.UTF_8)).isEqualTo(
        "```mermaid\nflowchart LR\n    a_nobody_here[\"nobody-here\"]\n    a_imf[\"IMF\"]\n```\n");
    ByteArrayOutputStream dot = new ByteArrayOutputStream();
    Exporter.dot(REPORT, List.of(ActorId.of("nobody-here")), List.of(), dot);
    assertThat(dot.toString(StandardCharsets.UTF_8)).contains("  \"nobody-here\" [label=\"nobody-here\"];\n");
  }

  @Test
  void entriesOfOneDateShareOneLineOfTheTimeline() {
    ReportQuery q = ReportQuery.shared(REPORT);
    List<io.github.bilateral.query.TimelineEntry> entries = q.timeline().entries();
    Map<String, Long> perDate = entries.stream().collect(java.util.stream.Collectors.groupingBy(
        e -> e.date().toString(), java.util.LinkedHashMap::new, java.util.stream.Collectors.counting()));
    List<String> lines = Diagrams.timeline(REPORT, entries).lines().skip(2).toList();
    assertThat(lines).hasSize(perDate.size());
    int i = 0;
    for (Map.Entry<String, Long> d : perDate.entrySet()) {
      assertThat(lines.get(i)).startsWith("    " + d.getKey() + " : ");
      assertThat(lines.get(i).split(" : ")).hasSize(d.getValue().intValue() + 1);
      i++;
    }
    assertThat(perDate.values()).anyMatch(n -> n > 1);
  }
  @Test
  void dotStartsWithItsDefaultsAndDrawsLinksInOrderOfTheirEnds() {
    String dot = JsonLinesTest.export(REPORT, ExportFormat.DOT);
    assertThat(dot.lines().limit(4)).containsExactly("digraph \"mei-2023-us-pakistan\" {",
        "  graph [rankdir=LR, label=\"" + REPORT.metadata().title() + "\", labelloc=t];",
        "  node [shape=box, style=rounded, fontname=\"Helvetica\"];",
        "  edge [fontname=\"Helvetica\", fontsize=10];");
    List<String> ends = new java.util.ArrayList<>();
    Matcher m = Pattern.compile("^  \"([a-z0-9-]+)\" -> \"([a-z0-9-]+)\"", Pattern.MULTILINE).matcher(dot);
    while (m.find()) {
      ends.add(m.group(1) + " " + m.group(2));
    }
    assertThat(ends).hasSizeGreaterThan(10).isSortedAccordingTo(java.util.Comparator.comparing((String s) -> s.split(" ")[0])
        .thenComparing(s -> s.split(" ")[1]));
    String md = JsonLinesTest.export(REPORT, ExportFormat.MERMAID);
    assertThat(md).contains("```\n\n```mermaid\nflowchart LR\n");
  }
}
