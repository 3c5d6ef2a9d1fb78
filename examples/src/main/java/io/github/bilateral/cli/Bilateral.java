package io.github.bilateral.cli;

import io.github.bilateral.io.Problem;
import io.github.bilateral.io.ReportException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code bilateral} command: the report's facts from the command line.
 *
 * <pre>{@code
 * java -jar examples/target/bilateral.jar summary
 * java -jar examples/target/bilateral.jar loans --json
 * java -jar examples/target/bilateral.jar validate my-report.json
 * }</pre>
 *
 * <p>Exit status: 0 when the command did its work, 1 when the data has problems (each printed to
 * standard error with its JSON path, line and column), 2 for a usage error.
 */
@Command(name = "bilateral",
    mixinStandardHelpOptions = true,
    version = "bilateral 0.1.0",
    description = {
        "Facts of \"Managing US Relations with Pakistan in Uncertain Times\" (Syed Mohammad Ali,"
            + " Middle East Institute, December 2023), or of your own report file with --data FILE.",
        ""},
    subcommands = {
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
        ExportCommand.class,
        CommandLine.HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
        "  java -jar examples/target/bilateral.jar summary",
        "  java -jar examples/target/bilateral.jar loans --lender china --borrower pakistan",
        "  java -jar examples/target/bilateral.jar profile usaid",
        "  java -jar examples/target/bilateral.jar validate my-report.json",
        "  java -jar examples/target/bilateral.jar export --format csv --output tables",
        "",
        "Exit status: 0 done, 1 problems in the data, 2 usage error."})
public final class Bilateral implements Runnable {

  /** Exit status when the data has problems. */
  public static final int DATA_PROBLEMS = 1;
  /** Exit status of a usage error. */
  public static final int USAGE = 2;

  @Spec
  CommandSpec spec;

  PrintStream out = System.out;
  PrintStream err = System.err;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command; see the list below.");
  }

  /** Runs the tool on the process's standard output and error, in UTF-8, and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the tool with {@code args}, writing to {@code out} and {@code err}, and returns the exit
   * status: 0 done, 1 problems in the data, 2 usage error.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Bilateral top = new Bilateral();
    top.out = out;
    top.err = err;
    CommandLine cl = new CommandLine(top);
    cl.setUsageHelpWidth(110);
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      out.flush();
      if (e instanceof DataProblems) {
        printProblems(((DataProblems) e).source, ((DataProblems) e).problems(), err);
        return DATA_PROBLEMS;
      }
      if (e instanceof java.io.UncheckedIOException) {
        // An output that cannot be written is a bad argument, such as a folder that does not exist.
        Throwable cause = e.getCause() == null ? e : e.getCause();
        err.println(e.getMessage() + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")");
        return USAGE;
      }
      throw e;
    });
    int status = cl.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /**
   * Prints every problem of {@code e} on its own line, as {@code SOURCE:LINE:COLUMN: PATH: REASON},
   * then their number.
   */
  static void printProblems(String source, ReportException e, PrintStream err) {
    for (Problem p : e.problems()) {
      err.println(format(source, p));
    }
    err.println(source + ": " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"));
  }

  /** Returns {@code SOURCE:LINE:COLUMN: PATH: REASON; SUGGESTION}, the line and column 0 when unknown. */
  static String format(String source, Problem p) {
    return source + ":" + p.line().orElse(0) + ":" + p.column().orElse(0) + ": " + p.path() + ": " + p.reason()
        + p.suggestion().map(s -> "; " + s).orElse("");
  }
}
