package io.github.bilateral.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The project's README.md as its tests read it: its fenced code blocks, each with its language,
 * its first line's number and the Markdown table that follows it, if any.
 */
final class Readme {

  /** README.md at the root of the repository; the tests run in the examples module's folder. */
  static final Path PATH = Path.of("..", "README.md");

  /**
   * One fenced block: {@code language} is the word after the opening fence, {@code line} the
   * number of the block's first line in README, {@code table} the rows of a Markdown table that
   * follows the block, blank lines apart (header row first, the separator row left out), or
   * empty when none follows.
   */
  record Block(String language, int line, String text, List<List<String>> table) {
    /** Where the block stands, for messages: {@code README.md line 123}. */
    String where() {
      return "README.md line " + line;
    }
  }

  private Readme() {}

  /** Returns every fenced block of README written in {@code language}, in order. */
  static List<Block> blocks(String language) {
    List<String> lines;
    try {
      lines = Files.readAllLines(PATH, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("```") || lines.get(i).length() == 3) {
        continue;
      }
      String lang = lines.get(i).substring(3).trim();
      int start = i + 1;
      int end = start;
      while (end < lines.size() && !lines.get(end).startsWith("```")) {
        end++;
      }
      if (lang.equals(language)) {
        String text = String.join("\n", lines.subList(start, end)) + "\n";
        blocks.add(new Block(lang, start + 1, text, tableAfter(lines, end + 1)));
      }
      i = end;
    }
    return blocks;
  }

  /** The Markdown table that starts at {@code from}, after blank lines, or nothing. */
  private static List<List<String>> tableAfter(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    List<List<String>> rows = new ArrayList<>();
    for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String line = lines.get(i).trim();
      List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1))
          .map(String::trim).collect(Collectors.toList());
      if (!cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
        rows.add(cells);
      }
    }
    return rows;
  }
}
