/** The test kit of bilateral: the seeded property runner, generators and mutations. */
@SuppressWarnings("requires-automatic")
module io.github.bilateral.testing {
  requires transitive io.github.bilateral.core;
  // Only so that the compiler can read the annotations on core's generated classes.
  requires static org.immutables.value.annotations;

  exports io.github.bilateral.testing;
}
