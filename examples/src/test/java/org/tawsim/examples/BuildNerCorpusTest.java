/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.dataset.Split;

class BuildNerCorpusTest {

  @TempDir Path tmp;

  @Test
  void writesEveryDocumentToOneSplitWithEntityTags() throws IOException {
    BuildNerCorpus.Result r = BuildNerCorpus.run(RepoFiles.path("samples", "ntrex"), tmp.resolve("a"), 1);
    assertEquals(5, r.totalDocuments(), r::summary);
    assertEquals(0, r.rejected(), r::summary);
    long entities = r.entities().values().stream().mapToLong(Long::longValue).sum();
    assertTrue(entities > 20, r::summary);

    String train = Files.readString(r.conll().get(Split.TRAIN), StandardCharsets.UTF_8);
    assertEquals(r.documents().get(Split.TRAIN),
        train.lines().filter(l -> l.startsWith("-DOCSTART-")).count());
    assertTrue(train.lines().anyMatch(l -> l.matches("\\S+ -X- -X- B-PER")), "a B-PER row");
    for (Split s : Split.values()) {
      assertTrue(Files.exists(r.conll().get(s)), s.label());
    }
  }

  @Test
  void theSameInputGivesTheSameBytesWhateverTheThreads() throws IOException {
    BuildNerCorpus.Result one = BuildNerCorpus.run(RepoFiles.path("samples", "ntrex"), tmp.resolve("one"), 1);
    BuildNerCorpus.Result four = BuildNerCorpus.run(RepoFiles.path("samples", "ntrex"), tmp.resolve("four"), 4);
    for (Split s : Split.values()) {
      assertArrayEquals(Files.readAllBytes(one.conll().get(s)), Files.readAllBytes(four.conll().get(s)),
          s.label());
    }
  }
}
