/** A Jackson 2 databind module for the model of bilateral. */
module io.github.bilateral.jackson {
  requires transitive io.github.bilateral.binding;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.bilateral.jackson;
}
