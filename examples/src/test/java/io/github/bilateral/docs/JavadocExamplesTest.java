package io.github.bilateral.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.compare.ReportDiff;
import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.io.Reports;
import io.github.bilateral.model.Loan;
import io.github.bilateral.model.LoanId;
import io.github.bilateral.model.Report;
import io.github.bilateral.query.ReportQuery;
import io.github.bilateral.testing.Property;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Holds the published modules' Javadoc to three rules: every public type's own Javadoc shows an
 * example, every example compiles against the library as it is, and every example that can run on the
 * bundled report runs and gives the values its comments claim.
 *
 * <p>An example is a {@code <pre>{@code ...}</pre>} block in a Javadoc comment. It is compiled as
 * the body of a method that may throw any exception, with the library's packages, Guava's
 * collections, {@code java.util}, {@code java.io}, {@code java.math}, {@code java.nio.charset},
 * {@code java.nio.file} and {@code java.time} imported, and these names in scope for the values an
 * example starts from: {@code report}, {@code old}, {@code changed} and {@code myExtraction}
 * (reports), {@code q} (a {@code ReportQuery}), {@code diff} (a {@code ReportDiff}), {@code loan},
 * {@code json} (a {@code String}), {@code out} (an {@code OutputStream}) and {@code path}. A block
 * may begin with {@code static} methods of its own, which become members of the class around it.
 * Only the examples of a type that is itself deprecated may use deprecated API.
 *
 * <p>An example that touches no file (no {@code path}, {@code Path.of}, {@code Files} or {@code
 * System.in}) is also run, with {@code report}, {@code old} and {@code q} the bundled report and its
 * query, {@code changed} and {@code myExtraction} README's changed copy of it ({@link ChangedCopy}),
 * {@code diff} the difference between the two, {@code loan} the IMF's stand-by arrangement, {@code
 * json} that loan's canonical JSON and {@code out} a stream that discards what it is given. It must
 * not throw, and each value that a comment after one of its statements claims ({@code
 * report.findActor(ActorId.of("imf")).map(Actor::name);   // Optional[IMF]}) must be what the
 * statement gives; {@link JavadocClaims} says which comments are claims.
 */
class JavadocExamplesTest {

  /** The published modules, whose Javadoc users read. */
  private static final List<String> MODULES = List.of("core", "testing", "binding", "jackson", "jackson3");

  private static final List<String> IMPORTS = List.of(
      "io.github.bilateral.model.*", "io.github.bilateral.io.*", "io.github.bilateral.query.*",
      "io.github.bilateral.export.*", "io.github.bilateral.compare.*", "io.github.bilateral.testing.*",
      "io.github.bilateral.binding.*", "com.google.common.collect.*", "java.util.*", "java.io.*",
      "java.math.*", "java.nio.charset.*", "java.nio.file.*", "java.time.*");

  /** What each Jackson module's examples import besides; the two Jacksons' names clash. */
  private static final List<String> JACKSON_2 = List.of("io.github.bilateral.jackson.*",
      "com.fasterxml.jackson.databind.*", "com.fasterxml.jackson.databind.json.*", "com.fasterxml.jackson.core.type.*");

  private static final List<String> JACKSON_3 = List.of("io.github.bilateral.jackson3.*",
      "tools.jackson.databind.*", "tools.jackson.databind.json.*", "tools.jackson.core.type.*");

  private static final String VALUES = "static Report report, old, changed, myExtraction; static ReportQuery q;"
      + " static ReportDiff diff; static Loan loan; static String json; static OutputStream out; static Path path;";

  /** What an example that runs does not use: files, and standard input. */
  private static final Pattern FILE_OR_INPUT = Pattern.compile(
      "\\bpath\\b|Path\\.of|Files\\.|System\\.in");

  private static final Pattern BLOCK = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\*\\s*}</pre>", Pattern.DOTALL);

  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^public (?:final |abstract |sealed |non-sealed )*(?:class|interface|enum|record|@interface) (\\w+)",
      Pattern.MULTILINE);

  /** A type that is itself deprecated, whose examples cannot help using it. */
  private static final Pattern DEPRECATED_TYPE = Pattern.compile("^@Deprecated\\b.*\\n(?:@.*\\n)*public ", Pattern.MULTILINE);

  /** An example: the file it stands in, its first line there, and its text without the comment's stars. */
  record Example(Path file, int line, String module, String text, boolean ofDeprecatedType) {
    String where() {
      return file + " line " + line;
    }

    /** The file and line of the example's line {@code offset}, counted from its first. */
    String where(int offset) {
      return file + " line " + (line + offset);
    }

    /** Whether the example touches no file, and so can run on the bundled report and the values above. */
    boolean runsOnTheBundledReport() {
      return !FILE_OR_INPUT.matcher(text).find();
    }
  }

  @Test
  void everyPublicTypeShowsAnExample() {
    List<String> without = new ArrayList<>();
    for (Path file : sources()) {
      String text = read(file);
      Matcher type = PUBLIC_TYPE.matcher(text);
      if (!type.find()) {
        continue;
      }
      String before = text.substring(0, type.start());
      int doc = before.lastIndexOf("/**");
      if (doc < 0 || !BLOCK.matcher(before.substring(doc)).find()) {
        without.add(file.toString());
      }
    }
    assertThat(without).as("public types whose Javadoc shows no <pre>{@code ...}</pre> example").isEmpty();
  }

  /** Where the examples are compiled to, once for the tests that compile and run them. */
  @TempDir static Path classes;

  private static @Nullable List<Unit> compiled;

  @Test
  void everyExampleCompiles() throws IOException {
    compiled();
  }

  /**
   * Runs each example that needs no file, on the bundled report and the values of the class comment:
   * it must not throw (an example that asks the bundled report for an actor it does not hold throws
   * here), and must give the values its comments claim.
   */
  @Test
  @ResourceLock(Resources.SYSTEM_OUT)
  @ResourceLock(Resources.SYSTEM_PROPERTIES)
  @ResourceLock(JavadocClaims.LOCK)
  void everyExampleOfTheBundledReportRuns() throws Exception {
    List<Unit> units = compiled();
    Report report = Reports.usPakistan2023();
    Report changed = ReportReader.strict().readString(ChangedCopy.make());
    Loan loan = report.findLoan(LoanId.of("imf-sba-2023")).orElseThrow();
    List<String> failures = new ArrayList<>();
    JavadocClaims.drain();
    int ran = 0;
    PrintStream saved = System.out;
    // The examples of the test kit ask for thousands of tries; a few of each show that they hold.
    String scale = System.setProperty(Property.TRIES_SCALE_PROPERTY, "0.01");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        JavadocExamplesTest.class.getClassLoader())) {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      for (Unit unit : units) {
        if (!unit.example.runsOnTheBundledReport()) {
          continue;
        }
        Class<?> type = loader.loadClass(unit.name);
        set(type, "report", report);
        set(type, "q", ReportQuery.shared(report));
        set(type, "old", report);
        set(type, "changed", changed);
        set(type, "myExtraction", changed);
        set(type, "diff", ReportDiff.between(report, changed));
        set(type, "loan", loan);
        set(type, "json", ReportWriter.canonical().toJson(loan));
        set(type, "out", OutputStream.nullOutputStream());
        Method example = type.getDeclaredMethod("example");
        example.setAccessible(true);
        try {
          example.invoke(null);
          ran++;
        } catch (InvocationTargetException e) {
          failures.add(unit.example.where() + " throws " + e.getCause());
        }
      }
    } finally {
      System.setOut(saved);
      if (scale == null) {
        System.clearProperty(Property.TRIES_SCALE_PROPERTY);
      } else {
        System.setProperty(Property.TRIES_SCALE_PROPERTY, scale);
      }
    }
    assertThat(failures).as("examples that throw on the bundled report").isEmpty();
    assertThat(JavadocClaims.drain()).as("values that examples' comments claim and the statements do not give").isEmpty();
    assertThat(ran).as("examples run").isGreaterThan(60);
  }

  private static void set(Class<?> type, String field, Object value) throws ReflectiveOperationException {
    Field f = type.getDeclaredField(field);
    f.setAccessible(true);
    f.set(null, value);
  }

  /** The examples as classes, compiled into {@link #classes} on the first call. */
  private static synchronized List<Unit> compiled() throws IOException {
    if (compiled == null) {
      List<Unit> units = units();
      compile(units, classes);
      compiled = units;
    }
    return compiled;
  }

  private static List<Unit> units() {
    List<Example> examples = examples();
    assertThat(examples).hasSizeGreaterThan(100);
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      units.add(new Unit("JavadocExample" + i, examples.get(i)));
    }
    return units;
  }

  private static void compile(List<Unit> units, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("-Xlint:all", "-proc:none", "--release", "17",
        "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      StringWriter out = new StringWriter();
      boolean compiled = javac.getTask(out, files, diagnostics, options, null, units).call();
      String problems = diagnostics.getDiagnostics().stream().map(JavadocExamplesTest::describe)
          .collect(Collectors.joining("\n"));
      assertThat(problems).as("javac's messages on the Javadoc examples").isEmpty();
      assertThat(compiled).as(out.toString()).isTrue();
    }
  }

  /** The examples of the published modules' main sources, module-info's left out (it is no method body). */
  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();
    for (Path file : sources()) {
      String text = read(file);
      Matcher m = BLOCK.matcher(text);
      while (m.find()) {
        String body = m.group(1).lines().map(l -> l.replaceFirst("^\\s*\\* ?", ""))
            .collect(Collectors.joining("\n"));
        int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 2;
        examples.add(new Example(file, line, file.getName(0).toString(), body, DEPRECATED_TYPE.matcher(text).find()));
      }
    }
    return examples;
  }

  private static List<Path> sources() {
    List<Path> sources = new ArrayList<>();
    for (String module : MODULES) {
      Path root = Path.of("..", module, "src", "main", "java");
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("module-info.java"))
            .sorted().map(f -> Path.of("..").relativize(f)).forEach(sources::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  private static String read(Path relative) {
    try {
      return Files.readString(Path.of("..").resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An example as a class: its leading static methods as members, the rest as one method's body. */
  static final class Unit extends SimpleJavaFileObject {
    final Example example;
    final String name;
    private final int members;
    private final String code;

    Unit(String name, Example example) {
      super(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE);
      this.example = example;
      this.name = name;
      List<String> imports = new ArrayList<>(IMPORTS);
      imports.addAll(example.module().equals("jackson3") ? JACKSON_3 : JACKSON_2);
      List<String> lines = example.text().lines().collect(Collectors.toList());
      int members = 0;
      // Leading static methods end at the first line that closes a brace at the block's margin.
      if (!lines.isEmpty() && lines.get(0).startsWith("static ")) {
        while (members < lines.size() && !lines.get(members).equals("}")) {
          members++;
        }
        members++;
      }
      // One line of imports, one of the class and its values, then the members, the method's header, the body.
      this.members = members;
      lines = new ArrayList<>(lines);
      withClaimsChecked(lines, members, example);
      this.code = imports.stream().map(i -> "import " + i + ";").collect(Collectors.joining(" ")) + "\n"
          + "@SuppressWarnings(" + (example.ofDeprecatedType() ? "\"deprecation\"" : "{}") + ") final class " + name + " { " + VALUES + "\n"
          + lines.subList(0, members).stream().map(l -> l + "\n").collect(Collectors.joining())
          + "static void example() throws Exception {\n"
          + String.join("\n", lines.subList(members, lines.size())) + "\n}}\n";
    }

    /**
     * Rewrites each top-level statement whose comment claims a value (on its last line, or alone on the
     * next line) so that running it checks the claim: an expression becomes the first argument of
     * {@link JavadocClaims#check}, and a declaration is followed by a check of its variable. Each line
     * keeps its place, so javac's line numbers still point into the file.
     */
    private static void withClaimsChecked(List<String> lines, int from, Example example) {
      int depth = 0;
      int start = -1;
      int pending = -1;
      int pendingStart = -1;
      for (int i = from; i < lines.size(); i++) {
        String line = lines.get(i);
        int slash = commentStart(line);
        String code = (slash < 0 ? line : line.substring(0, slash)).stripTrailing();
        String comment = slash < 0 ? "" : line.substring(slash + 2).strip();
        if (code.isBlank()) {
          Optional<String> claim = JavadocClaims.claimIn(comment);
          if (pending >= 0 && claim.isPresent()) {
            check(lines, pendingStart, pending, claim.get(), example.where(i));
          }
          pending = -1;
          continue;
        }
        pending = -1;
        if (depth == 0 && start < 0) {
          start = i;
        }
        depth += depth(code);
        if (depth == 0 && code.endsWith(";") && start >= 0) {
          Optional<String> claim = JavadocClaims.claimIn(comment);
          if (claim.isPresent()) {
            check(lines, start, i, claim.get(), example.where(i));
          } else if (comment.isEmpty()) {
            pending = i;
            pendingStart = start;
          }
          start = -1;
        } else if (depth == 0 && code.endsWith("}")) {
          start = -1;   // the end of a block, such as a loop's
        }
      }
    }

    private static final Pattern DECLARATION =
        Pattern.compile("^\\s*(?:final\\s+)?[A-Za-z_][\\w.]*(?:<.*?>)?(?:\\[])*\\s+(\\w+)\\s*=[^=].*", Pattern.DOTALL);

    private static final String CHECK = "io.github.bilateral.docs.JavadocClaims.check(";

    private static void check(List<String> lines, int first, int last, String claim, String where) {
      String statement = lines.subList(first, last + 1).stream().collect(Collectors.joining("\n"));
      if (statement.strip().startsWith("System.")) {
        return;
      }
      String arguments = ", \"" + escape(claim) + "\", \"" + escape(where) + "\")";
      String end = lines.get(last);
      int semicolon = end.lastIndexOf(';', commentStart(end) < 0 ? end.length() : commentStart(end));
      Matcher declaration = DECLARATION.matcher(statement);
      if (declaration.matches()) {
        lines.set(last, end.substring(0, semicolon + 1) + " " + CHECK + declaration.group(1) + arguments + ";"
            + end.substring(semicolon + 1));
      } else {
        lines.set(last, end.substring(0, semicolon) + arguments + end.substring(semicolon));
        String head = lines.get(first);
        int indent = head.length() - head.stripLeading().length();
        lines.set(first, head.substring(0, indent) + CHECK + head.substring(indent));
      }
    }

    /** How many brackets of any kind the code opens less those it closes, outside strings. */
    private static int depth(String code) {
      int depth = 0;
      boolean inString = false;
      for (int i = 0; i < code.length(); i++) {
        char c = code.charAt(i);
        if (inString) {
          if (c == '\\') {
            i++;
          } else if (c == '"') {
            inString = false;
          }
        } else if (c == '"') {
          inString = true;
        } else if (c == '(' || c == '[' || c == '{') {
          depth++;
        } else if (c == ')' || c == ']' || c == '}') {
          depth--;
        }
      }
      return depth;
    }

    /** Where a line's comment starts, outside strings and characters; -1 if it has none. */
    private static int commentStart(String line) {
      char quote = 0;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quote != 0) {
          if (c == '\\') {
            i++;
          } else if (c == quote) {
            quote = 0;
          }
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
          return i;
        }
      }
      return -1;
    }

    private static String escape(String text) {
      return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }

    /** The file line of a line of this unit: past the two lines before the members, and the method's header. */
    long fileLine(long unitLine) {
      return example.line() + unitLine - 3 - (unitLine > 2 + members ? 1 : 0);
    }
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    if (!(d.getSource() instanceof Unit)) {
      return (d.getSource() == null ? "" : d.getSource().getName() + ": ") + d.getKind() + ": " + d.getMessage(Locale.ROOT);
    }
    Unit unit = (Unit) d.getSource();
    return unit.example.file() + " line " + unit.fileLine(d.getLineNumber()) + ": " + d.getKind() + ": "
        + d.getMessage(Locale.ROOT);
  }
}
