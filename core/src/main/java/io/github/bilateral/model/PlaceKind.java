package io.github.bilateral.model;

/**
 * The kind of a {@link Place}.
 *
 * <p>In JSON each constant is written in lowercase kebab-case, such as {@code country}.
 *
 * <pre>{@code
 * report.places().stream().filter(p -> p.kind() == PlaceKind.PORT).map(Place::name).toList();
 * // [deep-sea port, Karachi Port, Karachi Port's East Wharf]
 * }</pre>
 */
public enum PlaceKind {
  /** A country as a territory (the state as an actor is an {@link Actor}). */
  COUNTRY,
  /** A province or state within a country. */
  PROVINCE,
  /** A region. */
  REGION,
  /** A city. */
  CITY,
  /** A port or part of one. */
  PORT,
  /** A border or boundary line. */
  BORDER,
  /** A river. */
  RIVER,
  /** A sea. */
  SEA,
  /** A building, facility or other site. */
  SITE,
  /** Any other place. */
  OTHER
}
