/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomGazetteerTest {

  private static final String TEXT =
      "أعلنت شركة أبل في كاليفورنيا عن هاتف آيفون 15، فيما تستعد سامسونج لإطلاق جالاكسي 24.\n"
          + "ويقارن المستخدمون بين وآيفون وجالاكسي منذ سنوات.\n";

  private final List<String> found = CustomGazetteer.run(TEXT, List.of("آيفون", "جالاكسي"));

  @Test
  void theRuleExtendsAProductOverItsModelNumber() {
    assertTrue(found.contains("PRODUCT آيفون 15 (rule:model-number)"), found::toString);
    assertTrue(found.contains("PRODUCT جالاكسي 24 (rule:model-number)"), found::toString);
  }

  @Test
  void theListMatchesWithProclitics() {
    assertTrue(found.contains("PRODUCT وجالاكسي (gazetteer:products)"), found::toString);
  }

  @Test
  void theDefaultListsStillWork() {
    assertTrue(found.stream().anyMatch(e -> e.startsWith("LOC كاليفورنيا (")), found::toString);
  }

  @Test
  void withoutTheListThereIsNoProduct() {
    List<String> plain = CustomGazetteer.run(TEXT, List.of());
    assertTrue(plain.stream().noneMatch(e -> e.startsWith("PRODUCT")), plain::toString);
  }
}
