/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fingerprints stay what they were: the exact hash, the number of words and the hash of the
 * signature of texts with diacritics, tatweel, presentation forms, Latin case, digits, joiners,
 * emoji, and a text longer than the chunks it is read in, as the character-by-character code
 * before the tables gave them (fingerprints decide which documents a build drops as copies).
 */
class FingerprintTest {

  private static final String LONG =
      "قالَ الرئيـــس إنّ الاجتماع ناجح، وأكد (Reuters) أنّ 2025 عام مهم 😀 ".repeat(60) + "ﻻ ﷲ end";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "0; -7046029254386353131; 0; 1304393729",
        "1; -5999987488754841090; 1; -1786213617",
        "2; 8360856368790364844; 2; 1511026802",
        "3; 1070513700742787087; 5; -819372832",
        "4; -1238542664423511836; 5; -943472326",
        "5; -7237696074291449737; 2; 424145121",
        "6; 5814503028738429503; 4; -1281374364",
        "7; -4889151364112150403; 2; 1657304930",
        "8; -2428487697483058676; 663; 951160013",
        "9; 7454042387279644314; 6; 296308575",
      })
  void keepsItsValues(int text, long exact, int words, int signatureHash) {
    String[] texts = {"", "كلمة", "قال الرئيس", "قالَ الرئيـــس إنّ الاجتماع ناجح",
        "Hello WORLD, hello world 42!", "ﺍﻟﺮﺋﻴﺲ ﻻ", "a\u200cb c\u200dd", "😀 emoji 😀x", LONG,
        "ى ة أ إ آ ٱ"};
    Fingerprint f = Fingerprint.of(texts[text]);
    short[] signature = new short[Fingerprint.HASHES];
    for (int i = 0; i < signature.length; i++) {
      signature[i] = f.minimum(i);
    }
    assertEquals(exact, f.exact());
    assertEquals(words, f.words());
    assertEquals(signatureHash, Arrays.hashCode(signature));
  }
}
