/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleWordsTest {

  @Test
  void readsNormalisedWords() {
    assertTrue(RuleWords.set("HeadRules.PRESS").contains(Lexicon.words("صحيفة").get(0)));
    assertEquals(Lexicon.words("الأعلى").get(0), Lexicon.words("الاعلى").get(0)); // normalised
  }

  @Test
  void aMissingSectionIsNamed() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> RuleWords.of("HeadRules.NO_SUCH_SET"));
    assertTrue(e.getMessage().contains("[HeadRules.NO_SUCH_SET]"), e.getMessage());
  }

  /** Every section the rules read exists and has words; every section of the file is read. */
  @Test
  void theFileAndTheCodeNameTheSameSections() throws IOException {
    Path dir = Path.of("src/main/java/org/tawsim/annotate/entities");
    Pattern use = Pattern.compile("RuleWords\\.(?:set|of)\\(\"([^\"]+)\"\\)");
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Matcher m = use.matcher(Files.readString(p, StandardCharsets.UTF_8));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    Set<String> inFile = new TreeSet<>();
    for (String line :
        Files.readAllLines(
            Path.of("src/main/resources/org/tawsim/annotate/entities/rule-words.txt"))) {
      if (line.startsWith("[")) {
        inFile.add(line.substring(1, line.length() - 1));
      }
    }
    assertFalse(used.isEmpty());
    assertEquals(inFile, used);
    for (String section : used) {
      List<String> words = RuleWords.of(section);
      assertFalse(words.isEmpty(), section);
    }
  }
}
