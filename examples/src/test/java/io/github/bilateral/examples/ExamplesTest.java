package io.github.bilateral.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.io.Reports;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** Runs every example, so that none can rot. */
@ResourceLock(Resources.SYSTEM_OUT)
class ExamplesTest {

  /** The body of an example's main method. */
  interface Main {
    void run() throws Exception;
  }

  /** Runs an example's main method and returns what it printed. */
  static String printed(Main main) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void loadBundledReport() throws Exception {
    String out = printed(() -> LoadBundledReport.main(new String[0]));
    assertThat(out).startsWith("Managing US Relations with Pakistan in Uncertain Times: Opportunities and Obstacles\n");
    assertThat(out).contains("784 facts: 156 actors, 26 loans and other money, 15 recommendations",
        "imf-sba-2023: USD 3000000000 over P9M", "footnotes [19]");
  }

  @Test
  void canonicalizeReportRewritesAFileInCanonicalForm(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.json");
    Path out = dir.resolve("out.json");
    String canonical = ReportWriter.canonical().toJson(Reports.usPakistan2023());
    Files.writeString(in, canonical.replace("\n", "\n  "), StandardCharsets.UTF_8);
    String printed = printed(() -> CanonicalizeReport.main(new String[] {in.toString(), out.toString()}));
    assertThat(printed).isEqualTo("wrote " + out + " (784 facts)\n");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(canonical);
    assertThat(ReportReader.strict().read(out)).isEqualTo(Reports.usPakistan2023());
  }

  @Test
  void canonicalizeReportListsTheProblemsOfABadFile(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("bad.json");
    Files.writeString(in, "{\"schemaVersion\": 1, \"metadata\": {\"id\": \"Bad Id\"}}", StandardCharsets.UTF_8);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = CanonicalizeReport.run(new String[] {in.toString()}, System.out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(1);
    String text = err.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith(in + ": ").contains("  metadata.id (line 1, column ");
    assertThat(CanonicalizeReport.run(new String[0], System.out, new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
  }

  @Test
  void chinaLoansToPakistan() throws Exception {
    String out = printed(() -> ChinaLoansToPakistan.main(new String[0]));
    assertThat(out).contains("china-loan-2023-02-gbp (BILATERAL_LOAN, COMMITTED): £580m, 2023-02\n");
    assertThat(out).contains("china-rollover-2023-07 (ROLLOVER, ROLLED_OVER): $2.4 billion, 2023-07-27\n");
    assertThat(out.lines().filter(l -> l.startsWith("china") || l.startsWith("cpec")).count()).isEqualTo(9);
    assertThat(out).endsWith("total: GBP 580000000; USD ~32000000000 [29000000000..35000000000]\n");
  }

  @Test
  void whatUsaidIsAskedToDo() throws Exception {
    String out = printed(() -> WhatUsaidIsAskedToDo.main(new String[0]));
    assertThat(out).startsWith("6. USAID and USTDA can do more to transfer green technology");
    assertThat(out.lines().filter(l -> l.matches("[0-9]+\\. .*")).count()).isEqualTo(
        Reports.usPakistan2023().recommendations().stream()
            .filter(r -> r.addressees().contains(io.github.bilateral.model.ActorId.of("usaid"))).count());
  }

  @Test
  void profileOfAnActor() throws Exception {
    String out = printed(() -> ProfileOfAnActor.main(new String[0]));
    assertThat(out).startsWith("Anwar-ul-Haq Kakar, also [Anwaar-ul-Haq Kakar");
    assertThat(out).contains("  office: caretaker Prime Minister from mid 2023-08\n", "footnotes behind it all: [");
    assertThat(printed(() -> ProfileOfAnActor.main(new String[] {"imf"}))).startsWith("IMF, also [");
  }

  @Test
  void timeline2023() throws Exception {
    String out = printed(() -> Timeline2023.main(new String[0]));
    var lines = out.lines().toList();
    assertThat(lines.get(lines.size() - 1)).matches("[0-9]+ dated facts in 2023");
    assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(l -> assertThat(l).matches("((early|mid|late) )?2023.*"));
    assertThat(out).contains("2023-07-27  loan:china-rollover-2023-07  ");
  }

  @Test
  void drawRelationGraph(@TempDir Path dir) throws Exception {
    String out = printed(() -> DrawRelationGraph.main(new String[] {dir.toString(), "usaid"}));
    assertThat(out).startsWith("wrote " + dir.resolve("graph.dot"));
    assertThat(Files.readString(dir.resolve("graph.dot"))).startsWith("digraph ").contains("\"usaid\" -> ");
    String md = Files.readString(dir.resolve("usaid.md"));
    assertThat(md).startsWith("```mermaid\ntimeline\n").contains("```mermaid\nflowchart LR\n", "a_usaid");
  }

  @Test
  void canonicalizeReportKeepsUnknownFieldsWhenLenient(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.json");
    Path out = dir.resolve("out.json");
    String canonical = ReportWriter.canonical().toJson(Reports.usPakistan2023());
    String newer = canonical.replaceFirst("\n}\n$", ",\n  \"generator\": \"a newer tool\"\n}\n");
    assertThat(newer).isNotEqualTo(canonical);
    Files.writeString(in, newer, StandardCharsets.UTF_8);
    assertThat(CanonicalizeReport.run(new String[] {"--lenient", in.toString(), out.toString()}, System.out, System.err))
        .isEqualTo(0);
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(newer);
    assertThat(ReportReader.lenient().read(out).unknownFields().get("generator")).hasValue("\"a newer tool\"");
  }
}
