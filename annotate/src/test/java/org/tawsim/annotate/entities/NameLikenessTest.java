/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link NameLikeness}: which side of the thresholds words fall on, the exact features, and the
 * shipped model is what {@link NameLikenessTrainer} makes of the shipped lists.
 */
class NameLikenessTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // foreign names in Arabic script that no list holds: name-like
        "كولانجيلو | name",
        "فاروفاكيس | name",
        "بيانيتش | name",
        "سايمون | name",
        // Arabic words that no list holds: common
        "متهكما | common",
        "مؤلفات | common",
        "تعالى | common",
        "لاعبون | common",
      })
  void tellsNamesFromCommonWords(String word, String side) {
    double p = NameLikeness.shipped().score(Lexicon.NORMALIZER.normalizeToString(word));
    String got = p >= NameLikeness.NAME_LIKE ? "name" : p < NameLikeness.EVEN ? "common" : "?";
    assertEquals(side, got, word + " scored " + p);
  }

  @Test
  void featuresAreTheCharacterNGramsLengthAndTemplate() {
    assertArrayEquals(
        new String[] {"<ب", "بو", "ول", "ل>", "<بو", "بول", "ول>", "<بول", "بول>", "len=3",
            "t=CوC", "t<CوC", "t>CوC"},
        NameLikeness.features("بول"));
  }

  @ParameterizedTest
  @CsvSource({"ارباح, اCCاC", "تبليغ, CCCيC", "كولانجيلو, CوCاCCيCو"})
  void templateKeepsOnlyTheLongVowels(String word, String template) {
    assertEquals(template, NameLikeness.template(word));
  }

  @Test
  void retrainingReproducesTheShippedModel() throws Exception {
    // surefire runs in the module folder
    Path lists = Path.of("src/main/resources/org/tawsim/annotate/entities");
    MaxentModel retrained = NameLikenessTrainer.train(NameLikenessTrainer.words(lists));
    try (var in = NameLikeness.class.getResourceAsStream(NameLikeness.RESOURCE)) {
      assertEquals(NameLikeness.read(in), retrained,
          "the shipped model differs from a retrained one: rerun NameLikenessTrainer (see its"
              + " javadoc)");
    }
  }
}
