/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhoSaidWhatTest {

  @Test
  void listsSpeakerCueAndQuote() {
    List<WhoSaidWhat.Row> rows = WhoSaidWhat.run("t", "وقال الوزير «نحن مستعدون للحوار».\n");
    assertEquals(
        List.of(new WhoSaidWhat.Row("t", "speech", "الوزير", "", "وقال", "نحن مستعدون للحوار")),
        rows);
  }

  @Test
  void leavesOutQuotationMarksAroundNames() {
    List<WhoSaidWhat.Row> rows = WhoSaidWhat.run("t", "صدر العدد الأول من مجلة «الفجر» أمس.\n");
    assertEquals(List.of(), rows);
  }

  @Test
  void printsATableWithAHeader() {
    String table = WhoSaidWhat.table(WhoSaidWhat.run("t", "وقال الوزير «نحن مستعدون للحوار».\n"));
    assertEquals("document\tkind\tspeaker\tspeaker type\tcue\tquote\n"
        + "t\tspeech\tالوزير\t\tوقال\tنحن مستعدون للحوار\n", table);
  }

  @Test
  void findsAttributedQuotationsInTheSampleCorpus() throws IOException {
    List<WhoSaidWhat.Row> rows = WhoSaidWhat.run(RepoFiles.path("samples", "ntrex"));
    assertTrue(rows.size() >= 3, () -> WhoSaidWhat.table(rows));
    assertTrue(rows.stream().anyMatch(r -> r.speaker().contains("ترامب")), () -> WhoSaidWhat.table(rows));
    assertTrue(rows.stream().noneMatch(r -> r.quote().isBlank()), () -> WhoSaidWhat.table(rows));
  }
}
