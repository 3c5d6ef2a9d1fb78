/** The JSON form of each model type, for data-binding libraries. */
@SuppressWarnings("requires-automatic")
module io.github.bilateral.binding {
  // Only so that the compiler can read the annotations on core's generated classes.
  requires static org.immutables.value.annotations;
  requires transitive io.github.bilateral.core;

  exports io.github.bilateral.binding;
}
