/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link TeamNames}: the teams of open data in a match report; each row all the entities. */
class TeamNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a listed team after a player, a coach or the team's ranks
        "وقال مدرب النصر إن لاعبي الاتفاق قدموا مستوى كبيرا | النصر/ORG; الاتفاق/ORG",
        "وانتقل اللاعب إلى صفوف الزمالك قادما من إنبي | الزمالك/ORG",
        // ... not when a feminine adjective makes the word the common noun (the federal police)
        "وانضم المتطوعون إلى صفوف الشرطة الاتحادية في المدينة | ",
        // without a match word the listed word is a common word
        "وقال إن الشباب يحتاجون إلى فرص عمل | ",
        "واحتفل الناس بالنصر في الساحة | ",
        // the subject of a result verb before its opponent, and the opponent; the other side is a
        // team too when it is one definite word
        "فاز الخليج على الهلال بهدفين مقابل هدف | الخليج/ORG; الهلال/ORG",
        "وتعادل الشباب مع الرائد في الجولة العاشرة | الشباب/ORG; الرائد/ORG",
        // no team on either side: a verb of overcoming
        "وتغلب الفريق على الصعوبات في الشوط الثاني | ",
        // a country there is a national team, a place
        "وفاز النصر على البرازيل وديا | النصر/ORG; البرازيل/LOC",
      })
  void tagsListedTeamsOfAMatchReport(String text, String expected) {
    assertEquals(expected == null ? "" : expected, Tagging.entities(text), text);
  }
}
