/**
 * Compares two reports: pairs their facts ({@link io.github.bilateral.compare.Alignment}), lists what
 * changed between them ({@link io.github.bilateral.compare.ReportDiff}, with a listing, a JSON form
 * and an RFC 6902 JSON Patch), and scores an extraction against a reference ({@link
 * io.github.bilateral.compare.ExtractionScore}).
 *
 * <p>Everything here works on each fact's canonical JSON, as {@link
 * io.github.bilateral.io.ReportWriter} writes it, read back as a tree: a field the format gains is
 * compared with no change here. The kinds and ids come from {@link io.github.bilateral.model.FactKind}.
 * Jackson is used inside, never in this package's API.
 */
@NullMarked
package io.github.bilateral.compare;

import org.jspecify.annotations.NullMarked;
