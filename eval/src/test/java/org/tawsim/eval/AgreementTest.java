/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Quotation;
import org.tawsim.export.testing.TestDocuments;

class AgreementTest {

  /** The news document as a person corrected it: ORG deleted, NORP added, DATE shortened. */
  static Document corrected() {
    Document news = TestDocuments.news();
    String t = news.text();
    List<Entity> entities = new ArrayList<>();
    for (Entity e : news.layer(Entity.class)) {
      if (e.type().equals(EntityType.DATE)) {
        entities.add(TestDocuments.entity(t, "الاثنين", EntityType.DATE, ""));
      } else if (!e.type().equals(EntityType.ORG)) {
        entities.add(e);
      }
    }
    entities.add(TestDocuments.entity(t, "الروسية", EntityType.NORP, ""));
    return news.withLayer(Entity.class, entities).withoutLayer(Quotation.class);
  }

  @Test
  void writesEntityQuotationAndTokenFiguresAsJson() throws IOException {
    Agreement a = new Agreement();
    a.add(TestDocuments.news(), corrected());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    a.writeJson(out);
    // 5 entities in A, 5 in B, 3 the same: P = R = F1 = .6. Tokens: 13 + 8 + 8 = 29. A labels 9
    // tokens (PER 2, LOC 1, ORG 3, DATE 2, PERCENT 1), B 6 (PER 2, LOC 1, NORP 1, DATE 1, PERCENT 1);
    // 5 differ (wizara B-ORG/O, al-kharijiya I-ORG/O, al-rusiya I-ORG/B-NORP, yawm B-DATE/O,
    // al-ithnayn I-DATE/B-DATE): po = 24/29. Counts A: O 20, B-PER, I-PER, B-LOC, B-ORG, I-ORG 2,
    // B-DATE, I-DATE, B-PERCENT; B: O 23, B-PER, I-PER, B-LOC, B-NORP, B-DATE, B-PERCENT.
    // pe = (20 * 23 + 1 [B-PER] + 1 [I-PER] + 1 [B-LOC] + 1 [B-DATE] + 1 [B-PERCENT]) / 841 = 465/841;
    // kappa = (24/29 - 465/841) / (1 - 465/841) = (696 - 465) / (841 - 465) = 231/376 = .6144
    assertEquals("{\"documents\":1,\"entities\":{\"a\":5,\"b\":5,\"both\":3,\"precision\":0.6000,"
        + "\"recall\":0.6000,\"f1\":0.6000,\"per_type\":{"
        + "\"DATE\":{\"a\":1,\"b\":1,\"both\":0,\"precision\":0.0000,\"recall\":0.0000,\"f1\":0.0000},"
        + "\"LOC\":{\"a\":1,\"b\":1,\"both\":1,\"precision\":1.0000,\"recall\":1.0000,\"f1\":1.0000},"
        + "\"NORP\":{\"a\":0,\"b\":1,\"both\":0,\"precision\":0.0000,\"recall\":0.0000,\"f1\":0.0000},"
        + "\"ORG\":{\"a\":1,\"b\":0,\"both\":0,\"precision\":0.0000,\"recall\":0.0000,\"f1\":0.0000},"
        + "\"PER\":{\"a\":1,\"b\":1,\"both\":1,\"precision\":1.0000,\"recall\":1.0000,\"f1\":1.0000},"
        + "\"PERCENT\":{\"a\":1,\"b\":1,\"both\":1,\"precision\":1.0000,\"recall\":1.0000,\"f1\":1.0000}}},"
        + "\"tokens\":{\"count\":29,\"kappa\":0.6144},"
        + "\"quotes\":{\"a\":1,\"b\":0,\"both\":0,\"precision\":0.0000,\"recall\":0.0000,\"f1\":0.0000,"
        + "\"speech\":1,\"speaker_agreement\":0.0000}}\n", out.toString(UTF_8));
  }

  @Test
  void agreesFullyWithItself() {
    Agreement a = new Agreement();
    a.add(TestDocuments.news(), TestDocuments.news());
    assertEquals("""
        documents: 1, A as reference
        entities:    A 5, B 5, both 5; precision 1.0000, recall 1.0000, F1 1.0000
          DATE:      A 1, B 1, both 1; precision 1.0000, recall 1.0000, F1 1.0000
          LOC:       A 1, B 1, both 1; precision 1.0000, recall 1.0000, F1 1.0000
          ORG:       A 1, B 1, both 1; precision 1.0000, recall 1.0000, F1 1.0000
          PER:       A 1, B 1, both 1; precision 1.0000, recall 1.0000, F1 1.0000
          PERCENT:   A 1, B 1, both 1; precision 1.0000, recall 1.0000, F1 1.0000
        tokens: 29, Cohen's kappa (IOB2 labels) 1.0000
        quotes: A 1, B 1, both 1; precision 1.0000, recall 1.0000, F1 1.0000; speaker agreement 1.0000 over 1
        """, a.report());
  }

  @Test
  void refusesDocumentsThatAreNotTheSame() {
    Agreement a = new Agreement();
    Document news = TestDocuments.news();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> a.add(news, Document.of("news-1", news.text() + ".")));
    assertEquals("document 'news-1': A and B are not the same document (the texts differ)",
        e.getMessage());
  }
}
