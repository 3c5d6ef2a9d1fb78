package io.github.bilateral.io;

/** Lets tests of other packages use the sample with unknown fields of {@link LenientReaderTest}. */
public final class LenientReaderTestAccess {

  private LenientReaderTestAccess() {}

  /** Returns the sample report with unknown fields at every level. */
  public static String sample() {
    return LenientReaderTest.sampleWithUnknownFields();
  }
}
