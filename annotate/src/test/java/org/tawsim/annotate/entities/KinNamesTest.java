/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link KinNames}: a name after a relative with a pronoun; each row all the entities. */
class KinNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a name word or a word with a name's letters after the relative
        "وهنأه زميله رونالدينيو بعد المباراة | رونالدينيو/PER",
        "وحضرت مع أمها إيلين الحفل | إيلين/PER",
        "زار الرئيس صديقه كولانجيلو في المستشفى | كولانجيلو/PER",
        // the name ends before a word with a common word's letters (a verb no list knows)
        "وقال إن زميله أنغلو تيرانيس أهدر فرصة | أنغلو تيرانيس/PER",
        // an adjective, a noun of the vocabulary, a clitic, a participle: nobody
        "وصلت زوجته الجديدة أمس | ''",
        "وقالت إن زوجي رجل أعمال | ''",
        "ابنه وابنته في المدرسة | ''",
        "طلق زوجته لأي سبب | ''",
        "وذهبت صديقتها مسرعة | ''",
        // a family name that is also a common noun (a merchant) is that noun
        "كان ابوه تاجر صوف | ''",
      })
  void tagsTheNameAfterARelative(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }
}
