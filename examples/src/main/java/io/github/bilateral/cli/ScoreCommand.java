package io.github.bilateral.cli;

import io.github.bilateral.compare.ExtractionScore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code score CANDIDATE}: precision and recall of an extraction against a reference. */
@Command(name = "score",
    mixinStandardHelpOptions = true,
    description = {
        "Score a report file made by an extraction (a parser, a language model, a person) against a reference,"
            + " the bundled report unless --reference names another: per kind of fact and per field, the facts and"
            + " values matched, missing and extra, with precision, recall and F1, micro and macro (see README,"
            + " \"Comparing reports\", for the definitions).",
        "Exit status: 0 scored, 2 trouble (a file cannot be read or is not a valid report, standard output cannot be"
            + " written, or a usage error)."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  java -jar examples/target/bilateral.jar score my-extraction.json",
        "  java -jar examples/target/bilateral.jar score --json --reference gold.json my-extraction.json"})
final class ScoreCommand extends CompareFiles {

  @Parameters(index = "0", paramLabel = "CANDIDATE", description = "The report file to score; - for standard input.")
  String candidate;

  @Option(names = "--reference", paramLabel = "FILE", description = "The report taken as right (default: the bundled"
      + " report).")
  @Nullable String reference;

  @Option(names = "--json", description = "Print the score as JSON.")
  boolean json;

  @Override
  int compare() {
    ExtractionScore score = ExtractionScore.of(load(candidate), load(reference));
    top.out.print(json ? score.toJson() : score.toString());
    return 0;
  }
}
