/**
 * A Jackson 3 databind module for the model: register {@link
 * io.github.bilateral.jackson3.BilateralModule} on an {@code ObjectMapper} to write facts, ids,
 * dates, money and whole reports in the library's format and read them back checked.
 */
@NullMarked
package io.github.bilateral.jackson3;

import org.jspecify.annotations.NullMarked;
