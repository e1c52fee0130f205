/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Span;

class SpeakerMatchTest {

  /** Finds {@code part} in {@code text} from {@code from}; the rows name spans by their text. */
  private static Span span(String text, String part, int from) {
    int b = text.indexOf(part, from);
    if (b < 0) {
      throw new IllegalArgumentException(part + " not in " + text);
    }
    return new Span(b, b + part.length());
  }

  @ParameterizedTest(name = "{0}: gold {1}, predicted {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // overlap alone is enough, whatever the words
        "قال وزير الخارجية سامي الأحمد للصحفيين | وزير الخارجية سامي الأحمد | الأحمد | true",
        "قال وزير الخارجية سامي الأحمد للصحفيين | وزير الخارجية | الخارجية سامي | true",
        // another mention of the same source: a shared content word
        "قال الأحمد أمس، وأضاف سامي الأحمد | سامي الأحمد | الأحمد | true",
        // the article, a proclitic and lam-lam come off words longer than four letters
        "قال الرئيس ثم والرئيس ثم للرئيس | الرئيس | والرئيس | true",
        "قال الرئيس ثم والرئيس ثم للرئيس | الرئيس | للرئيس | true",
        "قال الرئيس ثم والرئيس ثم بالرئيس | والرئيس | بالرئيس | true",
        // folding: hamza forms of alef, teh marbuta, alef maksura, diacritics and tatweel
        "قالت أمانة المنظمة ثم امانه المنظمه | أمانة المنظمة | امانه المنظمه | true",
        "قال مصطفى ثم مصطفي | مصطفى | مصطفي | true",
        "قال الوَزِيـــر ثم الوزير | الوَزِيـــر | الوزير | true",
        // a word of four letters keeps its first letter: وزير is not زير
        "قال وزير ثم زير | وزير | زير | false",
        // words under three letters are not content words
        "قال عن هو ثم عن هي | عن هو | عن هي | false",
        // different sources
        "قال وزير الخارجية ثم رئيس الحكومة | وزير الخارجية | رئيس الحكومة | false",
        "قال سامي الأحمد ثم خالد العمر | سامي الأحمد | خالد العمر | false",
      })
  void judgesASpeaker(String text, String gold, String predicted, boolean right) {
    Span g = span(text, gold, 0);
    // the predicted mention is the one after the gold one when there is one
    Span p = span(text, predicted, text.indexOf(predicted, g.end()) >= 0 ? g.end() : 0);
    assertEquals(right, SpeakerMatch.right(text, g, p));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "الرئيس, رئيس",
    "والرئيس, رئيس",
    "للرئيس, رئيس",
    "وللرئيس, رئيس",
    "بالحكومة, حكومة",
    "كالعادة, عادة",
    "فالوزير, وزير",
    "وزير, وزير",
    "الوزير, وزير",
    "بيان, بيان",
    "وزارة, زارة",
    "لبنان, بنان",
    "الى, الى",
  })
  void stripsLeadingCliticsFromLongWords(String word, String stripped) {
    assertEquals(stripped, SpeakerMatch.strip(word));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وزير الخارجية القطري | قطري خارجيه وزير",
        "المتحدث باسم الوزارة | باسم متحدث وزاره",
        "مصدر في «الحكومة» | حكومه مصدر",
        "عضو لجنة CNN | CNN عضو لجنه",
      })
  void foldsAndSplitsContentWords(String phrase, String words) {
    Set<String> expected = new TreeSet<>(Set.of(words.split(" ")));
    assertEquals(
        expected,
        new TreeSet<>(SpeakerMatch.contentWords(phrase, new Span(0, phrase.length()))));
  }

  @Test
  void noPredictedSpeakerIsWrong() {
    assertFalse(SpeakerMatch.right("قال الوزير", new Span(4, 10), null));
  }
}
