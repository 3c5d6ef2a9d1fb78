/**
 * Writes a report in formats that other tools read: canonical JSON, JSON lines, CSV tables,
 * CSL-JSON citations and FollowTheMoney entities.
 *
 * <p>Start with {@link io.github.bilateral.export.Exporter}; {@link
 * io.github.bilateral.export.ExportFormat} lists the formats and what each one holds.
 *
 * <p>The last step of the library's data flow: each export reads a report (and, for graphs and
 * timelines, its {@link io.github.bilateral.query.ReportQuery}); the JSON-based ones take each fact's
 * canonical JSON from {@link io.github.bilateral.io.ReportWriter#toJson(io.github.bilateral.model.Fact)},
 * so that every export shows the same fields as the format, and the lists come from {@link
 * io.github.bilateral.model.FactKind}. Jackson is used inside, never in this package's API.
 */
@NullMarked
package io.github.bilateral.export;

import org.jspecify.annotations.NullMarked;
