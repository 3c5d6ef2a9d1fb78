/**
 * Writes a report in formats that other tools read: canonical JSON, JSON lines, CSV tables,
 * CSL-JSON citations and FollowTheMoney entities.
 *
 * <p>Start with {@link io.github.bilateral.export.Exporter}; {@link
 * io.github.bilateral.export.ExportFormat} lists the formats and what each one holds.
 */
@NullMarked
package io.github.bilateral.export;

import org.jspecify.annotations.NullMarked;
