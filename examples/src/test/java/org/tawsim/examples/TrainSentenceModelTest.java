/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator;
import org.tawsim.annotate.sentences.QuotationRule;

class TrainSentenceModelTest {

  @TempDir static Path tmp;
  static TrainSentenceModel.Result r;

  @BeforeAll
  static void trainOnce() throws IOException {
    Path dir = RepoFiles.path("annotate", "training", "sentences");
    r = TrainSentenceModel.run(List.of(dir.resolve("ntrex-ar.train.txt")),
        dir.resolve("ntrex-ar.dev.txt"), tmp.resolve("model.bin"), QuotationRule.SPLIT);
  }

  @Test
  void trainsAModelThatSplitsHeldBackNewsLikeTheShippedOne() {
    assertTrue(r.trainDocuments() > 50 && r.trainSentences() > 1000, r::toString);
    assertTrue(r.modelBytes() > 0, r::toString);
    assertTrue(r.trained().gold() > 100, r::toString);
    assertTrue(r.trained().f1() > 0.9, r::toString);
    assertTrue(Math.abs(r.trained().f1() - r.shipped().f1()) < 0.05, r::toString);
  }

  @Test
  void theModelFileLoadsIntoTheAnnotator() throws IOException {
    OpenNlpSentenceAnnotator a = OpenNlpSentenceAnnotator.withModel(r.model());
    assertEquals(2, a.sentences("وصل الوفد إلى المدينة. وبدأت المحادثات أمس.").size());
  }
}
