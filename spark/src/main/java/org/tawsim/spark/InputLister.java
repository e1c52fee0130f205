/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.tawsim.core.InvalidInputException;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;

/**
 * Turns the arguments a user names into input files, on the driver, the way {@link InputReader}
 * does on one machine: a file is one source whose text id is its file name; a folder is walked
 * recursively in sorted order, keeping the files its format accepts, each with its path relative to
 * the folder as id. Paths may name any file system Hadoop reaches ({@code hdfs://}, {@code s3a://}
 * through the user's Hadoop configuration) and may be globs ({@code data/2015-*.jsonl}).
 *
 * <p>A missing path, standard input (a cluster cannot read it) and a folder reached again through
 * a symbolic link are rejected, never skipped silently. Not thread-safe.
 */
final class InputLister {

  private final Configuration conf;
  private final InputFormat format;
  private final List<InvalidInputException> rejects;

  InputLister(Configuration conf, InputFormat format, List<InvalidInputException> rejects) {
    this.conf = conf;
    this.format = format;
    this.rejects = rejects;
  }

  /** Returns the sources of these arguments, in argument order, each folder sorted. */
  List<InputSource> list(List<String> arguments) throws IOException {
    List<InputSource> sources = new ArrayList<>();
    for (String arg : arguments) {
      expand(arg, sources);
    }
    return sources;
  }

  private void expand(String arg, List<InputSource> sources) throws IOException {
    if (arg.equals(InputReader.STDIN)) {
      rejects.add(
          new InvalidInputException(
              arg, "", "standard input cannot be read by a Spark job: name a file or folder"));
      return;
    }
    Path path = new Path(arg);
    FileSystem fs = path.getFileSystem(conf);
    FileStatus[] matches = fs.globStatus(path);
    if (matches == null || matches.length == 0) {
      rejects.add(new InvalidInputException(arg, "", "no such file or folder"));
      return;
    }
    Arrays.sort(matches);
    // a plain local path names its files as tawsim build does (the argument, then the relative
    // path); anything else by the full path Hadoop gives
    boolean plain =
        "file".equals(fs.getScheme())
            && path.toUri().getScheme() == null
            && matches.length == 1
            && !arg.matches(".*[*?\\[\\]{}].*");
    for (FileStatus match : matches) {
      if (match.isDirectory()) {
        Path root = match.getPath();
        List<FileStatus> files = new ArrayList<>();
        walk(fs, root, files, new HashSet<>());
        String prefix = root.toUri().getPath();
        List<InputSource> found = new ArrayList<>();
        for (FileStatus f : files) {
          String id = f.getPath().toUri().getPath().substring(prefix.length() + 1);
          found.add(source(f, plain ? java.nio.file.Path.of(arg).resolve(id).toString() : null, id));
        }
        // The order of the whole relative paths, as InputReader sorts them: a-c.txt before a/b.txt.
        found.sort(java.util.Comparator.comparing(InputSource::id));
        sources.addAll(found);
      } else {
        sources.add(
            source(match, plain ? java.nio.file.Path.of(arg).toString() : null, match.getPath().getName()));
      }
    }
  }

  /** @param name what rejections call the file; null for its full path */
  private InputSource source(FileStatus file, String name, String id) {
    Path path = file.getPath();
    return new InputSource(
        path.toString(),
        name == null ? path.toString() : name,
        id,
        format.resolve(path.getName()),
        file.getLen());
  }

  private void walk(FileSystem fs, Path dir, List<FileStatus> files, Set<String> seen) {
    String real = realPath(fs, dir);
    if (!seen.add(real)) {
      rejects.add(
          new InvalidInputException(dir.toString(), "", "symbolic link loop, not followed"));
      return;
    }
    FileStatus[] children;
    try {
      children = fs.listStatus(dir);
    } catch (IOException e) {
      rejects.add(
          new InvalidInputException(
              dir.toString(), "", "cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e));
      return;
    }
    Arrays.sort(children);
    for (FileStatus c : children) {
      if (c.isDirectory()) {
        walk(fs, c.getPath(), files, seen);
      } else if (format.accepts(c.getPath().getName())) {
        files.add(c);
      }
    }
    seen.remove(real);
  }

  /** The folder's real path on a local disk, where symbolic links can loop; its URI elsewhere. */
  private static String realPath(FileSystem fs, Path dir) {
    URI uri = dir.toUri();
    if ("file".equals(fs.getScheme())) {
      try {
        return java.nio.file.Path.of(uri.getPath()).toRealPath().toString();
      } catch (IOException e) {
        return uri.toString();
      }
    }
    return uri.toString();
  }
}
