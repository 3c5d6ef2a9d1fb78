package io.github.bilateral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bilateral.cli.BilateralTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's Command line section shows runs of the tool; each must be what the tool prints now. In
 * a {@code console} block, a line {@code $ java -jar examples/target/bilateral.jar ARGS} is a run and
 * the lines after it its output, in order: a line {@code ...} stands for any number of lines, and a
 * line that ends in {@code ...} for a line that starts with what comes before. A run that ends in
 * {@code ; echo $?} shows its exit status as its last line; any other must exit with 0. A word that
 * names a file from the repository's root is read from there.
 */
class ReadmeCommandLineTest {

  private static final String PROMPT = "$ java -jar examples/target/bilateral.jar ";
  /** A run that ends so prints its exit status after its output, as a shell would. */
  private static final String ECHO_STATUS = "; echo $?";

  static String section() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## Command line\n");
    int end = readme.indexOf("\n## ", start + 1);
    assertThat(start).as("README has a Command line section").isPositive();
    return readme.substring(start, end);
  }

  @Test
  void everyRunShownIsWhatTheToolPrints() throws Exception {
    Matcher blocks = Pattern.compile("```console\n(.*?)```", Pattern.DOTALL).matcher(section());
    int runs = 0;
    while (blocks.find()) {
      List<String> lines = blocks.group(1).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).startsWith(PROMPT)) {
          continue;
        }
        int next = i + 1;
        while (next < lines.size() && !lines.get(next).startsWith("$ ")) {
          next++;
        }
        List<String> shown = new ArrayList<>(lines.subList(i + 1, next));
        while (!shown.isEmpty() && shown.get(shown.size() - 1).isEmpty()) {
          shown.remove(shown.size() - 1);
        }
        String command = lines.get(i).substring(PROMPT.length());
        boolean echoStatus = command.endsWith(ECHO_STATUS);
        Run r = BilateralTest.run(fromRoot(words(echoStatus ? command.substring(0, command.length() - ECHO_STATUS.length())
            : command)));
        List<String> printed = new ArrayList<>(r.out().lines().toList());
        if (echoStatus) {
          printed.add(Integer.toString(r.status()));
        } else {
          assertThat(r.status()).as(lines.get(i)).isZero();
        }
        assertThat(matches(shown, printed)).as(lines.get(i) + "\nshows:\n" + String.join("\n", shown)
            + "\nbut the tool prints:\n" + r.out()).isTrue();
        runs++;
      }
    }
    assertThat(runs).isGreaterThanOrEqualTo(4);
  }

  @Test
  void theSectionNamesEveryCommandAndOption() throws Exception {
    String section = section();
    for (var e : DistributionFiles.commandLine().getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      assertThat(section).contains("`" + e.getKey());
      for (var o : e.getValue().getCommandSpec().options()) {
        assertThat(Pattern.compile("(?<![\\w-])" + Pattern.quote(o.longestName()) + "(?![\\w-])").matcher(section).find())
            .as("README's Command line section names " + e.getKey() + " " + o.longestName()).isTrue();
      }
    }
  }

  /**
   * Returns the words with each that names a file of the repository, as README's runs do from its
   * root, as the path to that file from this module, where the tests run.
   */
  static String[] fromRoot(String[] words) {
    String[] out = words.clone();
    for (int i = 0; i < out.length; i++) {
      if (!out[i].startsWith("-") && Files.isRegularFile(Path.of("..", out[i]))) {
        out[i] = Path.of("..", out[i]).toString();
      }
    }
    return out;
  }

  /** The words of a shell command line, with double quotes kept together. */
  static String[] words(String line) {
    List<String> words = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
    while (m.find()) {
      words.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return words.toArray(String[]::new);
  }

  /** Whether {@code actual} fits {@code shown}, where "..." is any run of lines. */
  static boolean matches(List<String> shown, List<String> actual) {
    if (shown.isEmpty()) {
      return actual.isEmpty();
    }
    String first = shown.get(0);
    if (first.equals("...")) {
      for (int skip = 0; skip <= actual.size(); skip++) {
        if (matches(shown.subList(1, shown.size()), actual.subList(skip, actual.size()))) {
          return true;
        }
      }
      return false;
    }
    if (actual.isEmpty()) {
      return false;
    }
    String line = actual.get(0);
    boolean same = first.endsWith("...") ? line.startsWith(first.substring(0, first.length() - 3)) : line.equals(first);
    return same && matches(shown.subList(1, shown.size()), actual.subList(1, actual.size()));
  }
}
