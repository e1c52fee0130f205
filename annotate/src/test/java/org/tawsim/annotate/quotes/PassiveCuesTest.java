/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Passive speech verbs, which name no speaker ({@link PassiveCues}).
 *
 * <p>Each row: a passage, then all its quotations as {@link Passages#tag} renders them.
 */
class PassiveCuesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      قال الوزير إن الحوار مستمر. وقيل في الاجتماع «إن القرار نهائي ولا رجعة فيه». # indirect|الحوار مستمر|الوزير|قال ; speech|«إن القرار نهائي ولا رجعة فيه»|-|وقيل
      قال الوزير إن الحوار مستمر. ويقال إن الوفد غادر العاصمة. # indirect|الحوار مستمر|الوزير|قال ; indirect|الوفد غادر العاصمة|-|ويقال
      قال الوزير إن الحوار مستمر. وقال «لن نتراجع عن القرار أبدا». # indirect|الحوار مستمر|الوزير|قال ; speech|«لن نتراجع عن القرار أبدا»|^الوزير|وقال
      """)
  void tagsThePassage(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip()));
  }
}
