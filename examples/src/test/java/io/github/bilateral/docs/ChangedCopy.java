package io.github.bilateral.docs;

import io.github.bilateral.io.ReportReader;
import io.github.bilateral.io.ReportWriter;
import io.github.bilateral.io.Reports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes {@code docs/examples/changed-report.json}, the changed copy of the bundled report that
 * README's diff example compares: the IMF stand-by arrangement's amount and footnotes changed, one
 * erratum renamed and another dropped. Run {@link #main} from the repository root to write it again
 * after the bundled data changes; {@code ChangedCopyTest} checks that the file is what this makes.
 */
public final class ChangedCopy {

  /** The file, from the repository root. */
  public static final String FILE = "docs/examples/changed-report.json";

  private ChangedCopy() {}

  /** Returns the changed copy's canonical JSON. */
  public static String make() {
    String json = ReportWriter.canonical().toJson(Reports.usPakistan2023());
    String loan = "\"id\": \"imf-sba-2023\",\n      \"kind\": \"stand-by-arrangement\"";
    json = replaceAfter(json, loan, "\"value\": 3000000000,\n        \"printed\": \"$3 billion\"",
        "\"value\": 3100000000,\n        \"printed\": \"$3.1 billion\"");
    json = replaceAfter(json, loan, "\"footnotes\": [\n          19\n        ]",
        "\"footnotes\": [\n          19,\n          20\n        ]");
    json = replaceAfter(json, "\"errata\": [", "\"id\": \"taliban-ability-to-curb\"", "\"id\": \"taliban-inability\"");
    int drop = json.indexOf("{\n      \"id\": \"", json.indexOf("\"errata\": ["));
    int end = json.indexOf("\n    },\n", drop) + "\n    },\n".length();
    json = json.substring(0, drop) + json.substring(end).stripLeading();
    // Canonical again, and so checked by the strict reader.
    return ReportWriter.canonical().toJson(ReportReader.strict().readString(json));
  }

  /** Replaces the first {@code what} after the one {@code marker}. */
  private static String replaceAfter(String json, String marker, String what, String with) {
    int from = json.indexOf(marker);
    int at = from < 0 ? -1 : json.indexOf(what, from);
    if (from < 0 || json.indexOf(marker, from + 1) >= 0 || at < 0) {
      throw new IllegalStateException("the bundled report no longer holds one " + marker + " followed by " + what);
    }
    return json.substring(0, at) + with + json.substring(at + what.length());
  }

  /** Writes the file under the folder given (the repository root by default). */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    Files.writeString(root.resolve(FILE), make(), StandardCharsets.UTF_8);
  }
}
