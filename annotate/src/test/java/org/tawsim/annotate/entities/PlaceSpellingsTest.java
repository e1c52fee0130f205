/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link PlaceSpellings}: listed places with one vowel letter more or less; each row all the entities. */
class PlaceSpellingsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // one alef less than the listed كاراكاس
        "وكانت كراكاس اشترت طائرات من موسكو | كراكاس/LOC; موسكو/LOC",
        // one yeh more than the listed زيورخ
        "حلت ثانية في ملتقى زيوريخ لألعاب القوى | زيوريخ/LOC",
        // after a proclitic, and one alef less than the listed تركمانستان
        "ووقعت أفغانستان وتركمنستان الاتفاق | أفغانستان/LOC; وتركمنستان/LOC",
        // the listed spelling is a list match, not a variant
        "ووصل الرئيس إلى كاراكاس أمس | كاراكاس/LOC",
        // accusative and dual nisbas are no places (فرنسا، مدنين)
        "وقال إن فرنسيا لا يقبل ذلك | ''",
        "وقتل جنديان ومدنيان في الهجوم | ''",
        // the last letter stays: a nisba in ي is an adjective of the place, not its spelling
        "وافتتح مصرف زيورخي فرعا جديدا | ''",
        // a word of five letters is too short to tell (جوابا is no جوبا)
        "ولم يتلق جوابا منه | ''",
      })
  void tagsAListedPlaceSpelledWithOneVowelLetterMoreOrLess(String text, String expected) {
    assertEquals(expected, Tagging.entities(text), text);
  }
}
