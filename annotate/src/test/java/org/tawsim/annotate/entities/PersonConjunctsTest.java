/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link PersonConjuncts}: a name joined by و to a person found; each row all the entities. */
class PersonConjunctsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a name word after و closes the list: a second person
        "التقى جورج بوش ورايس | جورج بوش/PER; ورايس/PER",
        // an unknown conjunct that does not close the list is as often a verb or a noun: nothing
        "التقى جورج بوش ورايس في البيت الأبيض | جورج بوش/PER",
        // chains go on, each conjunct after the last one
        "حضر جورج بوش ورايس وتشيني | جورج بوش/PER; ورايس/PER; وتشيني/PER",
        // across a comma, a known given name and its family name
        "شارك محمد سعد ، ومحمد هنيدي | محمد سعد/PER; ومحمد هنيدي/PER",
        // a definite word is no name
        "التقى جورج بوش والرئيس | جورج بوش/PER",
        // a verb or a noun after و: nothing
        "التقى جورج بوش وندد بالهجوم | جورج بوش/PER",
        "استقبل جورج بوش ووفد الحكومة | جورج بوش/PER",
      })
  void tagsANameJoinedToAPerson(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }
}
