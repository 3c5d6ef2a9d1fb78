/**
 * Reading, writing and validating reports in the library's JSON format (see {@code
 * docs/FORMAT.md}), and loading the bundled dataset.
 *
 * <p>Start with {@link io.github.bilateral.io.Reports#usPakistan2023()} for the bundled report, or
 * {@link io.github.bilateral.io.ReportReader} for your own files. Every failure is a {@link
 * io.github.bilateral.io.ReportException} that lists each {@link io.github.bilateral.io.Problem}
 * with its JSON path, line and column.
 */
@NullMarked
package io.github.bilateral.io;

import org.jspecify.annotations.NullMarked;
