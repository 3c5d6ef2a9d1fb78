/**
 * The {@code bilateral} command-line tool: summaries, listings, validation and exports of the
 * bundled report or of a user's own report file. Run it as {@code java -jar
 * examples/target/bilateral.jar COMMAND}, or unpack the build's distribution and run {@code
 * bin/bilateral COMMAND}; {@link io.github.bilateral.cli.Bilateral} is the entry point. Exit status
 * 0 means done, 1 problems in the data or an input or output that failed, 2 a usage error; {@code
 * diff} and {@code score} give 0 same (or scored), 1 different, 2 trouble, a failed output included.
 */
@NullMarked
package io.github.bilateral.cli;

import org.jspecify.annotations.NullMarked;
