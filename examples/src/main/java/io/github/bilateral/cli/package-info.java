/**
 * The {@code bilateral} command-line tool: summaries, listings, validation and exports of the
 * bundled report or of a user's own report file. Run it as {@code java -jar
 * examples/target/bilateral.jar COMMAND}; {@link io.github.bilateral.cli.Bilateral} is the entry
 * point.
 */
@NullMarked
package io.github.bilateral.cli;

import org.jspecify.annotations.NullMarked;
