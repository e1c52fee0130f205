/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * An output file written under a temporary name beside its target and moved into place by {@link
 * #commit()}, so that an interrupted run leaves nothing that looks complete.
 *
 * <p>The temporary file is a hidden {@code .NAME.RANDOM.part} in the target's folder (created if
 * missing), so the final move is a rename on one file system, atomic where the file system allows.
 * {@link #close()} without {@link #commit()} deletes the temporary file; after a commit it does
 * nothing. The target, if it exists, is replaced only at the commit. Not thread-safe.
 *
 * <pre>{@code
 * try (PendingFile f = PendingFile.create(Path.of("out/train.jsonl"))) {
 *   f.stream().write(bytes);
 *   f.commit();
 * }
 * }</pre>
 */
public final class PendingFile implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path target;
  private final Path temporary;
  private final OutputStream stream;
  private boolean done;

  private PendingFile(Path target, Path temporary, OutputStream stream) {
    this.target = target;
    this.temporary = temporary;
    this.stream = stream;
  }

  /**
   * Creates the temporary file for {@code target}, creating its folder if needed.
   *
   * @param target the file that {@link #commit} will replace
   * @return the pending file, to write and then commit or discard
   * @throws java.io.IOException when the folder or the temporary file cannot be created
   */
  public static PendingFile create(Path target) throws IOException {
    Path absolute = Objects.requireNonNull(target, "target").toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    // Not Files.createTempFile: it makes the file private (rw-------), and the output would keep
    // that mode after the rename; a file created here gets the usual mode of the user's umask.
    while (true) {
      Path temporary =
          dir.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
      try {
        FileChannel out =
            FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new PendingFile(absolute, temporary, new ChannelOutput(out, ChannelOutput.BUFFER));
      } catch (FileAlreadyExistsException e) {
        // another run's temporary file: draw another name
      }
    }
  }

  /** {@return the file this one becomes at the commit} */
  public Path target() {
    return target;
  }

  /**
   * {@return the buffered stream onto the temporary file} Its buffer is direct memory of 64 KiB,
   * allocated with the file: bytes written are copied once before the kernel takes them.
   */
  public OutputStream stream() {
    return stream;
  }

  /**
   * Closes the stream and moves the file into place, replacing what was there.
   *
   * @throws IOException when the move fails; the temporary file is then removed by {@link #close()}
   */
  public void commit() throws IOException {
    stream.close();
    try {
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    done = true;
  }

  /** Closes the stream and deletes the temporary file, unless {@link #commit()} ran. */
  @Override
  public void close() throws IOException {
    if (done) {
      return;
    }
    done = true;
    try {
      stream.close();
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
