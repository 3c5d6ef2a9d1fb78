package io.github.bilateral.cli;

import picocli.CommandLine.Option;

/** The {@code --wide} option of the commands that print tables, which fit the terminal without it. */
final class WideOption {

  @Option(names = "--wide", description = "Print whole cells; by default the table fits the width of the terminal"
      + " (COLUMNS, or 100), long cells cut with an ellipsis.")
  boolean wide;
}
