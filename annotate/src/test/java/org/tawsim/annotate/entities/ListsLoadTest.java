/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Assertions;

class ListsLoadTest {

  @Test
  void missingListFailsLoudly() {
    UncheckedIOException e =
        Assertions.assertThrows(UncheckedIOException.class, () -> Lexicon.read("no-such.txt"));
    assertTrue(e.getMessage().contains("no-such.txt"), e.getMessage());
  }

  @Test
  void commentsAndBlankLinesAreSkipped() {
    for (String entry : Lexicon.read("stopwords.txt")) {
      assertFalse(entry.isBlank() || entry.startsWith("#"), entry);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "الإيراني, الإيرانية",
    "الإيراني, الإيرانيون",
    "الإيراني, الإيرانيين",
    "الإيراني, إيرانية",
  })
  void derivesNationalityForms(String base, String form) {
    assertTrue(NorpForms.of(base).contains(form), () -> NorpForms.of(base).toString());
  }

  /**
   * The speech verbs shared with the quotation tagger and the entity tagger's own subject verbs
   * are subject verbs; masculine plural speech verbs are not (their subject comes first). Each row
   * gives a word and whether it is a subject verb.
   */
  @ParameterizedTest
  @CsvSource({
    "قال, true",
    "أبدى, true", // in the shared list only
    "زار, true", // a subject verb that is no speech verb
    "أعلن, true",
    "قالوا, false",
    "يقولون, false",
    "وصفوا, false",
    "الوزير, false",
  })
  void subjectVerbsComeFromTheSharedSpeechVerbs(String word, boolean subjectVerb) {
    Lexicon.WordInfo info = Lexicon.defaults().info(Lexicon.words(word).get(0));
    assertEquals(subjectVerb, info != null && (info.flags & Lexicon.SUBJECT_VERB) != 0, word);
  }

  /**
   * The closed classes shared with the quotation tagger and the entity tagger's own lists give
   * its word classes. Each row: a word, then which of STOP, TITLE_WORD and PERSON_ROLE it has.
   */
  @ParameterizedTest
  @CsvSource({
    "في, STOP", // shared prepositions
    "بدون, STOP",
    "معظم, STOP", // shared quantifiers
    "لكنه, STOP", // shared function words
    "أيضا, STOP", // its own stop words
    "وزير, STOP TITLE_WORD", // a shared title, and its own stop word
    "الخارجية, TITLE_WORD", // a word of a shared title phrase (وزير الخارجية)
    "الدبلوماسي, PERSON_ROLE", // its own roles
    "المدرب, TITLE_WORD PERSON_ROLE",
    "مصدر, ''", // the quotation tagger's own title
  })
  void sharedClassesGiveWordClasses(String word, String classes) {
    Lexicon.WordInfo info = Lexicon.defaults().info(Lexicon.words(word).get(0));
    int f = info == null ? 0 : info.flags;
    List<String> names = new java.util.ArrayList<>();
    if ((f & Lexicon.STOP) != 0) {
      names.add("STOP");
    }
    if ((f & Lexicon.TITLE_WORD) != 0) {
      names.add("TITLE_WORD");
    }
    if ((f & Lexicon.PERSON_ROLE) != 0) {
      names.add("PERSON_ROLE");
    }
    assertEquals(classes, String.join(" ", names), word);
  }

  @Test
  void stopWordsNeverBecomeOneWordEntities() {
    Lexicon lex = Lexicon.defaults();
    for (String stop : List.of("في", "من", "بشأن", "اليوم")) {
      assertEquals(null, lex.entities.root(Lexicon.words(stop).get(0)) == null ? null
          : lex.entities.root(Lexicon.words(stop).get(0)).value(), stop);
    }
  }

  /**
   * WikiFANE's spans are loaded as names only where ANERcorp's conventions, which the tagger
   * follows, see a name: not a description (الجيش الإسرائيلي، الصين الشعبية), not a span that
   * starts with a common noun, a person's title, trigger or descriptor (قطاع غزة، وادي الرافدين،
   * نادي الزمالك، الأمير سيف الدين). Each row gives the
   * source of the phrase's entry in the lexicon, or none.
   */
  @ParameterizedTest
  @CsvSource({
    "هيماشال براديش, gazetteer:wikifane-locations",
    "وادي الرافدين, ''",
    "الصين الشعبية, ''",
    "قطاع غزة, ''",
    "الجيش الإسرائيلي, ''",
    "نادي الزمالك, ''",
    "الأمير سيف الدين, ''",
    // a word of a title's complement (هيئة of رئيس هيئة الأركان) opens no title
    "هيئة كبار العلماء, gazetteer:wikifane-organisations",
    "مجلس الشيوخ الأمريكي, gazetteer:wikifane-organisations",
  })
  void loadsWikifaneSpansThatAreNames(String phrase, String source) {
    PhraseTrie.Node<Entry> node = null;
    for (String word : Lexicon.words(phrase)) {
      node = node == null ? Lexicon.defaults().entities.root(word) : node.child(word);
      if (node == null) {
        break;
      }
    }
    Entry entry = node == null ? null : node.value();
    assertEquals(source, entry == null ? "" : entry.source(), phrase);
  }

  @ParameterizedTest
  @CsvSource({
    "وبموسكو, 'وبموسكو,بموسكو,موسكو'",
    "للكرملين, 'للكرملين,الكرملين'",
    "والصين, 'والصين,الصين'",
    "في, 'في'",
  })
  void readsProclitics(String key, String expected) {
    String[] out = new String[4];
    int[] cut = new int[4];
    int n = Words.readings(key, out, cut);
    assertEquals(Set.of(expected.split(",")), Set.of(java.util.Arrays.copyOf(out, n)));
  }

  @ParameterizedTest
  @CsvSource({
    "بيزشكيان, بزشكيان, true",
    "أوشاكوف, أوشكوف, true",
    "بوتين, بوتين, false",
    "بوتين, لافروف, false",
    "ابc, اxc, false",
    "ابcd, ابيcd, true",
  })
  void oneEditApart(String a, String b, boolean expected) {
    assertEquals(expected, DocumentConsistency.withinOneEdit(a, b));
  }
}
