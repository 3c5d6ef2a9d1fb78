package io.github.bilateral.cli;

import io.github.bilateral.compare.DiffFormat;
import io.github.bilateral.compare.ReportDiff;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diff OLD NEW}: what changed from one report file to another, fact by fact. */
@Command(name = "diff",
    mixinStandardHelpOptions = true,
    description = {
        "Compare two report files fact by fact: facts are paired by id, then by content (see README, \"Comparing"
            + " reports\"), and each pair's changed values are listed by path, such as amount.value, with changes of"
            + " provenance apart; facts only in OLD are removed (-), facts only in NEW added (+).",
        "- reads a file from standard input. Colour only on a terminal, and not when NO_COLOR is set.",
        "Exit status: 0 the reports are the same, 1 they differ, 2 trouble (a file cannot be read or is not a"
            + " valid report, standard output cannot be written, or a usage error)."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  java -jar examples/target/bilateral.jar diff seeds/mei-2023-us-pakistan/report.json mine.json",
        "  java -jar examples/target/bilateral.jar diff --json old.json new.json",
        "  java -jar examples/target/bilateral.jar diff --format json-patch old.json new.json > patch.json",
        "  java -jar examples/target/bilateral.jar diff --format markdown v1.json v2.json > CHANGES.md"})
final class DiffCommand extends CompareFiles {

  /** The forms of the output, by the word of {@code --format}. */
  enum Form {
    LISTING(DiffFormat.LISTING), JSON(DiffFormat.JSON), JSON_PATCH(DiffFormat.JSON_PATCH), MARKDOWN(DiffFormat.MARKDOWN);

    final DiffFormat format;

    Form(DiffFormat format) {
      this.format = format;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  @Parameters(index = "0", paramLabel = "OLD", description = "The first report file.")
  String first;

  @Parameters(index = "1", paramLabel = "NEW", description = "The second report file.")
  String second;

  @Option(names = "--format", paramLabel = "FORMAT", converter = FormConverter.class,
      description = "listing (the default), json, json-patch (RFC 6902, turns OLD's canonical JSON into NEW's) or"
          + " markdown.")
  Form form = Form.LISTING;

  @Option(names = "--json", description = "The same as --format json.")
  boolean json;

  /** Reads the words of {@code --format}. */
  static final class FormConverter implements picocli.CommandLine.ITypeConverter<Form> {
    @Override
    public Form convert(String value) {
      for (Form f : Form.values()) {
        if (f.toString().equals(value)) {
          return f;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("'" + value
          + "' is not a format; choose listing, json, json-patch or markdown");
    }
  }

  @Override
  int compare() {
    ReportDiff diff = ReportDiff.between(load(first), load(second));
    DiffFormat format = json ? DiffFormat.JSON : form.format;
    top.out.print(format == DiffFormat.LISTING ? diff.toListing(top.colour) : diff.write(format));
    return diff.isEmpty() ? 0 : 1;
  }
}
