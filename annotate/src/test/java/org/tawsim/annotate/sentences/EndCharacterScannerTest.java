/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndCharacterScannerTest {

  private static final EndOfSentenceScanner OPENNLP =
      new DefaultEndOfSentenceScanner(new char[] {'.', '!', '?', '\u061F'});
  private static final EndCharacterScanner SCANNER = new EndCharacterScanner(OPENNLP);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "قال الوزير. ثم ذهب!|10,18",
        "هل جاء؟ نعم...|6,11,12,13",
        "لا نهاية هنا|''",
        "''|''",
        "3.5 مليون؟!|1,9,10",
      })
  void givesTheEndCharactersOpenNlpGives(String line, String expected) {
    List<Integer> positions = SCANNER.getPositions(line);
    assertEquals(expected, positions.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""));
    assertEquals(OPENNLP.getPositions(line), positions);
    assertEquals(OPENNLP.getPositions(line.toCharArray()), SCANNER.getPositions(line.toCharArray()));
    assertEquals(
        OPENNLP.getPositions(new StringBuffer(line)), SCANNER.getPositions(new StringBuffer(line)));
  }

  @Test
  void keepsOpenNlpsEndCharacters() {
    assertEquals(OPENNLP.getEOSCharacters(), SCANNER.getEOSCharacters());
  }
}
