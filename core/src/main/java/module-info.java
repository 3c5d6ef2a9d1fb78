/**
 * The model, reader, writer, queries and exports of bilateral, with the bundled report.
 *
 * <pre>{@code
 * module my.app {
 *   requires io.github.bilateral.core;
 * }
 * }</pre>
 */
@SuppressWarnings({"requires-automatic", "exports"})
module io.github.bilateral.core {
  requires transitive com.google.common;
  requires transitive com.fasterxml.jackson.core;
  requires transitive org.jspecify;
  requires de.siegmar.fastcsv;
  // Only to compile the classes that Immutables generates, which carry these annotations.
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.bilateral.model;
  exports io.github.bilateral.io;
  exports io.github.bilateral.query;
  exports io.github.bilateral.export;
  exports io.github.bilateral.compare;
}
