/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link LatinOrganisations}: each row states all the entities of its text. */
class LatinOrganisationsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a capitalised Latin run with an organisation's head noun, connectors inside it
    "درس في Free University of Berlin ثم عاد | Free University of Berlin/ORG",
    "وقال باحث في Institute of Management Technology إن | Institute of Management Technology/ORG",
    "أعلنت Promethean Technologies Group أمس | Promethean Technologies Group/ORG",
    "مع نادي (FC Celerina) السويسري | FC Celerina/ORG; السويسري/NORP",
    // a head alone, or a run without a head, names no organisation here
    "وفي تقرير لمجلة Inc فإن | ''",
    "تذاكر درجة \"C - Club\" ودرجة | ''",
    "ونشرت مجلة PLOS Medicine الدراسة | ''",
    // a connector at the edge of the run stays out
    "وقال of Aston University and أمس | Aston University/ORG",
  })
  void tagsLatinRunsWithAHead(String text, String expected) {
    assertEquals(expected, Tagging.entities(text), text);
  }
}
