/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tawsim.annotate.entities.ArabicEntityTagger;

/** {@link ProperNounCoverage}: words rebuilt from UD's syntactic words, and the counts of both parts. */
class ProperNounCoverageTest {

  private static final Path FILE = Path.of("test.conllu");

  // ل + أوباما written together (SpaceAfter=No): one word, a proper noun
  private static final List<String> CONLLU = List.of(
      "# sent_id = s1",
      "# text = قال أوباما لبوتين",
      "1\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_",
      "2\tأوباما\tأوباما\tPROPN\t_\t_\t1\tnsubj\t_\t_",
      "3\tل\tل\tADP\t_\t_\t4\tcase\t_\tSpaceAfter=No",
      "4\tبوتين\tبوتين\tPROPN\t_\t_\t1\tobl\t_\t_",
      "");

  @Test
  void rebuildsWhitespaceWordsFromSyntacticWords() {
    List<ProperNounCoverage.Sentence> s = ProperNounCoverage.read(FILE, CONLLU);
    assertEquals(List.of(new ProperNounCoverage.Sentence("s1", "قال أوباما لبوتين", List.of(
        new ProperNounCoverage.Word(0, 3, false),
        new ProperNounCoverage.Word(4, 10, true),
        new ProperNounCoverage.Word(11, 17, true)))), s);
  }

  @Test
  void countsProperNounsInsideEntities() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProperNounCoverage.run(ProperNounCoverage.read(FILE, CONLLU), ArabicEntityTagger.create(), false,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals("""
        look: proper-noun words 2, in a PER/LOC/ORG entity 2 (recall 100.0%); entity words 2,\
         proper nouns 2 (precision 100.0%)
        check: proper-noun words 0, in a PER/LOC/ORG entity 0 (recall 0.0%); entity words 0,\
         proper nouns 0 (precision 0.0%)
        """, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void rejectsASentenceWhoseWordsDoNotMatchItsText() {
    List<String> bad = List.of(CONLLU.get(0), "# text = قال أوباما", CONLLU.get(2), CONLLU.get(3),
        CONLLU.get(4), CONLLU.get(5), "");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ProperNounCoverage.read(FILE, bad));
    assertEquals("test.conllu:1: sentence s1 has 3 words in its word lines and another number in"
        + " its # text", e.getMessage());
  }
}
