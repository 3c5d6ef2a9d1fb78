package io.github.bilateral.model;

import java.util.Optional;

/**
 * The date a fact may carry, to the precision the report gives: when a relation holds or began, a
 * loan or an agreement was made, an event happened, a figure holds, or a source was published.
 * Each fact type implements it beside {@link Fact}; {@link Provenance#fields()} names the field
 * {@code date} where the date is worked out rather than printed.
 *
 * <pre>{@code
 * static boolean in(Dated fact, int year) {
 *   return fact.date().map(d -> d.year() == year).orElse(false);
 * }
 *
 * report.loans().stream().filter(loan -> in(loan, 2023)).count();
 * report.citations().stream().filter(c -> in(c, 2023)).count();
 * }</pre>
 */
public interface Dated {

  /** {@return the fact's date, where the report gives or implies one} */
  Optional<PartialDate> date();
}
