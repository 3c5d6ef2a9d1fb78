/** The test kit of bilateral: the seeded property runner, generators and mutations. */
module io.github.bilateral.testing {
  requires transitive io.github.bilateral.core;

  exports io.github.bilateral.testing;
}
