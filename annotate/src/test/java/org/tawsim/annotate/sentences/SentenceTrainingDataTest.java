/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed training files are what {@link SentenceTrainingData} makes of the shared sources. */
class SentenceTrainingDataTest {

  private static Path shared() {
    String dir = System.getProperty("tawsim.shared.dir", "../../shared");
    Path data = Path.of(dir, "data");
    assumeTrue(Files.isDirectory(data.resolve("ntrex-ar")), "no shared data at " + data);
    return data;
  }

  @Test
  void committedFilesMatchTheSources() throws Exception {
    Path data = shared();
    List<List<String>> ntrex = SentenceTrainingData.ntrex(data);
    List<List<String>> pud = SentenceTrainingData.pud(data);
    assertEquals(117, ntrex.size());
    assertEquals(100, pud.size());
    check("ntrex-ar.train.txt", SentenceTrainingData.part(ntrex, false));
    check("ntrex-ar.dev.txt", SentenceTrainingData.part(ntrex, true));
    check("ud-pud-ar.train.txt", SentenceTrainingData.part(pud, false));
    check("ud-pud-ar.dev.txt", SentenceTrainingData.part(pud, true));
  }

  private static void check(String file, List<List<String>> docs) throws Exception {
    Path committed = Path.of("training/sentences", file);
    assertEquals(SentenceTrainingData.format(docs), Files.readString(committed), file);
    assertEquals(docs, SentenceModelTrainer.readDocuments(committed), file);
  }
}
