package io.github.bilateral.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * Writes the files the distribution ships beside the jar, made from the same description as
 * {@code --help}: the shell completion script (for bash, and for zsh through its bash
 * compatibility) and the man page. The build runs it at {@code package}:
 *
 * <pre>{@code
 * java -cp bilateral.jar io.github.bilateral.cli.DistributionFiles target/dist
 * # writes target/dist/completion/bilateral.bash and target/dist/man/bilateral.1
 * }</pre>
 */
public final class DistributionFiles {

  private DistributionFiles() {}

  /** Writes {@code completion/bilateral.bash} and {@code man/bilateral.1} into the folder {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: DistributionFiles FOLDER");
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir.resolve("completion"));
    Files.createDirectories(dir.resolve("man"));
    Files.writeString(dir.resolve("completion/bilateral.bash"), completion(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("man/bilateral.1"), manPage(), StandardCharsets.UTF_8);
  }

  /** Returns the command line the tool parses, as the completion and the man page describe it. */
  static CommandLine commandLine() {
    CommandLine cl = Bilateral.commandLine(new Bilateral(), "");
    cl.setUsageHelpWidth(72);
    return cl;
  }

  /** Returns the completion script for bash and zsh: {@code source bilateral.bash}. */
  static String completion() {
    return AutoComplete.bash("bilateral", commandLine());
  }

  /**
   * Returns the man page in the man(7) macros: the tool's description, then each command's own
   * help, as {@code bilateral COMMAND --help} prints it.
   */
  static String manPage() {
    CommandLine cl = commandLine();
    StringBuilder t = new StringBuilder();
    t.append(".TH BILATERAL 1 \"\" \"bilateral ").append(BuildVersion.version()).append("\" \"User Commands\"\n");
    t.append(".SH NAME\nbilateral \\- the facts of one report on US relations with Pakistan, from the command line\n");
    t.append(".SH SYNOPSIS\n.B bilateral\n.I COMMAND\n[\\fIOPTIONS\\fR]\n");
    t.append(".SH DESCRIPTION\n");
    for (String line : cl.getCommandSpec().usageMessage().description()) {
      if (!line.isBlank()) {
        t.append(roff(line)).append("\n.PP\n");
      }
    }
    t.append(".SH COMMANDS\n");
    for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      t.append(".SS ").append(e.getKey()).append("\n.nf\n");
      for (String line : e.getValue().getUsageMessage(Help.Ansi.OFF).split("\\R", -1)) {
        t.append(roff(line)).append('\n');
      }
      t.append(".fi\n");
    }
    t.append(".SH EXIT STATUS\n0 done; 1 problems in the data, or a file or standard output that cannot be read or"
        + " written; 2 usage error.\n.PP\ndiff and score exit as diff(1): 0 the reports are the same (score: scored);"
        + " 1 they differ; 2 trouble: a file that cannot be read or is not a valid report, standard output that"
        + " cannot be written, or a usage error.\n");
    t.append(".SH ENVIRONMENT\n.B COLUMNS\nthe width tables fit (100 without it).\n.PP\n.B JAVA_HOME\n"
        + "the Java 17 or newer that bin/bilateral runs (java on the PATH without it).\n");
    return t.toString();
  }

  /** Returns one line of text as roff reads it: backslashes doubled, a leading dot or quote made plain. */
  private static String roff(String line) {
    String s = line.replace("\\", "\\e").replace("-", "\\-");
    return s.startsWith(".") || s.startsWith("'") ? "\\&" + s : s;
  }
}
