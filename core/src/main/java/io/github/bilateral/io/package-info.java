/**
 * Reading, writing and validating reports in the library's JSON format (see {@code
 * docs/FORMAT.md}), and loading the bundled dataset.
 *
 * <p>Start with {@link io.github.bilateral.io.Reports#usPakistan2023()} for the bundled report, or
 * {@link io.github.bilateral.io.ReportReader} for your own files. Every failure is a {@link
 * io.github.bilateral.io.ReportException} that lists each {@link io.github.bilateral.io.Problem}
 * with its JSON path, line and column. {@link io.github.bilateral.io.ReportReader#lenient()} keeps
 * fields the format does not know, for files from newer tools. The format's JSON Schema (draft
 * 2020-12) is the class-path resource {@code /io/github/bilateral/io/report-v1.schema.json}.
 */
@NullMarked
package io.github.bilateral.io;

import org.jspecify.annotations.NullMarked;
