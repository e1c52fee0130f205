/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tawsim.dataset.BuildReport;
import org.tawsim.dataset.BuildSettings;
import org.tawsim.dataset.DatasetBuilder;
import org.tawsim.export.input.InputReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tawsim build}: from a folder of scraped pages to train/dev/test corpora. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Annotates inputs with the default pipeline and writes train/dev/test corpora.",
      "Inputs are UTF-8 .txt files (one document each), folders of them (recursive, sorted),"
          + " JSONL with id and text (other fields kept as metadata), .gz of either, or - for stdin.",
      "Writes DIR/FORMAT/{train,dev,test}.EXT, DIR/rejects.jsonl, DIR/summary.txt and, last,"
          + " DIR/stats.json: a folder with stats.json holds one complete run.",
      "Exit 0 on success, 1 when inputs were rejected (the rest are written), 2 on bad usage,"
          + " 3 when the run failed."
    })
final class BuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Inputs inputs;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "Output folder (created if missing).")
  Path output;

  /** Every setting of the build, shared with spark-build. */
  @Mixin BuildOptions build;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    PrintWriter err = cl.getErr();
    BuildSettings settings = build.settings(cl, err);
    DatasetBuilder.Builder b =
        DatasetBuilder.builder(build.pipeline().pipeline())
            .settings(settings)
            .threads(build.annotators().threads(cl));
    ProgressLine progress = null;
    if (!build.quiet() && ProgressLine.stderrIsTerminal()) {
      progress = new ProgressLine(err, inputBytes(inputs.paths), System::nanoTime);
      b.progress(progress);
    }
    DatasetBuilder builder;
    try {
      builder = b.build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
    BuildReport report;
    try {
      report = builder.run(inputs::open, output);
    } finally {
      if (progress != null) {
        progress.finish();
      }
    }
    if (!build.quiet()) {
      build.summarize(err);
      err.print(report.summary());
      err.println("written to " + output + " (listing in rejects.jsonl what was not written)");
      err.flush();
    }
    return report.rejected() > 0 ? Tawsim.EXIT_REJECTS : 0;
  }

  /** Returns the size of the input files, or -1 when it says little (stdin, gzip). */
  static long inputBytes(List<String> inputs) {
    long[] total = {0};
    boolean[] unknown = {false};
    for (String in : inputs) {
      if (in.equals(InputReader.STDIN)) {
        return -1;
      }
      try {
        Files.walkFileTree(
            Path.of(in),
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                  total[0] += attrs.size();
                  if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                    unknown[0] = true;
                  }
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException | RuntimeException e) {
        return -1;
      }
    }
    return unknown[0] ? -1 : total[0];
  }
}
