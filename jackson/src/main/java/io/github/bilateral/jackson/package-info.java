/**
 * A Jackson 2 databind module for the model: register {@link
 * io.github.bilateral.jackson.BilateralModule} on an {@code ObjectMapper} to write facts, ids,
 * dates, money and whole reports in the library's format and read them back checked.
 */
@NullMarked
package io.github.bilateral.jackson;

import org.jspecify.annotations.NullMarked;
