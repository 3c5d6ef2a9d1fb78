/**
 * Reading, writing and validating reports in the library's JSON format (see {@code
 * docs/FORMAT.md}), and loading the bundled dataset.
 *
 * <p>Start with {@link io.github.bilateral.io.Reports#usPakistan2023()} for the bundled report, or
 * {@link io.github.bilateral.io.ReportReader} for your own files. Every failure is a {@link
 * io.github.bilateral.io.ReportException} that lists each {@link io.github.bilateral.io.Problem}
 * with its JSON path, line and column. {@link io.github.bilateral.io.ReportReader#lenient()} keeps
 * fields the format does not know, for files from newer tools. The format's JSON Schemas (draft
 * 2020-12), one per format version, are the class-path resources {@code
 * /io/github/bilateral/io/report-v2.schema.json} (the version the writer writes) and {@code
 * /io/github/bilateral/io/report-v1.schema.json}; the reader reads both versions.
 *
 * <p>The format is described once, in the package's {@code Format}: a table of shapes, one per kind
 * of JSON object, each field with its JSON name, the kind of its value (text, id, reference to a
 * kind of fact, enum, integer or decimal with its limits, partial date with its part, period,
 * nested object, list of any of these), whether it is required, the default the writer leaves out,
 * its canonical order and the model's accessor and builder setter; the lists of the top level
 * follow {@link io.github.bilateral.model.FactKind}. Data flows one way: the bytes are checked as
 * UTF-8; the table-driven reader walks Jackson's tokens once, building and checking each object as
 * it ends; the resolver takes each fact and each reference as they are read and, after the walk,
 * reports duplicate ids, dangling references and cycles with where they stand; then comes the
 * {@link io.github.bilateral.model.Report}. {@link io.github.bilateral.io.ReportValidator} runs the
 * same resolver over a report built in code. The writer walks the same shapes back out. The JSON
 * Schema and {@code docs/FORMAT.md} are tested against the table field by field. Jackson's types
 * appear in this package's API only in the deprecated generator-taking methods of {@link
 * io.github.bilateral.io.ReportWriter}; one part of a report is read and written as text with
 * {@link io.github.bilateral.io.ReportReader#readFact} and
 * {@link io.github.bilateral.io.ReportWriter#toJson(io.github.bilateral.model.Fact)}.
 */
@NullMarked
package io.github.bilateral.io;

import org.jspecify.annotations.NullMarked;
