/**
 * A test kit for code that uses bilateral: a seeded property runner that shrinks a failing case and
 * prints the seed to replay it ({@link io.github.bilateral.testing.Property}), small generators to
 * combine ({@link io.github.bilateral.testing.Gen}), generators of valid model values and of whole
 * valid reports ({@link io.github.bilateral.testing.Generators}), and mutations of report documents
 * ({@link io.github.bilateral.testing.Mutations}).
 *
 * <p>It needs no test framework: a property that fails throws {@link java.lang.AssertionError},
 * which JUnit, TestNG and plain {@code main} methods all report.
 */
@NullMarked
package io.github.bilateral.testing;

import org.jspecify.annotations.NullMarked;
