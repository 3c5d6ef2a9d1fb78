package io.github.bilateral.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.export.Exporter;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.ActorId;
import io.github.bilateral.model.Report;
import io.github.bilateral.query.ReportQuery;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a small program that requires every published module, with nothing but the module path,
 * and runs it there in a child JVM: the module declarations export what a user needs, require what
 * the code loads (Guava, Jackson 2 and 3, FastCSV), and the bundled data loads from inside the core
 * module.
 */
class ModulePathTest {

  /** The published modules and the libraries they need; nothing of the tests' own class path. */
  private static final Pattern MODULE_PATH = Pattern.compile(
      ".*(/(core|testing|binding|jackson|jackson3)/target/classes|/bilateral-(core|testing|binding|jackson|jackson3)-[^/]*\\.jar"
          + "|/(guava|failureaccess|jackson-core|jackson-databind|jackson-annotations|fastcsv|jspecify)-[^/]*\\.jar)");

  private static final String MODULE_INFO = String.join("\n",
      "module consumer {",
      "  requires io.github.bilateral.jackson;",
      "  requires io.github.bilateral.jackson3;",
      "  requires io.github.bilateral.testing;",
      "}");

  private static final String MAIN = String.join("\n",
      "package consumer;",
      "",
      "import io.github.bilateral.export.Exporter;",
      "import io.github.bilateral.io.ReportReader;",
      "import io.github.bilateral.io.ReportWriter;",
      "import io.github.bilateral.io.Reports;",
      "import io.github.bilateral.model.ActorId;",
      "import io.github.bilateral.model.Loan;",
      "import io.github.bilateral.model.LoanId;",
      "import io.github.bilateral.model.Report;",
      "import io.github.bilateral.testing.Generators;",
      "import java.io.ByteArrayOutputStream;",
      "import java.nio.charset.StandardCharsets;",
      "import java.util.SplittableRandom;",
      "",
      "public class Main {",
      "  public static void main(String[] args) throws Exception {",
      "    Report report = Reports.usPakistan2023();",
      "    Loan loan = report.findLoan(LoanId.of(\"imf-sba-2023\")).orElseThrow();",
      "    ByteArrayOutputStream csv = new ByteArrayOutputStream();",
      "    Exporter.csvTable(report, \"loans\", csv);",
      "    var jackson2 = com.fasterxml.jackson.databind.json.JsonMapper.builder()",
      "        .addModule(new io.github.bilateral.jackson.BilateralModule()).build();",
      "    var jackson3 = tools.jackson.databind.json.JsonMapper.builder()",
      "        .addModule(new io.github.bilateral.jackson3.BilateralModule()).build();",
      "    String json = jackson2.writeValueAsString(loan);",
      "    Report generated = Generators.reports().generate(new SplittableRandom(1), 5);",
      "    System.out.println(Main.class.getModule().getName() + \" uses \" + Report.class.getModule().getName());",
      "    System.out.println(loan.id() + \": \" + io.github.bilateral.query.ReportQuery.of(report).loans().lender(ActorId.of(\"china\")).list().size()",
      "        + \" loans from china, \" + csv.toString(StandardCharsets.UTF_8).lines().count() + \" csv lines\");",
      "    System.out.println(\"jackson 2 and 3 agree: \" + json.equals(jackson3.writeValueAsString(loan))",
      "        + \", read back: \" + jackson3.readValue(json, Loan.class).equals(loan));",
      "    System.out.println(\"generated report round trip: \"",
      "        + ReportReader.strict().readString(ReportWriter.canonical().toJson(generated)).equals(generated));",
      "  }",
      "}");

  static String modulePath() {
    String path = System.getProperty("jdk.module.path", "") + File.pathSeparator + System.getProperty("java.class.path");
    List<String> entries = Stream.of(path.split(Pattern.quote(File.pathSeparator)))
        .filter(e -> MODULE_PATH.matcher(e.replace(File.separatorChar, '/')).matches())
        .distinct()
        .collect(Collectors.toList());
    assertThat(entries).as("module path entries in %s", path).hasSizeGreaterThanOrEqualTo(11);
    return String.join(File.pathSeparator, entries);
  }

  @Test
  void aProgramOnTheModulePathUsesEveryPublishedModule(@TempDir Path dir) throws IOException, InterruptedException {
    String modulePath = modulePath();
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("consumer"));
    Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(src.resolve("consumer/Main.java"), MAIN);
    Path out = dir.resolve("out");

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, "--module-path", modulePath, "-d", out.toString(),
        "-Xlint:all", src.resolve("module-info.java").toString(), src.resolve("consumer/Main.java").toString());
    assertThat(status).as("compilation: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process run = new ProcessBuilder(java.toString(), "--module-path", out + File.pathSeparator + modulePath,
        "-m", "consumer/consumer.Main")
        .redirectErrorStream(true)
        .start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(run.exitValue()).as(output).isZero();
    // The same answers as on the class path, where this test runs.
    Report report = Reports.usPakistan2023();
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    Exporter.csvTable(report, "loans", csv);
    assertThat(output.lines()).containsExactly(
        "consumer uses io.github.bilateral.core",
        "imf-sba-2023: " + ReportQuery.of(report).loans().lender(ActorId.of("china")).list().size() + " loans from china, "
            + csv.toString(StandardCharsets.UTF_8).lines().count() + " csv lines",
        "jackson 2 and 3 agree: true, read back: true",
        "generated report round trip: true");
  }
}
