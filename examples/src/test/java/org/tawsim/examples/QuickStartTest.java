/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuickStartTest {

  private final QuickStart.Result result = QuickStart.run("quick-start", QuickStart.TEXT);

  @Test
  void findsTheThreeSentences() {
    assertEquals(3, result.sentences().size(), result::toString);
    assertTrue(result.sentences().get(0).startsWith("وصل وزير الخارجية"), result::toString);
    assertTrue(result.sentences().get(2).endsWith("دعم مصر."), result::toString);
  }

  @Test
  void findsThePersonAndThePlaces() {
    assertTrue(result.entities().contains("PER مايك بومبيو"), result::toString);
    assertTrue(result.entities().contains("LOC القاهرة"), result::toString);
    assertTrue(result.entities().contains("LOC مصر"), result::toString);
  }

  @Test
  void attributesTheQuotationToItsSpeaker() {
    assertTrue(result.quotations().contains("speech: بومبيو | وقال | نريد أن نرى السلام في المنطقة"),
        result::toString);
  }
}
