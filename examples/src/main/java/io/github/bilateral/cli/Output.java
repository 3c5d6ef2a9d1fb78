package io.github.bilateral.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.jspecify.annotations.Nullable;

/**
 * Where the tool writes: standard output, which remembers its first failure so that the tool can
 * report it, and files, which are written beside their target and moved into place only when whole.
 */
final class Output extends FilterOutputStream {

  /** Writes something to a stream; an {@link UncheckedIOException} counts as a failed write. */
  @FunctionalInterface
  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private final String name;
  private @Nullable IOException failure;

  /** Wraps {@code out}, named {@code name} in messages, such as "standard output". */
  Output(OutputStream out, String name) {
    super(out);
    this.name = name;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /** Flushes, and returns the failure of the first write or flush that failed, as a {@link Failure}, if any. */
  @Nullable Failure check() {
    try {
      flush();
    } catch (IOException e) {
      // remembered
    }
    return failure == null ? null : Failure.cannotWrite(name, failure);
  }

  /**
   * Writes the file {@code target} with {@code writer}: into a new file beside it, which replaces
   * {@code target} only once it is whole, so that a failed write leaves no partial file behind, and
   * no temporary file either, whatever {@code writer} throws.
   *
   * @throws Failure if the file cannot be written; any other exception of {@code writer} as it is
   */
  static void replace(Path target, Writer writer) {
    Path dir = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      throw new Failure("cannot write " + target + ": no folder " + (target.getParent() == null ? dir : target.getParent()));
    }
    Path part = null;
    boolean moved = false;
    try {
      part = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part))) {
        writer.write(out);
      }
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(part, Files.exists(target) ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } catch (IOException e) {
      throw Failure.cannotWrite(target.toString(), e);
    } catch (UncheckedIOException e) {
      throw Failure.cannotWrite(target.toString(), e.getCause());
    } finally {
      // Whatever stopped the write, an I/O error or any other exception of the writer, leaves no part behind.
      if (!moved) {
        deleteQuietly(part);
      }
    }
  }

  private static void deleteQuietly(@Nullable Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // Nothing more to do: the write already failed and is reported.
      }
    }
  }
}
