/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.apache.commons.lang3.time.DurationFormatUtils;
import org.tawsim.dataset.DatasetBuilder;

/**
 * One line on a terminal's stderr that tells how far a long run is: documents, documents per
 * second, MB per second and, when the input size is known, the share done and the time left.
 *
 * <p>Redrawn at most four times a second with a carriage return, cleared by {@link #finish()}.
 * The share counts UTF-8 bytes of document text against the size of the input files, so it runs a
 * little behind on JSONL (keys and escapes are not text) and is not shown for gzipped inputs.
 * Called from one thread.
 */
final class ProgressLine implements DatasetBuilder.ProgressListener {

  private static final long REDRAW_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final long totalBytes;
  private final LongSupplier clock;
  private final long start;
  private long lastDraw;
  private int lastWidth;

  /**
   * Creates the line.
   *
   * @param totalBytes the size of the inputs, or -1 when unknown
   */
  ProgressLine(PrintWriter err, long totalBytes, LongSupplier nanoClock) {
    this.err = err;
    this.totalBytes = totalBytes;
    this.clock = nanoClock;
    this.start = nanoClock.getAsLong();
    this.lastDraw = start;
  }

  @Override
  public void progress(long documents, long characters, long bytes) {
    long now = clock.getAsLong();
    if (now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    String line = render(documents, bytes, (now - start) / 1e9);
    StringBuilder sb = new StringBuilder("\r").append(line);
    for (int i = line.length(); i < lastWidth; i++) {
      sb.append(' ');
    }
    lastWidth = line.length();
    err.print(sb);
    err.flush();
  }

  String render(long documents, long bytes, double seconds) {
    double s = Math.max(seconds, 1e-3);
    String line =
        String.format(
            Locale.ROOT,
            "%,d docs  %,.0f docs/s  %.1f MB/s",
            documents,
            documents / s,
            bytes / 1e6 / s);
    if (totalBytes > 0 && bytes > 0) {
      double share = Math.min(0.99, bytes / (double) totalBytes);
      line += String.format(Locale.ROOT, "  %3.0f%%", share * 100);
      if (seconds >= 1 && share >= 0.01) { // earlier, the rate says little yet
        long left = Math.round(seconds / share * (1 - share));
        line += "  ETA " + DurationFormatUtils.formatDuration(left * 1000, "m:ss");
      }
    }
    return line;
  }

  /** Clears the line. */
  void finish() {
    if (lastWidth > 0) {
      err.print("\r" + " ".repeat(lastWidth) + "\r");
      err.flush();
    }
  }

  /**
   * Returns true when standard error is a terminal: on Linux, when file descriptor 2 is a tty;
   * elsewhere, when the JVM has a console.
   */
  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return System.console() != null;
  }
}
