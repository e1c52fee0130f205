package org.tawsim.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written under a temporary name and renamed when complete, so that an interrupted
 * run leaves nothing that looks complete; or standard output.
 */
final class Output implements AutoCloseable {

  /** The name standard output goes by. */
  static final String STDOUT = "-";

  private final Path target;
  private final Path temporary;
  private final OutputStream stream;
  private boolean committed;

  private Output(Path target, Path temporary, OutputStream stream) {
    this.target = target;
    this.temporary = temporary;
    this.stream = stream;
  }

  /** Opens {@code name} for writing, or standard output for {@code -}. */
  static Output open(String name, PrintStream stdout) throws IOException {
    if (name.equals(STDOUT)) {
      return new Output(null, null, new BufferedOutputStream(stdout, 1 << 16) {
        @Override
        public void close() throws IOException {
          flush();
        }
      });
    }
    Path target = Path.of(name).toAbsolutePath();
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path temporary = Files.createTempFile(dir, "." + target.getFileName(), ".part");
    return new Output(
        target, temporary, new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16));
  }

  /** Returns the stream to write to. */
  OutputStream stream() {
    return stream;
  }

  /** Closes the stream and moves the file into place. */
  void commit() throws IOException {
    stream.close();
    if (target != null) {
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    committed = true;
  }

  /** Removes the temporary file unless {@link #commit()} ran. */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    stream.close();
    if (temporary != null) {
      Files.deleteIfExists(temporary);
    }
  }
}
