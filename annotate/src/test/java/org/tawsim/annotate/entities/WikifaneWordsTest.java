/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WikifaneWordsTest {

  /** Uses written as {@code TYPE:WORD=N,...}; type O is outside every name. */
  private static WikifaneWords.Uses uses(String spec) {
    Map<String, Map<String, Integer>> byType = new TreeMap<>();
    Map<String, Integer> outside = new TreeMap<>();
    for (String item : spec.split(",")) {
      String[] typeRest = item.strip().split(":");
      String[] wordCount = typeRest[1].split("=");
      Map<String, Integer> m = typeRest[0].equals("O") ? outside
          : byType.computeIfAbsent(typeRest[0], k -> new TreeMap<>());
      m.put(wordCount[0], Integer.parseInt(wordCount[1]));
    }
    return new WikifaneWords.Uses(byType, outside, Map.of(), Map.of());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // marked Media twice and never otherwise: a channel
    "Media:الجزيره=3, O:الجزيره=40 | الجزيره",
    // once is not enough (الشعب, the people, once a newspaper's name)
    "Media:الشعب=1 | ''",
    // a union as often as a newspaper: no channel's name
    "Media:الاتحاد=3, Sports:الاتحاد=2, Non-Governmental:الاتحاد=2 | ''",
    // words with Latin letters are left out
    "Media:BBC=3 | ''",
  })
  void mediaNamesAreMarkedMediaMoreThanAnythingElse(String spec, String expected) {
    assertEquals(expected, String.join(" ", WikifaneWords.mediaNames(uses(spec))));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a common word (pictures) far more often than the city: ambiguous
    "صور | Population-Center:صور=5, O:صور=29 | صور",
    // a country about as often as a common word (diameter): not ambiguous
    "قطر | Nation:قطر=45, O:قطر=46 | ''",
    // never a name there, and a common word often enough
    "ميدان | O:ميدان=17 | ميدان",
    // a common word once: not enough to tell
    "فرح | O:فرح=1 | ''",
    // places of two words are never ambiguous
    "جزر القمر | O:جزر=9 | ''",
  })
  void ambiguousPlacesAreCommonWordsOfWikifaneText(String place, String spec, String expected) {
    assertEquals(expected,
        String.join(" ", WikifaneWords.ambiguousPlaces(uses(spec), List.of(place))));
  }

  @Test
  void teamNamesLeaveWordsThatOpenMoreNamesOfOtherBodies() {
    // الشرطة names a club twice and opens the names of police forces three times: no team
    WikifaneWords.Uses u = new WikifaneWords.Uses(Map.of(), Map.of(),
        Map.of("الهلال", 3, "الشرطه", 2), Map.of("الشرطه", 3, "الهلال", 1));
    assertEquals(Set.of("الهلال"), WikifaneWords.teamNames(u));
  }

  @Test
  void readsOneWordNamesByFineTypeAndWordsOutsideNames(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("w.tsv");
    Files.writeString(tsv, String.join("\n",
        "قال\tO\tO", "مراسل\tO\tO", "الجزيرة\tB-Media\tB-ORG", "إن\tO\tO", "",
        "قناة\tB-Media\tB-ORG", "الجزيرة\tI-Media\tI-ORG", "و\tO\tO", "صور\tO\tO", "",
        "في\tO\tO", "صور\tB-Population-Center\tB-GPE", "",
        "نادي\tB-Sports\tB-ORG", "الزمالك\tI-Sports\tI-ORG", "و\tO\tO",
        "السد\tB-Sports\tB-ORG", "القطري\tI-Sports\tI-ORG", "و\tO\tO",
        "منتخب\tB-Sports\tB-ORG", "البرازيل\tI-Sports\tI-ORG", ""), StandardCharsets.UTF_8);
    WikifaneWords.Uses u = WikifaneWords.read(tsv);
    String media = Lexicon.NORMALIZER.normalizeToString("الجزيرة");
    assertEquals(Map.of(media, 1), u.byType().get("Media"));
    assertEquals(Map.of("صور", 1), u.byType().get("Population-Center"));
    assertEquals(1, u.outside().get("صور"));
    // a club's name without its head or nationality adjective; no national team
    assertEquals(Map.of("الزمالك", 1, "السد", 1), u.teams());
    assertEquals(Set.of("صور"), Set.copyOf(WikifaneWords.ambiguousPlaces(
        new WikifaneWords.Uses(u.byType(), Map.of("صور", 2), Map.of(), Map.of()), List.of("صور"))));
  }
}
