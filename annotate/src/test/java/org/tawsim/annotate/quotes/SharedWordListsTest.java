/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.annotate.ClosedClass;

/**
 * How the quotation tagger reads the closed classes it shares with the entity tagger ({@link
 * ClosedClass}) together with its own lists ({@link WordList}).
 */
class SharedWordListsTest {

  /**
   * Each row: a word, then which of the flags STOP (ends a speaker's mention), PREPOSITION (a cue
   * word after it is a noun) and TITLE (never a surname) the shipped lexicon gives it, and the
   * list it comes from.
   */
  @ParameterizedTest
  @CsvSource({
    "في, STOP PREPOSITION", // shared prepositions
    "بدون, STOP PREPOSITION",
    "بعض, PREPOSITION", // shared quantifiers: قال بعض المسؤولين names a speaker
    "معظم, PREPOSITION",
    "أي, STOP PREPOSITION", // a quantifier, and its own stop word
    "الذي, STOP", // shared function words
    "لكنه, STOP",
    "عنه, STOP",
    "طلب, STOP", // its own: مصدر طلب عدم الكشف عن اسمه
    "ل, STOP",
    "وزير, TITLE", // shared titles, one-word entries
    "السلطان, TITLE",
    "اللاعب, ''", // a weak title: as often a common noun
    "الدبلوماسي, ''", // a role of the entity tagger's
    "مصدر, TITLE", // its own
    "متحدث, TITLE",
    "مسؤول, TITLE",
    "الخارجية, ''", // a word of a title phrase (وزير الخارجية) is no title
    "الوزارة, ''",
  })
  void sharedAndOwnListsGiveFlags(String word, String flags) {
    int f = CueLexicon.defaults().exactFlags(word, 0, word.length());
    List<String> names = new ArrayList<>();
    if ((f & CueLexicon.STOP) != 0) {
      names.add("STOP");
    }
    if ((f & CueLexicon.PREPOSITION) != 0) {
      names.add("PREPOSITION");
    }
    if ((f & CueLexicon.TITLE) != 0) {
      names.add("TITLE");
    }
    assertEquals(flags, String.join(" ", names), word);
  }

  /** Each row: a list, and the file in a folder of lists that replaces it. */
  @ParameterizedTest
  @CsvSource({
    "SPEAKER_STOPS, speaker-stops.txt",
    "PREPOSITIONS, prepositions.txt",
    "TITLES, titles.txt",
    "SPEECH_VERBS, speech-verbs.txt",
  })
  void eachListIsReplacedByOneFile(WordList list, String file) {
    assertEquals(file, list.fileName());
  }
}
