/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ObjectsOfIn}: no person right after في; each row all the entities. */
class ObjectsOfInTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a given name that is also a verbal noun (ختام, the end)
        "وفي ختام الحفل قال المدير إن العمل انتهى | ''",
        // name words of a place: no person, and no given name inside them alone
        "وولد الرسام في كيندو باي غرب كينيا | كينيا/LOC",
        "وأقيم اللقاء في كامب ديفيد أمس | ''",
        // a name that only starts inside the dropped words stays
        "والتقى الوزير في بيت عبد الكريم الخطابي في أجدير | عبد الكريم الخطابي/PER",
        // a title between في and the name keeps it
        "وتحدث في المؤتمر الرئيس فلاديمير بوتين | فلاديمير بوتين/PER",
      })
  void dropsAPersonRightAfterIn(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }
}
