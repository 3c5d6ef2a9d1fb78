package io.github.bilateral.cli;

import io.github.bilateral.io.Problem;
import io.github.bilateral.io.ReportException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code bilateral} command: the report's facts from the command line.
 *
 * <pre>{@code
 * java -jar examples/target/bilateral.jar summary
 * java -jar examples/target/bilateral.jar loans --json
 * java -jar examples/target/bilateral.jar validate my-report.json
 * }</pre>
 *
 * <p>Exit status: 0 when the command did its work; 1 when the data has problems (each printed to
 * standard error with its JSON path, line and column) or a file or standard output cannot be read
 * or written (one line that names it); 2 for a usage error (one line, then where to find help).
 * {@code diff} and {@code score} exit as diff(1) does: 0 same (or scored), 1 different, 2 trouble,
 * which includes a file that cannot be read and standard output that cannot be written.
 */
@Command(name = "bilateral",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description = {
        "Facts of \"Managing US Relations with Pakistan in Uncertain Times\" (Syed Mohammad Ali,"
            + " Middle East Institute, December 2023), or of your own report file with --data FILE.",
        ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  java -jar examples/target/bilateral.jar summary",
        "  java -jar examples/target/bilateral.jar loans --lender china --borrower pakistan",
        "  java -jar examples/target/bilateral.jar profile usaid",
        "  java -jar examples/target/bilateral.jar validate my-report.json",
        "  java -jar examples/target/bilateral.jar export --format csv --output tables",
        "  java -jar examples/target/bilateral.jar diff old.json new.json",
        "  java -jar examples/target/bilateral.jar score my-extraction.json",
        "",
        "Exit status: 0 done, 1 problems in the data or a file or standard output that cannot be read or written,"
            + " 2 usage error; diff as diff(1): 0 same, 1 different, 2 trouble (any of those); score: 0 scored, 2 trouble."})
public final class Bilateral implements Runnable {

  /** Exit status when the data has problems, or a file or standard output cannot be read or written. */
  public static final int PROBLEMS = 1;
  /** Exit status of a usage error. */
  public static final int USAGE = 2;
  /** The commands, in the order the help lists them; see {@link #commandLine}. */
  static final List<Class<?>> COMMANDS = List.of(
      SummaryCommand.class,
      ListingCommand.Actors.class,
      ListingCommand.Loans.class,
      ListingCommand.Agreements.class,
      ListingCommand.Recommendations.class,
      ListingCommand.Events.class,
      ListingCommand.Figures.class,
      ListingCommand.Citations.class,
      ProfileCommand.class,
      GraphCommand.class,
      ValidateCommand.class,
      MigrateCommand.class,
      ExportCommand.class,
      DiffCommand.class,
      ScoreCommand.class,
      CommandLine.HelpCommand.class);

  /** The entry that {@link #main} adds to the environment when standard output is a terminal. */
  static final String TERMINAL = "bilateral.terminal";

  /** The width of tables when the environment does not give {@code COLUMNS}. */
  static final int DEFAULT_COLUMNS = 100;

  @Spec
  CommandSpec spec;

  InputStream in = InputStream.nullInputStream();
  PrintStream out = System.out;
  PrintStream err = System.err;
  int columns = DEFAULT_COLUMNS;
  /** Whether output may be coloured: standard output is a terminal and {@code NO_COLOR} is not set. */
  boolean colour;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command: choose one of "
        + String.join(", ", spec.subcommands().keySet()));
  }

  /** Runs the tool on the process's standard streams, in UTF-8, and exits with its status. */
  public static void main(String[] args) {
    // Buffered: FileInputStream's own readNBytes asks a pipe for its size and fails ("Illegal seek").
    Map<String, String> env = new java.util.HashMap<>(System.getenv());
    if (System.console() != null) {
      env.put(TERMINAL, "true");
    }
    int status = run(args, new BufferedInputStream(new FileInputStream(FileDescriptor.in)),
        new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err), env);
    System.exit(status);
  }

  /**
   * Runs the tool with {@code args} as a process would, and returns the exit status: 0 done, 1
   * problems in the data or a file or standard output that cannot be read or written, 2 usage error;
   * for {@code diff} and {@code score}, 0 same (or scored), 1 different, 2 trouble (standard output included).
   *
   * @param in standard input, read by the file name {@code -}
   * @param stdout standard output; a failed write is reported, with status 1, or 2 for {@code diff} and {@code score}
   * @param stderr standard error
   * @param env the environment; {@code COLUMNS} sets the width of tables (100 without it), {@code NO_COLOR} turns
   *     colour off, and {@link #TERMINAL} (which {@link #main} adds) says standard output is a terminal
   */
  public static int run(String[] args, InputStream in, OutputStream stdout, OutputStream stderr, Map<String, String> env) {
    Output checked = new Output(new BufferedOutputStream(stdout, 1 << 16), "standard output");
    PrintStream out = new PrintStream(checked, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
    Bilateral top = new Bilateral();
    top.in = in;
    top.out = out;
    top.err = err;
    top.columns = columns(env.get("COLUMNS"));
    top.colour = env.containsKey(TERMINAL) && !env.containsKey("NO_COLOR");
    CommandLine cl = commandLine(top, args.length > 0 ? args[0] : "");
    cl.setUsageHelpWidth(Math.max(60, Math.min(top.columns, 120)));
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cl.setParameterExceptionHandler((e, arguments) -> {
      out.flush();
      err.println(Text.safe(usageMessage(e)));
      err.println("see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
      return USAGE;
    });
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      out.flush();
      if (e instanceof DataProblems) {
        printProblems(((DataProblems) e).source, ((DataProblems) e).problems(), err);
        return PROBLEMS;
      }
      if (e instanceof Failure) {
        err.println(Text.safe(e.getMessage()));
        return PROBLEMS;
      }
      if (e instanceof UncheckedIOException) {
        // A library call that wrote to standard output and failed; the stream remembers why.
        Failure f = checked.check();
        err.println(f != null ? f.getMessage() : Failure.cannotWrite("standard output", ((UncheckedIOException) e).getCause()).getMessage());
        return commandLine.getCommand() instanceof CompareFiles ? CompareFiles.TROUBLE : PROBLEMS;
      }
      throw e;
    });
    int status = cl.execute(args);
    out.flush();
    Failure lost = checked.check();
    // diff and score give 1 for "the reports differ" (or nothing at all): a lost output is trouble, 2, as for diff(1).
    boolean compare = compares(cl);
    if (lost != null && (status == 0 || compare && status != CompareFiles.TROUBLE)) {
      err.println(lost.getMessage());
      status = compare ? CompareFiles.TROUBLE : PROBLEMS;
    }
    err.flush();
    return status;
  }

  /** Whether the command that {@code cl} ran, as far as its arguments were read, is {@code diff} or {@code score}. */
  static boolean compares(CommandLine cl) {
    ParseResult parsed = cl.getParseResult();
    while (parsed != null && parsed.hasSubcommand()) {
      parsed = parsed.subcommand();
    }
    return parsed != null && parsed.commandSpec().userObject() instanceof CompareFiles;
  }

  /**
   * Returns the command line of {@code top} with the command named {@code first} only, when there is
   * one of that name (other than {@code help}), or else with every command. picocli reads each command's options by
   * reflection, which loads the classes their fields and methods name: a run needs only its own.
   */
  static CommandLine commandLine(Bilateral top, String first) {
    CommandLine cl = new CommandLine(top);
    Class<?> only = null;
    for (Class<?> c : COMMANDS) {
      // "help COMMAND" needs the command it explains.
      if (c.getAnnotation(Command.class).name().equals(first) && c != CommandLine.HelpCommand.class) {
        only = c;
      }
    }
    for (Class<?> c : only != null ? List.of(only) : COMMANDS) {
      cl.addSubcommand(c);
    }
    return cl;
  }

  /** Returns {@code COLUMNS} as a number of columns, or the default when it is missing or not a sensible width. */
  static int columns(String value) {
    if (value != null) {
      try {
        int n = Integer.parseInt(value.trim());
        if (n >= 20 && n <= 10_000) {
          return n;
        }
      } catch (NumberFormatException e) {
        // fall through to the default
      }
    }
    return DEFAULT_COLUMNS;
  }

  /**
   * Returns a usage error in one line: picocli's message, or for an unknown command or option its
   * own words with the nearest name, such as {@code unknown option '--lendr'; did you mean '--lender'?}.
   */
  static String usageMessage(ParameterException e) {
    if (e instanceof UnmatchedArgumentException && !((UnmatchedArgumentException) e).getUnmatched().isEmpty()) {
      UnmatchedArgumentException u = (UnmatchedArgumentException) e;
      String arg = u.getUnmatched().get(0);
      boolean option = arg.startsWith("-") && arg.length() > 1;
      CommandSpec spec = u.getCommandLine().getCommandSpec();
      boolean command = !option && !spec.subcommands().isEmpty();
      String name = option && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      Optional<String> near = option ? Nearest.to(name, spec.optionsMap().keySet())
          : command ? Nearest.to(name, spec.subcommands().keySet()) : Optional.empty();
      return (option ? "unknown option '" : command ? "unknown command '" : "unexpected argument '") + arg + "'"
          + near.map(n -> "; did you mean '" + n + "'?").orElse("");
    }
    String m = String.valueOf(e.getMessage()).strip().replaceAll("\\s*\\R\\s*", "; ");
    // picocli's sentences ("Missing required option...") read as the tool's other messages in lowercase.
    boolean capitalised = m.length() > 1 && Character.isUpperCase(m.charAt(0)) && Character.isLowerCase(m.charAt(1));
    return capitalised ? Character.toLowerCase(m.charAt(0)) + m.substring(1) : m;
  }

  /**
   * Prints every problem of {@code e} on its own line, as {@code SOURCE:LINE:COLUMN: PATH: REASON},
   * then their number.
   */
  static void printProblems(String source, ReportException e, PrintStream err) {
    for (Problem p : e.problems()) {
      err.println(format(source, p));
    }
    err.println(Text.safe(source) + ": " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"));
  }

  /**
   * Returns {@code SOURCE:LINE:COLUMN: PATH: REASON; SUGGESTION}, the line and column 0 when
   * unknown, with characters that could disguise text escaped and the reader's limits named by the
   * options that set them.
   */
  static String format(String source, Problem p) {
    return Text.safe(source + ":" + p.line().orElse(0) + ":" + p.column().orElse(0) + ": " + p.path() + ": "
        + DataOption.withOptionNames(p.reason()) + p.suggestion().map(s -> "; " + DataOption.withOptionNames(s)).orElse(""));
  }
}
