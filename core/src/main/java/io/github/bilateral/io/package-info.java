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
 *
 * <p>The format is described once, in the package's {@code Format}: every object's fields in
 * canonical order and which are required; the lists of the top level follow {@link
 * io.github.bilateral.model.FactKind}. The reader checks the bytes as UTF-8, walks Jackson's tokens
 * once against those shapes, building and checking each fact as it goes, then checks the rules that
 * span facts with {@link io.github.bilateral.io.ReportValidator}, the same check a report built in
 * code gets. The writer walks the same shapes back out. The JSON Schema and {@code docs/FORMAT.md}
 * are tested against {@code Format}. Jackson's types appear in this package's API only in the
 * deprecated generator-taking methods of {@link io.github.bilateral.io.ReportWriter}; one part of a
 * report is read and written as text with {@link io.github.bilateral.io.ReportReader#readFact} and
 * {@link io.github.bilateral.io.ReportWriter#toJson(io.github.bilateral.model.Fact)}.
 */
@NullMarked
package io.github.bilateral.io;

import org.jspecify.annotations.NullMarked;
