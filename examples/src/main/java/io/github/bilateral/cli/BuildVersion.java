package io.github.bilateral.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version the build wrote into {@code version.properties}, such as {@code bilateral 0.1.0}. */
final class BuildVersion implements IVersionProvider {

  /** Returns the version of this build, such as {@code 0.1.0-SNAPSHOT}. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = BuildVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the class path; build with Maven");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"bilateral " + version()};
  }
}
