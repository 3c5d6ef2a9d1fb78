package io.github.bilateral;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.model.Report;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's code that uses the library compiles with {@code -Xlint:all -Werror}: nothing in the
 * library's class files makes the user's compiler warn.
 *
 * <p>The consumer is compiled against the library's classes and its run-time dependencies only, as a
 * user's build sees them: the compile-only Immutables annotations are not on its class path. It names
 * every public type of the library, so that the compiler reads each of their class files, and calls
 * the API a user starts with.
 */
class StrictConsumerCompileTest {

  private static final String USE = String.join("\n",
      "    Report report = Reports.usPakistan2023();",
      "    Loan standby = report.findLoan(LoanId.of(\"imf-sba-2023\")).orElseThrow();",
      "    Loan repaid = standby.withStatus(LoanStatus.REPAID);",
      "    Loan copy = Loan.builder().from(repaid).build();",
      "    ReportQuery q = ReportQuery.shared(report);",
      "    MoneyTotals totals = q.loans().lender(ActorId.of(\"china\")).totals();",
      "    Exporter.export(report, ExportFormat.JSONL, java.io.OutputStream.nullOutputStream());",
      "    return totals.toString() + copy.id() + PartialDate.parse(\"mid 2023-08\").toRange();");

  @Test
  void codeUsingTheLibraryCompilesWithAllLintWarningsAsErrors(@TempDir Path dir) throws IOException {
    Path classes = mainClasses();
    StringBuilder source = new StringBuilder()
        .append("import io.github.bilateral.export.*;\n")
        .append("import io.github.bilateral.io.*;\n")
        .append("import io.github.bilateral.model.*;\n")
        .append("import io.github.bilateral.query.*;\n\n")
        .append("public final class Consumer {\n")
        .append("  static final Class<?>[] TYPES = {\n");
    for (String type : publicTypes(classes)) {
      source.append("    ").append(type).append(".class,\n");
    }
    source.append("  };\n\n")
        .append("  static String use() throws java.io.IOException {\n").append(USE).append("\n  }\n}\n");
    Path file = dir.resolve("Consumer.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17", "-proc:none",
          "-d", dir.resolve("out").toString(), "-classpath", userClassPath(classes));
      compiled = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(file)).call();
    }

    String messages = diagnostics.getDiagnostics().stream()
        .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
    assertThat(diagnostics.getDiagnostics()).as(messages).noneMatch(d -> d.getKind() != Diagnostic.Kind.NOTE);
    assertThat(compiled).as(messages).isTrue();
    assertThat(source.toString()).contains("Loan.Builder.class", "ReportQuery.class", "Exporter.class");
  }

  /** The directory of the library's compiled classes: what the jar holds. */
  private static Path mainClasses() {
    try {
      return Path.of(Report.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The test's class path less this module's tests and the compile-only Immutables annotations. */
  private static String userClassPath(Path classes) {
    List<String> path = new ArrayList<>();
    path.add(classes.toString());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.isEmpty() || Path.of(entry).equals(classes) || entry.endsWith("test-classes")
          || entry.replace('\\', '/').contains("/org/immutables/")) {
        continue;
      }
      path.add(entry);
    }
    return String.join(File.pathSeparator, path);
  }

  /** The canonical names of the public types, nested ones included, in the library's packages. */
  private static List<String> publicTypes(Path classes) throws IOException {
    List<String> types = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(classes.resolve("io/github/bilateral"))) {
      for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
        String name = classes.relativize(p).toString().replace(File.separatorChar, '.');
        if (!name.endsWith(".class") || name.endsWith("package-info.class")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
              StrictConsumerCompileTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
        // A deprecated type warns by design wherever it is named; the consumer names only current ones.
        if (isVisible(type) && !type.isAnnotationPresent(Deprecated.class)) {
          types.add(type.getCanonicalName());
        }
      }
    }
    assertThat(types).as("public types found in %s", classes).hasSizeGreaterThan(50);
    return types;
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
        return false;
      }
    }
    return type.getCanonicalName() != null;
  }
}
