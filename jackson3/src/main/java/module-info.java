/** A Jackson 3 databind module for the model of bilateral. */
module io.github.bilateral.jackson3 {
  requires transitive io.github.bilateral.binding;
  requires transitive tools.jackson.databind;

  exports io.github.bilateral.jackson3;
}
