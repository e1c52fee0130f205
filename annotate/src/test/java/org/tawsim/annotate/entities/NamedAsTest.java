/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link NamedAs}: the whole name after يدعى or المدعو; each row all the entities. */
class NamedAsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the whole name, not its first word alone
        "رجلا يدعى سعد وقاص قد زار الصين | سعد وقاص/PER; الصين/LOC",
        "وقال أحد السكان ، ويدعى آبا أباجانا ، للوكالة | آبا أباجانا/PER",
        "وقالت مسؤولة تدعى نارونج سايونج إن الوزارة ستسعى | نارونج سايونج/PER",
        "واعتقلت الشرطة المدعو كمال برهومي أمس | كمال برهومي/PER",
        // ما يدعى is the so-called: a thing's name
        "وهو ما يدعى الاقتصاد الأخضر | ''",
        // يدّعي (claims) is written alike: a definite word after it is no name
        "وهو يدعي الحرص على المصلحة | ''",
        // after the head of a place the name is the place's
        "وصلوا إلى قرية تدعى كوبرينا | ''",
      })
  void tagsTheNameAfterAWordOfNaming(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }
}
