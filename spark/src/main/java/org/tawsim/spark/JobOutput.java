/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output folder of one run and how its files become visible: nothing under a final name until
 * the whole job succeeded.
 *
 * <p>Tasks write {@code _temporary/RUN/FORMAT/SPLIT/part-NNNNN.EXT}, each attempt under a name of
 * its own ({@link #attemptOf}) that it renames to the part's when the partition is complete, so a
 * retried or speculative task only ever replaces a part with the same bytes. An attempt that died
 * with its executor (a worker lost mid-task) leaves its file under the attempt's name; committing
 * deletes such files, so a retried task's part replaces the failed attempt's output and never
 * adds to it. When every task is done, the driver moves each
 * {@code FORMAT} folder into place, optionally joining the parts of a split into the single file
 * {@code FORMAT/SPLIT.EXT} that {@code tawsim build} writes, then writes {@code rejects.jsonl},
 * {@code summary.txt} and finally {@code stats.json}: a folder with {@code stats.json} holds one
 * complete run. On a local disk no {@code .crc} side files are written.
 */
final class JobOutput implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String STAGING = "_temporary";
  static final String STATS = "stats.json";
  static final String REJECTS = "rejects.jsonl";
  static final String SUMMARY = "summary.txt";
  /** The split name of staged documents, before duplicate detection decides their split. */
  static final String STAGED_SPLIT = "all";
  /** What follows a part's name in the name of an attempt's file. */
  private static final String ATTEMPT = ".attempt-";

  private final String dir;
  private final String runId;

  JobOutput(String dir, String runId) {
    this.dir = dir;
    this.runId = runId;
  }

  /** Returns the file system of the output folder; the raw one for a local disk (no .crc files). */
  static FileSystem fileSystem(Path path, Configuration conf) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
  }

  Path root() {
    return new Path(dir);
  }

  private Path staging() {
    return new Path(new Path(root(), STAGING), runId);
  }

  /** Returns where a task's part of one format and split ends up inside the staging folder. */
  Path part(CorpusFormat format, String split, int partition) {
    String name = String.format(java.util.Locale.ROOT, "part-%05d%s", partition, format.extension());
    return new Path(new Path(new Path(staging(), format.name()), split), name);
  }

  /** Returns the name under which one attempt of a task writes a part before it is complete. */
  static Path attemptOf(Path part, long attempt) {
    return part.suffix(ATTEMPT + attempt);
  }

  /** Removes what says "complete" from an earlier run, before this one starts. */
  void begin(Configuration conf) throws IOException {
    FileSystem fs = fileSystem(root(), conf);
    fs.mkdirs(root());
    fs.delete(new Path(root(), STATS), false);
  }

  /**
   * Moves the staged formats into place; with {@code singleFiles}, joins each split's parts (in
   * partition order, which is input order) into {@code FORMAT/SPLIT.EXT}.
   *
   * @param splits every split label, so that each gets its file or folder even when empty
   */
  void commitParts(
      Configuration conf, List<CorpusFormat> formats, List<String> splits, boolean singleFiles)
      throws IOException {
    FileSystem fs = fileSystem(root(), conf);
    for (CorpusFormat format : formats) {
      Path staged = new Path(staging(), format.name());
      fs.mkdirs(staged);
      for (String split : splits) {
        Path parts = new Path(staged, split);
        fs.mkdirs(parts);
        deleteAttempts(fs, parts);
        if (singleFiles) {
          join(fs, parts, new Path(staged, split + format.extension()));
          fs.delete(parts, true);
        }
      }
      Path target = new Path(root(), format.name());
      fs.delete(target, true);
      if (!fs.rename(staged, target)) {
        throw new IOException("cannot move " + staged + " to " + target);
      }
    }
  }

  /** Deletes what attempts that died left in a folder of parts (see the class comment). */
  private static void deleteAttempts(FileSystem fs, Path parts) throws IOException {
    for (FileStatus f : fs.listStatus(parts)) {
      if (f.getPath().getName().contains(ATTEMPT) && !fs.delete(f.getPath(), false)) {
        throw new IOException("cannot delete " + f.getPath() + ", left by a failed task");
      }
    }
  }

  private static void join(FileSystem fs, Path parts, Path target) throws IOException {
    FileStatus[] files = fs.listStatus(parts);
    Arrays.sort(files);
    try (OutputStream out = fs.create(target, true)) {
      for (FileStatus f : files) {
        try (InputStream in = fs.open(f.getPath())) {
          in.transferTo(out);
        }
      }
    }
  }

  /**
   * Writes a small file into a staged format folder ({@code FORMAT/NAME}), which {@link
   * #commitParts} then moves into place with the parts: such as the label list of {@code hf}.
   */
  void stage(Configuration conf, CorpusFormat format, String name, byte[] content)
      throws IOException {
    FileSystem fs = fileSystem(root(), conf);
    try (OutputStream out = fs.create(new Path(new Path(staging(), format.name()), name), true)) {
      out.write(content);
    }
  }

  /** Writes a small file of the run under a temporary name, then renames it into place. */
  void writeFile(Configuration conf, String name, byte[] content) throws IOException {
    FileSystem fs = fileSystem(root(), conf);
    Path temp = new Path(staging(), name);
    try (OutputStream out = fs.create(temp, true)) {
      out.write(content);
    }
    Path target = new Path(root(), name);
    fs.delete(target, false);
    if (!fs.rename(temp, target)) {
      throw new IOException("cannot move " + temp + " to " + target);
    }
  }

  /** Deletes what pass one of a two-pass run staged (every folder whose name starts with _). */
  void deleteStaged(Configuration conf) throws IOException {
    FileSystem fs = fileSystem(root(), conf);
    for (FileStatus f : fs.listStatus(staging())) {
      if (f.getPath().getName().startsWith("_")) {
        fs.delete(f.getPath(), true);
      }
    }
  }

  /** Deletes the staging folder of this run, and the staging root when nothing else is in it. */
  void cleanUp(Configuration conf) throws IOException {
    FileSystem fs = fileSystem(root(), conf);
    fs.delete(staging(), true);
    Path stagingRoot = new Path(root(), STAGING);
    FileStatus[] left = fs.exists(stagingRoot) ? fs.listStatus(stagingRoot) : new FileStatus[0];
    if (left.length == 0) {
      fs.delete(stagingRoot, true);
    }
  }

  /** Lists the files a run left in the output folder, sorted, relative to it (for tests and logs). */
  List<String> listing(Configuration conf) throws IOException {
    FileSystem fs = fileSystem(root(), conf);
    List<String> names = new ArrayList<>();
    var it = fs.listFiles(root(), true);
    String prefix = fs.makeQualified(root()).toUri().getPath();
    while (it.hasNext()) {
      names.add(it.next().getPath().toUri().getPath().substring(prefix.length() + 1));
    }
    names.sort(null);
    return names;
  }
}
