/**
 * Small runnable programs, one task each: load the bundled report, load your own file, filter the
 * money, read the recommendations to one agency, profile an actor, walk the timeline, draw the
 * relation graph. Each has a {@code main} method and a test that runs it.
 */
@NullMarked
package io.github.bilateral.examples;

import org.jspecify.annotations.NullMarked;
