/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.annotate.entities.ArabicEntityTagger;
import org.tawsim.annotate.quotes.QuotationTagger;
import org.tawsim.core.io.WordLists;

/** The closed classes both taggers share ({@link ClosedClass}). */
class ClosedClassTest {

  /** Each row: an entry of a list, then the word a reader of plain single words takes from it. */
  @ParameterizedTest
  @CsvSource({
    "الرئيس, الرئيس",
    "اللاعب|weak, ''",
    "القنصل|weak, ''",
    "د., د.",
    "وزير الخارجية, ''",
    "المتحدث الرسمي باسم, ''",
    "صاحب السمو, ''",
  })
  void readsOneWordEntriesWithoutMark(String entry, String word) {
    assertEquals(word, ClosedClass.word(entry));
  }

  /**
   * No word is listed twice: a shared class holds no word of another shared class or of the list a
   * tagger keeps for itself. Each row: a shared class, a list, and the words both hold on purpose
   * (أي is a quantifier, and ends a speaker's mention where it means "that is").
   */
  @ParameterizedTest
  @CsvSource({
    "PREPOSITIONS, QUANTIFIERS, ''",
    "PREPOSITIONS, FUNCTION_WORDS, ''",
    "QUANTIFIERS, FUNCTION_WORDS, ''",
    "PREPOSITIONS, entities/stopwords.txt, ''",
    "QUANTIFIERS, entities/stopwords.txt, ''",
    "FUNCTION_WORDS, entities/stopwords.txt, ''",
    "PREPOSITIONS, quotes/speaker-stops.txt, ''",
    "FUNCTION_WORDS, quotes/speaker-stops.txt, ''",
    "QUANTIFIERS, quotes/speaker-stops.txt, أي",
    "PERSON_TITLES, quotes/titles.txt, ''",
    "SPEECH_VERBS, quotes/speech-verbs.txt, ''",
    "SPEECH_PARTICIPLES, quotes/speech-participles.txt, ''",
  })
  void sharedClassesRepeatNoList(ClosedClass shared, String list, String both) {
    Set<String> common = new TreeSet<>(shared.words());
    common.retainAll(list.contains("/") ? own(list) : ClosedClass.valueOf(list).words());
    assertEquals(both.isEmpty() ? Set.of() : Set.of(both.split(" ")), common);
  }

  /** Each row: a class, its file and the file's first three words. */
  @ParameterizedTest
  @CsvSource({
    "PREPOSITIONS, prepositions.txt, في على إلى",
    "QUANTIFIERS, quantifiers.txt, بعض كل أي",
    "FUNCTION_WORDS, function-words.txt, الذي التي الذين",
    "PERSON_TITLES, person-titles.txt, الرئيس رئيس رئيسة",
    "SPEECH_VERBS, speech-verbs.txt, قال قالت قالوا",
  })
  void eachClassHasItsFile(ClosedClass shared, String file, String firstWords) {
    assertEquals(file, shared.fileName());
    assertEquals(List.of(firstWords.split(" ")), shared.words().subList(0, 3));
  }

  private static List<String> own(String path) {
    Class<?> owner = path.startsWith("entities/") ? ArabicEntityTagger.class : QuotationTagger.class;
    return WordLists.resource(owner, path.substring(path.indexOf('/') + 1));
  }
}
