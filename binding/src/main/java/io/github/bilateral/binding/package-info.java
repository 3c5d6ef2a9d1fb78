/**
 * The JSON form of each model type, for data-binding libraries: {@link
 * io.github.bilateral.binding.JsonForm#all()} lists them, each with the writing and the checked
 * reading that the library's own {@code ReportWriter} and {@code ReportReader} do.
 */
@NullMarked
package io.github.bilateral.binding;

import org.jspecify.annotations.NullMarked;
