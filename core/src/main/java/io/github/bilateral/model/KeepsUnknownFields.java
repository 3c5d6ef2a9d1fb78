package io.github.bilateral.model;

import org.immutables.value.Value;

/**
 * An object of the format that keeps the fields this version of the format does not know, so that
 * a file read leniently and written again loses nothing. Every value type of this package that the
 * format writes as a JSON object is one: a {@link Report}, each {@link Fact}, a {@link Section}, a
 * {@link Provenance}, an {@link Amount} and the others; {@link UnknownFields} says how the fields
 * are kept.
 *
 * <pre>{@code
 * static boolean fromNewerTool(KeepsUnknownFields object) {
 *   return !object.unknownFields().isEmpty();
 * }
 *
 * Loan rated = loan.withUnknownFields(UnknownFields.builder().put("rating", "\"CCC-\"").build());
 * fromNewerTool(rated);   // true
 * fromNewerTool(report);  // false: a report read strictly keeps none
 * }</pre>
 */
public interface KeepsUnknownFields {

  /**
   * {@return the fields of this object that the format does not know, kept by a lenient reader and
   * written back unchanged; {@link UnknownFields#of()} unless set}
   */
  @Value.Default
  default UnknownFields unknownFields() {
    return UnknownFields.of();
  }
}
