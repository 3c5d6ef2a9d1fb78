package io.github.bilateral.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.junit.jupiter.api.Test;

/**
 * Holds the published modules' Javadoc examples to the library as it is: every example compiles.
 *
 * <p>An example is a {@code <pre>{@code ...}</pre>} block in a Javadoc comment. It is compiled as
 * the body of a method that may throw any exception, with the library's packages, Guava's
 * collections, {@code java.util}, {@code java.io}, {@code java.math}, {@code java.nio.file} and
 * {@code java.time} imported, and these names in scope for the values an example starts from:
 * {@code report}, {@code old}, {@code changed} and {@code myExtraction} (reports), {@code q} (a
 * {@code ReportQuery}), {@code diff} (a {@code ReportDiff}), {@code loan}, {@code json} (a
 * {@code String}), {@code out} (an {@code OutputStream}) and {@code path}. A block may begin with
 * {@code static} methods of its own, which become members of the class around it. Examples are
 * compiled, not run: many of them read or write files of the user's. Only the examples of a type
 * that is itself deprecated may use deprecated API.
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
  }

  @Test
  void everyExampleCompiles(@org.junit.jupiter.api.io.TempDir Path classes) throws IOException {
    List<Example> examples = examples();
    assertThat(examples).hasSizeGreaterThan(100);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("-Xlint:all", "-proc:none", "--release", "17",
        "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      units.add(new Unit("JavadocExample" + i, examples.get(i)));
    }
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
    private final int members;
    private final String code;

    Unit(String name, Example example) {
      super(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE);
      this.example = example;
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
      this.code = imports.stream().map(i -> "import " + i + ";").collect(Collectors.joining(" ")) + "\n"
          + "@SuppressWarnings(" + (example.ofDeprecatedType() ? "\"deprecation\"" : "{}") + ") final class " + name + " { " + VALUES + "\n"
          + lines.subList(0, members).stream().map(l -> l + "\n").collect(Collectors.joining())
          + "static void example() throws Exception {\n"
          + String.join("\n", lines.subList(members, lines.size())) + "\n}}\n";
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
