package io.github.bilateral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The completion script and the man page cover every command and option the tool has. */
class DistributionFilesTest {

  @Test
  void theManPageHasEveryCommandAndOption() {
    String man = DistributionFiles.manPage();
    assertThat(man).startsWith(".TH BILATERAL 1 \"\" \"bilateral " + System.getProperty("bilateral.version") + "\"");
    for (Map.Entry<String, CommandLine> e : DistributionFiles.commandLine().getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      assertThat(man).contains(".SS " + e.getKey() + "\n");
      for (OptionSpec o : e.getValue().getCommandSpec().options()) {
        assertThat(man).as(e.getKey() + " " + o.longestName()).contains(o.longestName().replace("-", "\\-"));
      }
    }
    assertThat(man).contains(".SH EXIT STATUS\n");
  }

  @Test
  void theCompletionScriptKnowsEveryCommandAndOption() {
    String script = DistributionFiles.completion();
    assertThat(script).contains("bashcompinit");
    for (Map.Entry<String, CommandLine> e : DistributionFiles.commandLine().getSubcommands().entrySet()) {
      assertThat(script).contains(e.getKey());
      for (OptionSpec o : e.getValue().getCommandSpec().options()) {
        assertThat(script).contains(o.longestName());
      }
    }
  }
}
