package io.github.bilateral.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Compiles every {@code java} block of README against the library, as a user who pastes it would.
 *
 * <p>The convention for README's blocks: a block starts with its own imports, every type it uses
 * imported (or in {@code java.lang}); the lines after the imports are statements, compiled as the
 * body of a method that may throw any exception, one class per block. A block that declares its
 * own class instead is compiled as it stands. Blocks are compiled with {@code -Xlint:all} and
 * must draw no warning. A block that touches no file is also run: it must not throw, and must print
 * what its {@code // prints: } comments say, one line each.
 */
@ResourceLock(Resources.SYSTEM_OUT)
class ReadmeJavaTest {

  /** A block as a compilation unit; {@code offset} added to javac's line number gives README's. */
  static final class Source extends SimpleJavaFileObject {
    final int offset;
    final boolean wrapped;
    private final String code;

    Source(String name, String code, int offset, boolean wrapped) {
      super(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE);
      this.code = code;
      this.offset = offset;
      this.wrapped = wrapped;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }

  /** A top-level type declared by a block, and its name. */
  private static final Pattern DECLARATION =
      Pattern.compile("(?:public )?(?:final )?(?:class|record|interface|enum) (\\w+).*");

  /** A block as a compilation unit, named for its line in README or for the class it declares. */
  static Source source(Readme.Block block) {
    String name = "ReadmeLine" + block.line();
    List<String> imports = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String line : block.text().split("\n", -1)) {
      if (body.isEmpty() && (line.startsWith("import ") || line.isBlank())) {
        imports.add(line);
      } else {
        body.add(line);
      }
    }
    Optional<String> declared = body.stream().map(DECLARATION::matcher).filter(Matcher::matches)
        .map(m -> m.group(1)).findFirst();
    if (declared.isPresent()) {
      return new Source(declared.get(), block.text(), block.line() - 1, false);
    }
    // The imports keep their lines and the method's header takes one, so the body's lines are
    // README's less one.
    String code = String.join("\n", imports) + "\nfinal class " + name + " { static void block() throws Exception {\n"
        + String.join("\n", body) + "\n}}\n";
    return new Source(name, code, block.line() - 2, true);
  }

  @Test
  void everyJavaBlockOfReadmeCompiles(@TempDir Path classes) throws Exception {
    List<Readme.Block> blocks = Readme.blocks("java");
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(4);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("-Xlint:all", "-proc:none", "--release", "17",
        "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      List<Source> sources = blocks.stream().map(ReadmeJavaTest::source).collect(Collectors.toList());
      StringWriter out = new StringWriter();
      boolean compiled = javac.getTask(out, files, diagnostics, options, null, sources).call();
      // As -Werror would: any message of javac's, a warning too, fails.
      String problems = diagnostics.getDiagnostics().stream()
          .map(ReadmeJavaTest::describe).collect(Collectors.joining("\n"));
      assertThat(problems).as("javac's messages on README's java blocks").isEmpty();
      assertThat(compiled).as(out.toString()).isTrue();
    }
    for (Readme.Block block : blocks) {
      if (source(block).wrapped && !block.text().contains("Path.of(")) {
        runAndCheckWhatItPrints(block, classes);
      }
    }
  }

  /**
   * Runs a block of statements that touches no file and checks that it prints, line by line, what its {@code //
   * prints: } comments say, on lines of their own or after a statement (a block without them may print anything,
   * but must not throw).
   */
  private static void runAndCheckWhatItPrints(Readme.Block block, Path classes) throws Exception {
    String name = "ReadmeLine" + block.line();
    // A line of its own, or the end of the statement that prints it.
    List<String> expected = block.text().lines().filter(l -> l.contains("// prints: "))
        .map(l -> l.substring(l.indexOf("// prints: ") + "// prints: ".length()).trim()).collect(Collectors.toList());
    PrintStream saved = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeJavaTest.class.getClassLoader())) {
      Method main = loader.loadClass(name).getDeclaredMethod("block");
      main.setAccessible(true);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null);
    } catch (InvocationTargetException e) {
      int line = Arrays.stream(e.getCause().getStackTrace()).filter(f -> f.getClassName().equals(name))
          .mapToInt(StackTraceElement::getLineNumber).findFirst().orElse(1);
      throw new AssertionError("README.md line " + (source(block).offset + line) + " throws " + e.getCause(),
          e.getCause());
    } finally {
      System.setOut(saved);
    }
    if (!expected.isEmpty()) {
      assertThat(printed.toString(StandardCharsets.UTF_8).lines()).as(block.where() + " prints")
          .containsExactlyElementsOf(expected);
    }
  }

  /** A compiler message with the README line it is about. */
  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    if (!(d.getSource() instanceof Source)) {
      return (d.getSource() == null ? "" : d.getSource().getName() + ": ") + d.getKind() + ": " + d.getMessage(Locale.ROOT);
    }
    long line = ((Source) d.getSource()).offset + d.getLineNumber();
    return "README.md line " + line + ": " + d.getKind() + ": " + d.getMessage(Locale.ROOT);
  }
}
