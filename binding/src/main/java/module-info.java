/** The JSON form of each model type, for data-binding libraries. */
module io.github.bilateral.binding {
  requires transitive io.github.bilateral.core;

  exports io.github.bilateral.binding;
}
