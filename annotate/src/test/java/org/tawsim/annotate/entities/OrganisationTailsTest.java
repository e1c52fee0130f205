/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link OrganisationTails}: foreign names closed by a word of organisation type; each row all the entities. */
class OrganisationTailsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // unknown words whose letters are a name's, closed by غروب (group)
        "وقالت مجموعة بروميثيان تكنولوجي غروب إن | بروميثيان تكنولوجي غروب/ORG",
        // a run of name words that would be a person ends with كابيتال: a company
        "ونجح سهم شعاع كابيتال في الصعود | شعاع كابيتال/ORG",
        // a listed place right before the type word: a newspaper, not the city
        "وكان عنوان واشنطن تايمز هو الاتفاق | واشنطن تايمز/ORG",
        // a club: its city closed by يونايتد (United), after a club head too
        "وعزز نيوكاسل يونايتد صفوفه بمهاجم جديد | نيوكاسل يونايتد/ORG",
        "وصعد فريق شيفلد يونايتد إلى الدوري الممتاز | شيفلد يونايتد/ORG",
        // the first word may carry a proclitic
        "وقال مصدر أمني لفرانس برس إن الهجوم وقع | لفرانس برس/ORG",
        // after a function word the type word is a common word (غروب sunset)
        "وصلوا قبل غروب الشمس | ''",
      })
  void tagsAForeignNameClosedByAWordOfOrganisationType(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }
}
