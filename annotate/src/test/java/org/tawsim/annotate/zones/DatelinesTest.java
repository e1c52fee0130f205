/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.annotate.entities.PlaceLexicon;

/** The one definition of a dateline, with a small place list of the test's own. */
class DatelinesTest {

  private static final Datelines DATELINES =
      new Datelines(
          PlaceLexicon.of(
              List.of("أوستن", "تكساس", "سان فرانسيسكو", "كاليفورنيا", "غزة", "رفح", "عمان"),
              List.of("في", "إلى", "من", "منطقة")),
          ZoneCues.defaults());

  /** Returns the dateline opening the text as "text|placed", or "" when there is none. */
  private static String at(String text) {
    Datelines.Match m = DATELINES.at(text, 0, text.length());
    return m == null ? "" : text.substring(0, m.end()) + "|" + m.placed();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "city and state; أوستن، تكساس — قال حاكم الولاية إن; أوستن، تكساس —|true",
        "two-word city and state; سان فرانسيسكو، كاليفورنيا - أعلنت الشركة; سان فرانسيسكو، كاليفورنيا -|true",
        "run of tatweel; غزة ــــ قصفت الطائرات; غزة ــــ|true",
        "tatweel on the name; غزةــ قصفت الطائرات; غزةــ|true",
        "dash without spaces; غزة-قصفت الطائرات; غزة-|true",
        "colon form, unknown place; عواصم \" وكالات\": أعلنت الحكومة; عواصم \" وكالات\":|false",
        "colon form, known place; عمان - بترا: أعلنت الحكومة; عمان - بترا:|true",
        "route; غزة - رفح طريق مغلق; ",
        "range or score; غزة - 3 قتلى; ",
        "apposition; غزة - المدينة المحاصرة منذ سنوات - تعاني; ",
        "second name no place; أوستن، المدينة - قال; ",
        "no dash; غزة قصفت الطائرات; ",
        "place with a clitic; بغزة - قصفت الطائرات; ",
      })
  void findsTheDatelineThatOpensAText(String name, String text, String expected) {
    assertEquals(expected == null ? "" : expected, at(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "title then dateline; قصف على المدينة غزة - قصفت الطائرات المدينة; غزة - قصفت الطائرات المدينة",
        "preposition before the place; قصف عنيف في غزة - قصفت الطائرات المدينة; ",
        "title ends with a colon; قصف على المدينة: غزة - قصفت الطائرات; ",
        "one word before; عاجل غزة - قصفت الطائرات المدينة; ",
        "a dash in the title, the place closes an aside; قصف -ليلي على مدينة غزة- قصفت الطائرات; ",
        "an unclosed quotation in the title; قال \"إن القصف على المدينة غزة - لن يتوقف; ",
        "a place noun with a proclitic before the place; قصف عنيف بمنطقة غزة - قصفت الطائرات المدينة; ",
        "the first dateline wins; خبر عن الطقس أوستن - قال خبراء إن الحرارة في كل المدن مرتفعة وإن غزة - تشهد;"
            + " أوستن - قال خبراء إن الحرارة في كل المدن مرتفعة وإن غزة - تشهد",
      })
  void findsADatelineAfterATitle(String name, String text, String expected) {
    int start = DATELINES.afterTitle(text, 0, text.length());
    assertEquals(expected == null ? "" : expected, start < 0 ? "" : text.substring(start));
  }
}
