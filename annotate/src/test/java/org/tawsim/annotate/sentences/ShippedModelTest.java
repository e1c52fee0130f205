/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.sentences;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.Test;

/**
 * The committed model is what the training program makes of the committed training files: retrain
 * and compare parameters, end characters and abbreviations.
 */
class ShippedModelTest {

  @Test
  void retrainingReproducesTheShippedModel() throws Exception {
    List<Path> files = new ArrayList<>();
    for (String f : SentenceModelTrainer.SHIPPED_TRAINING_FILES) {
      files.add(Path.of(f)); // surefire runs in the module folder
    }
    SentenceModel retrained =
        SentenceModelTrainer.train(files, SentenceModelTrainer.Options.defaults());
    SentenceModel shipped = OpenNlpSentenceAnnotator.arabic().model();
    assertEquals(shipped.getMaxentModel(), retrained.getMaxentModel(),
        "the shipped model differs from a retrained one: rerun SentenceModelTrainer (see its javadoc)");
    assertArrayEquals(Marks.END_CHARACTERS, shipped.getEosCharacters());
    assertEquals(
        Abbreviations.shippedList(), Abbreviations.of(shipped.getAbbreviations()).words());
    assertEquals("ara", shipped.getLanguage());
  }
}
