/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link SubjectVerbNames}: a name-like word between an opener and its verb; each row all the entities. */
class SubjectVerbNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // after أن or إن, before a verb in the imperfect, a particle or a verb of open data
        "وقال إن كولانجيلو سينتقل إلى الفريق | كولانجيلو/PER",
        "وأكد المدرب أن كولانجيلو قد يغيب | كولانجيلو/PER",
        "ويرى أن تسيبراس تمكن من الفوز | تسيبراس/PER",
        // at the start of a clause
        "كولانجيلو يوقع العقد | كولانجيلو/PER",
        // a common noun there has the article
        "وقال إن الحكومة ستعلن القرار | ''",
        // no verb after the word: nothing
        "وقال إن كولانجيلو الجديد | ''",
        // a word with و is no subject of its own clause
        "وأوضح أن وكولانجيلو سينتقل | ''",
      })
  void tagsANameLikeSubjectBeforeItsVerb(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }
}
