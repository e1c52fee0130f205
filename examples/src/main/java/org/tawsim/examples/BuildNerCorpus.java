/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tawsim.annotate.Annotators;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.OutputFormat;
import org.tawsim.export.conll.TagScheme;
import org.tawsim.dataset.BuildReport;
import org.tawsim.dataset.DatasetBuilder;
import org.tawsim.dataset.HashSplitter;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;
import org.tawsim.dataset.Split;
import org.tawsim.dataset.SplitStats;

/**
 * Turns a folder of Arabic text files into a named-entity corpus: CoNLL-2003 files (IOB2 tags) for
 * train, dev and test, plus the native JSONL, with statistics and a rejects list. The same as
 * {@code tawsim build FOLDER -o OUT --formats conll,jsonl}.
 *
 * <p>Documents go to a split by a seeded hash of their id, so a document stays in its split when the
 * corpus grows, and the same input gives byte-identical files.
 */
public final class BuildNerCorpus {

  private BuildNerCorpus() {}

  /**
   * What was written.
   *
   * @param conll the CoNLL file of each split, in split order
   * @param documents the documents of each split
   * @param entities the entities of each split
   * @param rejected the inputs not written (bad UTF-8, duplicates...), listed in {@code rejects.jsonl}
   * @param summary the build's own summary, as {@code tawsim build} prints it
   */
  public record Result(
      Map<Split, Path> conll,
      Map<Split, Long> documents,
      Map<Split, Long> entities,
      long rejected,
      String summary) {

    /** Copies the maps. */
    public Result {
      conll = Map.copyOf(conll);
      documents = Map.copyOf(documents);
      entities = Map.copyOf(entities);
    }

    /** Returns the total number of documents written. */
    public long totalDocuments() {
      return documents.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Annotates every text file under {@code input} and writes the corpus into {@code outDir}.
   *
   * @param threads annotation threads; the output does not depend on it
   * @throws IOException when an output cannot be written
   */
  public static Result run(Path input, Path outDir, int threads) throws IOException {
    Objects.requireNonNull(input, "input");
    DatasetBuilder builder =
        DatasetBuilder.builder(Annotators.defaultPipeline())
            .format(OutputFormat.CONLL, ExportOptions.defaults().withScheme(TagScheme.IOB2))
            .format(OutputFormat.JSONL, ExportOptions.defaults())
            .splitter(HashSplitter.of(80, 10, 10, 0))
            .threads(threads)
            .build();
    BuildReport report =
        builder.run(
            rejects ->
                new InputReader(
                    List.of(input.toString()), InputFormat.TXT, rejects, InputStream.nullInputStream()),
            outDir);

    Map<Split, Path> files = new LinkedHashMap<>();
    Map<Split, Long> documents = new LinkedHashMap<>();
    Map<Split, Long> entities = new LinkedHashMap<>();
    for (Split split : Split.values()) {
      // FORMAT/SPLIT.EXT, as DatasetBuilder documents it
      files.put(split, outDir.resolve("conll").resolve(split.label() + OutputFormat.CONLL.extension()));
      SplitStats stats = report.splits().get(split);
      documents.put(split, stats.documents());
      entities.put(split, stats.entityCount());
    }
    return new Result(files, documents, entities, report.rejected(), report.summary());
  }

  /**
   * Builds a corpus. Arguments: input folder (default {@code samples/ntrex}) and output folder
   * (default {@code target/ner-corpus}).
   */
  public static void main(String[] args) throws IOException {
    Path input = Path.of(args.length > 0 ? args[0] : "samples/ntrex");
    Path out = Path.of(args.length > 1 ? args[1] : "target/ner-corpus");
    Result r = run(input, out, Runtime.getRuntime().availableProcessors());
    Utf8Out.print(r.summary() + (r.summary().endsWith("\n") ? "" : "\n"));
    for (Split s : Split.values()) {
      Utf8Out.print(s.label() + ": " + r.documents().get(s) + " documents, "
          + r.entities().get(s) + " entities -> " + r.conll().get(s) + "\n");
    }
  }
}
