/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.RejectHandler;
import org.tawsim.core.io.NonClosingInputStream;
import org.tawsim.core.io.StrictUtf8;
import org.tawsim.export.Formats;
import org.tawsim.export.ReaderFormat;
import org.tawsim.export.jsonl.JsonlReader;

/**
 * Reads the documents of the inputs a user names: text files, JSONL files, folders of them, and
 * standard input ({@code -}).
 *
 * <p>A text file is one document whose id is its path relative to the argument that named it (its
 * file name when the argument is the file itself), with {@code /} as separator. A folder is walked
 * recursively in sorted order, following symbolic links; a link that loops, an unreadable file and
 * a file that is not valid UTF-8 (named with its byte offset) are rejected, never repaired. A JSONL
 * file gives one document per line, read as {@link ReaderFormat#JSONL}. Files ending in {@code .gz} are
 * decompressed. Inputs are read in the order given, so the documents always come in the same order.
 *
 * <p>Every problem goes to the {@link RejectHandler}; with a collecting handler reading goes on with
 * the next document. Not thread-safe.
 */
public final class InputReader implements DocumentReader {

  /** The name standard input goes by, as an argument and in ids. */
  public static final String STDIN = "-";

  private final InputFormat format;
  private final RejectHandler rejects;
  private final InputStream stdin;
  private final Deque<Source> pending = new ArrayDeque<>();
  private DocumentReader current;

  private record Source(Path path, String id, InputFormat format) {}

  /**
   * Creates a reader over these arguments, expanding folders now.
   *
   * @param arguments files, folders or {@code -}
   * @param format how to read files; {@link InputFormat#AUTO} decides by extension (text on stdin)
   * @param rejects what to do with a bad input
   * @param stdin what {@code -} reads
   * @throws java.io.IOException when a folder cannot be listed
   */
  public InputReader(
      List<String> arguments, InputFormat format, RejectHandler rejects, InputStream stdin)
      throws IOException {
    this.format = Objects.requireNonNull(format, "format");
    this.rejects = Objects.requireNonNull(rejects, "rejects");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    for (String arg : arguments) {
      expand(arg);
    }
  }

  private void expand(String arg) throws IOException {
    if (arg.equals(STDIN)) {
      pending.add(new Source(null, "stdin", format == InputFormat.JSONL ? format : InputFormat.TXT));
      return;
    }
    Path root = Path.of(arg);
    if (!Files.exists(root)) {
      rejects.reject(new InvalidInputException(arg, "", "no such file or folder"));
      return;
    }
    if (!Files.isDirectory(root)) {
      String name = root.getFileName().toString();
      pending.add(new Source(root, name, format.resolve(name)));
      return;
    }
    List<Path> files = new ArrayList<>();
    List<InvalidInputException> problems = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && format.accepts(file.getFileName().toString())) {
              files.add(file);
            } else if (attrs.isSymbolicLink() && format.accepts(file.getFileName().toString())) {
              // the walk gives a link's own attributes when its target cannot be read
              problems.add(
                  new InvalidInputException(
                      file.toString(), "", "broken symbolic link: its target is missing"));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String reason =
                e instanceof FileSystemLoopException
                    ? "symbolic link loop, not followed"
                    : "cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
            problems.add(new InvalidInputException(file.toString(), "", reason, e));
            return FileVisitResult.CONTINUE;
          }
        });
    for (InvalidInputException p : problems) {
      rejects.reject(p);
    }
    files.sort(null);
    for (Path f : files) {
      String id = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
      pending.add(new Source(f, id, format.resolve(f.getFileName().toString())));
    }
  }

  @Override
  public Optional<Document> read() throws IOException {
    return DocumentReader.readParsed(this, rejects);
  }

  /**
   * {@inheritDoc} Here a text file's bytes, or a JSONL file's next line, not decoded yet: a file
   * that is not UTF-8 is rejected by {@link Pending#parse}.
   */
  @Override
  public Optional<Pending> readPending() throws IOException {
    while (true) {
      if (current != null) {
        Optional<Pending> p = current.readPending();
        if (p.isPresent()) {
          return p;
        }
        current.close();
        current = null;
      }
      Source s = pending.poll();
      if (s == null) {
        return Optional.empty();
      }
      String name = s.path == null ? STDIN : s.path.toString();
      try {
        if (s.format == InputFormat.JSONL) {
          current = Formats.reader(ReaderFormat.JSONL, name, open(s), rejects, n -> {});
          continue;
        }
        byte[] bytes;
        try (InputStream in = open(s)) {
          bytes = in.readAllBytes();
        }
        return Optional.of(
            new Pending() {
              @Override
              public Document parse() throws InvalidInputException {
                return Document.of(s.id, StrictUtf8.decode(name, bytes));
              }

              @Override
              public int length() {
                return bytes.length;
              }
            });
      } catch (InvalidInputException e) {
        rejects.reject(e);
      } catch (IOException | UncheckedIOException e) {
        rejects.reject(new InvalidInputException(name, "", "cannot read (" + e + ")", e));
      }
    }
  }

  private InputStream open(Source s) throws IOException {
    InputStream in = s.path == null ? new NonClosingInputStream(stdin) : Files.newInputStream(s.path);
    String name = s.path == null ? "" : s.path.getFileName().toString();
    return name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  @Override
  public void close() throws IOException {
    if (current != null) {
      current.close();
      current = null;
    }
    pending.clear();
  }
}
