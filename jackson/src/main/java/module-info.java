/** A Jackson 2 databind module for the model of bilateral. */
@SuppressWarnings("requires-automatic")
module io.github.bilateral.jackson {
  // Only so that the compiler can read the annotations on core's generated classes.
  requires static org.immutables.value.annotations;
  requires transitive io.github.bilateral.binding;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.bilateral.jackson;
}
