/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.Pipeline;
import org.tawsim.dataset.DatasetBuilder;
import org.tawsim.dataset.DedupMode;
import org.tawsim.dataset.HashSplitter;
import org.tawsim.dataset.PageMode;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;

/**
 * A Spark task whose annotator fails, faked with Mockito: an exception on one document rejects
 * that document with its reason, as {@code tawsim build} does, and the rest is written; an error,
 * which no annotator is expected to throw, kills the task, fails the job as it fails the build,
 * and leaves nothing that looks like a finished corpus.
 */
class SparkTaskFailureTest {

  private static final Path SAMPLES = LocalSession.SAMPLES;

  @RegisterExtension static final LocalSession SPARK = new LocalSession();

  @TempDir Path tmp;

  /**
   * The test pipeline, then a mocked step that throws what {@code failure} gives on the document
   * of this id and passes every other one on unchanged. A static method, so that the factory that
   * travels to the executors captures only the id and the failure.
   */
  static Pipeline failingOn(String id, SerializableSupplier<Throwable> failure) {
    Annotator step = mock(Annotator.class);
    when(step.requires()).thenReturn(Set.of());
    when(step.produces()).thenReturn(Set.of());
    when(step.annotate(any()))
        .thenAnswer(
            call -> {
              Document d = call.getArgument(0);
              if (d.id().equals(id)) {
                throw failure.get();
              }
              return d;
            });
    List<Annotator> steps = new ArrayList<>(WhitespaceTokens.pipeline().steps());
    steps.add(step);
    return Pipeline.of(steps);
  }

  /** A failure that travels with the factory to the executors. */
  interface SerializableSupplier<T> extends Supplier<T>, java.io.Serializable {}

  private static SparkBuild.Builder job(PipelineFactory pipelines) {
    return SparkBuild.builder(pipelines)
        .pages(PageMode.WHOLE)
        .splitter(HashSplitter.of(50, 25, 25, 7))
        .singleFiles(true);
  }

  @Test
  void anAnnotatorThatThrowsOnOneDocumentRejectsItByNameAsTheBuildDoes() throws IOException {
    PipelineFactory pipelines =
        () -> failingOn("ntrex-021.txt", () -> new IllegalStateException("a rule table is corrupt"));
    Path cluster = tmp.resolve("cluster");
    SparkBuildReport report =
        job(pipelines).build().run(SPARK.session(), List.of(SAMPLES.toString()), cluster.toString());

    assertEquals(5, report.inputs());
    assertEquals(4, report.written());
    assertTrue(report.reconciles(), report.equation());
    assertEquals(
        List.of(
            "{\"input\":\"ntrex-021.txt\",\"location\":\"\",\"reason\":\"annotation failed:"
                + " java.lang.IllegalStateException: a rule table is corrupt\"}"),
        Files.readAllLines(cluster.resolve("rejects.jsonl"), UTF_8));
    // one machine, with the same failing pipeline, reports the same
    Path oneMachine = tmp.resolve("builder");
    oneMachine(pipelines, oneMachine);
    Outputs.assertSameReports(oneMachine, cluster);
  }

  @Test
  void aTaskThatDiesFailsTheJobWithItsReasonAndLeavesNothingThatLooksComplete()
      throws IOException {
    Path out = tmp.resolve("out");
    job(WhitespaceTokens::pipeline).build().run(SPARK.session(), List.of(SAMPLES.toString()), out.toString());
    assertTrue(Files.exists(out.resolve("stats.json")));

    PipelineFactory dying =
        () -> failingOn("ntrex-026.txt", () -> new AssertionError("an invariant broke"));
    Exception e =
        assertThrows(
            Exception.class,
            () -> job(dying).build().run(SPARK.session(), List.of(SAMPLES.toString()), out.toString()));
    assertTrue(
        causes(e).contains("java.lang.AssertionError: an invariant broke"),
        "the task's error reaches the caller: " + causes(e));
    assertFalse(Files.exists(out.resolve("stats.json")), "stats.json of the earlier run kept");
    assertFalse(Files.exists(out.resolve(JobOutput.STAGING)), "staging folder left behind");
    // the build fails on the same error
    AssertionError build =
        assertThrows(AssertionError.class, () -> oneMachine(dying, tmp.resolve("builder")));
    assertEquals("an invariant broke", build.getMessage());
  }

  /** Builds the samples on one machine, as the job does, with the pipeline of this factory. */
  private static void oneMachine(PipelineFactory pipelines, Path out) throws IOException {
    DatasetBuilder.builder(pipelines.create())
        .pages(PageMode.WHOLE)
        .splitter(HashSplitter.of(50, 25, 25, 7))
        .dedup(DedupMode.OFF)
        .threads(2)
        .build()
        .run(
            rejects ->
                new InputReader(
                    List.of(SAMPLES.toString()),
                    InputFormat.AUTO,
                    rejects,
                    new ByteArrayInputStream(new byte[0])),
            out);
  }

  /** The messages of an exception and its causes, one a line. */
  private static String causes(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      sb.append(t).append('\n');
    }
    return sb.toString();
  }
}
