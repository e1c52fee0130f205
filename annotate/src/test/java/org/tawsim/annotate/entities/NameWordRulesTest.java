/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link NameWordRules} and the name words as a sign beside a cue: each row all the entities. */
class NameWordRulesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // two adjacent name words of open data, no other cue
        "وقال سيمون هول إن الاتفاق قريب | سيمون هول/PER",
        // a name word beside a given name
        "سافر جون إلى باريس | جون/PER; باريس/LOC",
        // a name word after a role and a nationality
        "وأكدت الممثلة الأمريكية ساندرا بولوك أنها سعيدة | الأمريكية/NORP; ساندرا بولوك/PER",
        // a name word after a subject verb needs nothing to close it
        "وكتب محفوظ رواية جديدة | محفوظ/PER",
        "وعلق باريرا على الاتفاق الذي وقعه | باريرا/PER",
        // (a known error: ورقة, a paper, is also a name word of Wikidata)
        "كما توقعت ورقة كل من تونس | ورقة/PER; تونس/LOC",
        // an unknown word that is no name word still needs a closer after it
        "وكتب كشكول رواية جديدة | ''",
        // a name word that is also a common word (عقل, mind) alone after a verb: nothing
        "وقال عقل إن المشروع | ''",
        // no name word: nothing
        "وقال الوزير إن الاتفاق قريب | ''",
        // a participle of saying after a speech verb or a title continues a report, no name
        "وأردف مؤكدا أن الاتفاق قريب | ''",
        "وقال الرئيس مشيرا إلى الاتفاق | ''",
        "وقال الوزير أبوبكر سيلا مؤكدا أن الاتفاق قريب | أبوبكر سيلا/PER",
      })
  void tagsNameWordsWhenASecondSignAgrees(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }
}
