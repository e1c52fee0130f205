/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link GroupNames}: organisations named after تنظيم; each row all the entities. */
class GroupNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // one unknown word that ends the phrase: before a nisba, a function word or a mark
        "أعلن تنظيم داعش الإرهابي مسؤوليته عن الهجوم | داعش/ORG",
        "وانضم الشاب إلى تنظيم داعش في سوريا | داعش/ORG; سوريا/LOC",
        "وقالت إن عناصر تنظيم « داعش » هاجموا القرية | داعش/ORG",
        // the verbal noun: its object goes on with a complement, or is a known word
        "كما تم تنظيم دوري للشباب في المدينة | ",
        "والمشرفة العامة على تنظيم برامج العيد | ",
        "وأعلنت الوزارة الإطاحة بتنظيم مكون من خلايا | ",
        "ونجحت قطر في تنظيم كأس العالم | قطر/LOC",
        // a quoted phrase after the verbal noun is an event
        "وأعلنت الجامعة تنظيم « ملتقى الشباب » السنوي | ",
      })
  void tagsTheGroupNamedAfterTanzim(String text, String expected) {
    assertEquals(expected == null ? "" : expected, Tagging.entities(text), text);
  }
}
