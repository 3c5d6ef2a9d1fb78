/** A Jackson 3 databind module for the model of bilateral. */
// The name ends in the major version of Jackson that it binds, as the artifact does.
@SuppressWarnings({"requires-automatic", "module"})
module io.github.bilateral.jackson3 {
  // Only so that the compiler can read the annotations on core's generated classes.
  requires static org.immutables.value.annotations;
  requires transitive io.github.bilateral.binding;
  requires transitive tools.jackson.databind;

  exports io.github.bilateral.jackson3;
}
