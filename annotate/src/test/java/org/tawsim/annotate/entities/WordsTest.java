/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.core.TokenList;

class WordsTest {

  /** Words with and without proclitics, one with four readings (وللرئيس), digits, punctuation. */
  private static final String[] WORDS = {
    "وللرئيس", "وبموسكو", "الرئيس", "قال", "فلاديمير", "بوتين", "للطاقة", "وكالعادة", "2024", "،",
    "«", "موسكو", "وزارة", "والدبلوماسي", "لم", "ف"
  };

  /**
   * Seeded random texts, some where nearly every token has several readings (more than the flat
   * arrays first hold): every token's readings, cuts and lexicon entries are those {@link
   * Words#readings} and the lexicon give for its key alone, and what is precomputed from them (the
   * article, the tries a phrase may start) is what they say.
   */
  @Test
  void eachTokenReadsAsItsKeyAloneWouldInAnyText() {
    Lexicon lexicon = Lexicon.defaults();
    Random random = new Random(11);
    for (int round = 0; round < 40; round++) {
      StringBuilder text = new StringBuilder();
      int tokens = 1 + random.nextInt(round < 20 ? 30 : 3000);
      boolean cliticHeavy = round % 2 == 1;
      for (int t = 0; t < tokens; t++) {
        text.append(cliticHeavy && random.nextInt(4) > 0 ? WORDS[random.nextInt(2)]
            : WORDS[random.nextInt(WORDS.length)]);
        text.append(random.nextInt(10) == 0 ? "\n" : " ");
      }
      String s = text.toString();
      TokenList list = new ArabicTokenizer().tokenize(s);
      Words w = new Words(s, list, lexicon);
      String[] out = new String[4];
      int[] cut = new int[4];
      for (int i = 0; i < w.size; i++) {
        String key = w.key[i];
        int n = w.letters[i] ? Words.readings(key, out, cut) : 1;
        assertEquals(n, w.readingCount(i), key);
        assertSame(key, w.reading(i, 0), key);
        for (int r = 0; r < n; r++) {
          assertEquals(r == 0 ? key : out[r], w.reading(i, r), key);
          assertEquals(r == 0 ? 0 : cut[r], w.cut(i, r), key);
          assertSame(w.letters[i] ? lexicon.info(w.reading(i, r)) : null, w.info(i, r), key);
        }
        assertEquals(w.reading(i, n - 1), w.lastReading(i));
        assertEquals(w.cut(i, w.bestReading[i]), w.bestCut(i));
        boolean article = false;
        for (int r = 0; r < n; r++) {
          article |= w.reading(i, r).startsWith("ال") && w.reading(i, r).length() > 3;
        }
        assertEquals(article && !w.hamzaLam[i], w.definite(i), key);
        for (Lexicon.Trie t : Lexicon.Trie.values()) {
          boolean starts = false;
          for (int r = 0; r < w.firstWordReadings(i); r++) {
            starts |= w.info(i, r) != null && w.info(i, r).root(t) != null;
          }
          assertEquals(starts, (w.trieRoots[i] & 1 << t.ordinal()) != 0, key + " " + t);
        }
      }
    }
  }

  /**
   * The bits of {@link WordSets} say what the sets say: {@link Words#inSet} as {@link
   * Words#anyReading} of the set, {@link Words#keyInSet} as the set holding the key.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "وأعلن فاز وفاز على لم ضيفه شقيقة لاعب نيو وسان كان وكانت قال موسكو 2024 ، «",
    "بالمدرب لشقيقة وعلى فلم وقد سان فرانسيسكو وضيفه فتعادل ومع أمام وأمام",
    "عبد وعبد بعبد تنظيم وتنظيم لتنظيم والتنظيم",
  })
  void setBitsSayWhatTheSetsSay(String text) {
    java.util.Map<Integer, java.util.Set<String>> sets = java.util.Map.ofEntries(
        java.util.Map.entry(WordSets.FAMILY_NOUN, NameRules.FAMILY_NOUNS),
        java.util.Map.entry(WordSets.VERB, VerbSubjects.VERBS),
        java.util.Map.entry(WordSets.BEING, VerbSubjects.BEING),
        java.util.Map.entry(WordSets.QUOTE_HEAD, QuotedNameRules.QUOTE_HEADS),
        java.util.Map.entry(WordSets.HOST, MatchReports.HOSTS),
        java.util.Map.entry(WordSets.RESULT, MatchReports.RESULTS),
        java.util.Map.entry(WordSets.MEMBER, MatchReports.MEMBERS),
        java.util.Map.entry(WordSets.OPPONENT, MatchReports.OPPONENT),
        java.util.Map.entry(WordSets.OPENER, SubjectVerbNames.OPENERS),
        java.util.Map.entry(WordSets.PARTICLE, SubjectVerbNames.PARTICLES),
        java.util.Map.entry(WordSets.PLACE_PREFIX, HeadRules.PLACE_PREFIXES),
        java.util.Map.entry(WordSets.GROUP_HEAD, GroupNames.HEADS),
        java.util.Map.entry(WordSets.SERVANT, java.util.Set.of(NameRules.ABD)));
    TokenList list = new ArabicTokenizer().tokenize(text);
    Words w = new Words(text, list, Lexicon.defaults());
    int found = 0;
    for (int i = 0; i < w.size; i++) {
      for (java.util.Map.Entry<Integer, java.util.Set<String>> e : sets.entrySet()) {
        assertEquals(w.anyReading(i, e.getValue()), w.inSet(i, e.getKey()), w.key[i]);
        assertEquals(e.getValue().contains(w.key[i]), w.keyInSet(i, e.getKey()), w.key[i]);
        found += w.inSet(i, e.getKey()) ? 1 : 0;
      }
      String last = w.lastReading(i);
      assertEquals(w.letters[i] && last.length() <= 4
          && (HeadRules.PLACE_PREFIXES.contains(w.key[i])
              || HeadRules.PLACE_PREFIXES.contains(last)), w.placePrefix[i], w.key[i]);
    }
    assertTrue(found >= w.size / 2, "most of these words are in a set: " + found);
  }

  /**
   * A tokenizer's norms, which the lexicon's normaliser made ({@link TokenList#normalizedBy}), are
   * taken as keys as they are: the keys are those of the same tokens in a list that does not say
   * so, whose norms are normalised again, marks of no word (a tatweel dash, a lone fathatan) and
   * a presentation form (ﻻ) included.
   */
  @Test
  void normsTheLexiconsNormaliserMadeAreTheKeys() {
    String[] odd = {"\u0640", "\u064B", "\uFEFB", "أحمد", "إلى", "مدرسةٌ", "عَلَى", "\u200F"};
    Random random = new Random(41);
    StringBuilder text = new StringBuilder();
    for (int t = 0; t < 2000; t++) {
      text.append(random.nextBoolean() ? odd[random.nextInt(odd.length)]
          : WORDS[random.nextInt(WORDS.length)]);
      text.append(' ');
    }
    String s = text.toString();
    TokenList told = new ArabicTokenizer().tokenize(s);
    TokenList untold = TokenList.copyOf(new ArrayList<>(told));
    assertTrue(told.normalizedBy(Lexicon.NORMALIZER));
    assertFalse(untold.normalizedBy(Lexicon.NORMALIZER));
    Words a = new Words(s, told, Lexicon.defaults());
    Words b = new Words(s, untold, Lexicon.defaults());
    for (int i = 0; i < a.size; i++) {
      assertEquals(b.key[i], a.key[i], s.substring(told.begin(i), told.end(i)));
    }
  }

  /**
   * A long text, whose tokenizer gives a word seen again the form of its first occurrence, reads
   * token for token as the same tokens each with a form of its own: readings made once per form
   * are those of every token of the form.
   */
  @Test
  void tokensOfOneFormReadAsTokensOfTheirOwn() {
    Random random = new Random(29);
    StringBuilder text = new StringBuilder();
    while (text.length() < 100_000) {
      text.append(WORDS[random.nextInt(WORDS.length)]);
      if (random.nextInt(5) == 0) {
        text.append(random.nextInt(1000)); // forms met once
      }
      text.append(random.nextInt(10) == 0 ? "\n" : " ");
    }
    String s = text.toString();
    TokenList shared = new ArabicTokenizer().tokenize(s);
    TokenList own = TokenList.copyOf(new ArrayList<>(shared));
    assertTrue(shared.formCount() < shared.size() / 4, shared.formCount() + " forms");
    assertEquals(own.size(), own.formCount());
    Lexicon lexicon = Lexicon.defaults();
    Words a = new Words(s, shared, lexicon);
    Words b = new Words(s, own, lexicon);
    for (int i = 0; i < a.size; i++) {
      String at = "token " + i + " " + a.key[i];
      assertEquals(b.key[i], a.key[i], at);
      assertEquals(b.flags[i], a.flags[i], at);
      assertEquals(b.ownFlags[i], a.ownFlags[i], at);
      assertEquals(b.trieRoots[i], a.trieRoots[i], at);
      assertEquals(b.bestReading[i], a.bestReading[i], at);
      assertEquals(b.letters[i], a.letters[i], at);
      assertEquals(b.number[i], a.number[i], at);
      assertEquals(b.definite(i), a.definite(i), at);
      assertEquals(b.readingCount(i), a.readingCount(i), at);
      for (int r = 0; r < a.readingCount(i); r++) {
        assertEquals(b.reading(i, r), a.reading(i, r), at);
        assertEquals(b.cut(i, r), a.cut(i, r), at);
        assertSame(b.info(i, r), a.info(i, r), at);
      }
    }
  }

  /**
   * Words made on the arrays another document's words gave back ({@link Words#release}, {@link
   * WordArrays}) read as words made on new arrays, whatever the first document wrote there: its
   * line breaks, the list types and name shapes the rules set, its clitic readings.
   */
  @Test
  void wordsOnArraysGivenBackReadAsWordsOnNewArrays() {
    Random random = new Random(31);
    StringBuilder text = new StringBuilder();
    while (text.length() < 2_000) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(3) == 0 ? "\n" : " ");
    }
    String first = text.toString();
    Lexicon lexicon = Lexicon.defaults();
    ArabicTokenizer tokenizer = new ArabicTokenizer();
    Words before = new Words(first, tokenizer.tokenize(first), lexicon);
    for (int i = 0; i < before.size; i++) {
      before.listType[i] = org.tawsim.core.EntityType.LOC;
      before.nameShape[i] = Words.SHAPE_NAME;
    }
    before.release();
    String second = "قال الرئيس فلاديمير بوتين في موسكو إن وزارة الطاقة 2024";
    Words again = new Words(second, tokenizer.tokenize(second), lexicon);
    Words fresh = new Words(second, tokenizer.tokenize(second), lexicon);
    assertSame(before.key, again.key);
    for (int i = 0; i < again.size; i++) {
      String at = "token " + i + " " + fresh.key[i];
      assertEquals(fresh.key[i], again.key[i], at);
      assertEquals(fresh.flags[i], again.flags[i], at);
      assertEquals(fresh.ownFlags[i], again.ownFlags[i], at);
      assertEquals(fresh.trieRoots[i], again.trieRoots[i], at);
      assertEquals(fresh.bestReading[i], again.bestReading[i], at);
      assertEquals(fresh.letters[i], again.letters[i], at);
      assertEquals(fresh.number[i], again.number[i], at);
      assertEquals(fresh.dotted[i], again.dotted[i], at);
      assertEquals(fresh.placePrefix[i], again.placePrefix[i], at);
      assertEquals(fresh.breakBefore[i], again.breakBefore[i], at);
      assertEquals(fresh.listType[i], again.listType[i], at);
      assertEquals(fresh.nameShape[i], again.nameShape[i], at);
      assertEquals(fresh.tehMarbuta[i], again.tehMarbuta[i], at);
      assertEquals(fresh.definite(i), again.definite(i), at);
      assertEquals(fresh.readingCount(i), again.readingCount(i), at);
      for (int r = 0; r < again.readingCount(i); r++) {
        assertEquals(fresh.reading(i, r), again.reading(i, r), at);
        assertEquals(fresh.cut(i, r), again.cut(i, r), at);
        assertSame(fresh.info(i, r), again.info(i, r), at);
      }
    }
  }

  /**
   * Tokens whose characters normalise to nothing (a tatweel dash, a lone diacritic, RLM, ALM, ZWJ)
   * have their own characters as key, hold no letter and no reading but the key; a token with an
   * empty norm, as a token layer made elsewhere may hold, has the dotted circle. Keys as code points.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "صور \u0640 | 0635 0648 0631 ; 0640 | true false",
    "صور \u064E | 0635 0648 0631 ; 064E | true false",
    "صور \u200F | 0635 0648 0631 ; 200F | true false",
    "صور \u061C | 0635 0648 0631 ; 061C | true false",
    "صور \u200D | 0635 0648 0631 ; 200D | true false",
    "\u0640\u0640\u0640 | 0640 0640 0640 | false",
    "\u0651\u064E | 0651 064E | false",
  })
  void tokensOfMarksAloneAreKeyedByTheirMarks(String text, String keys, String letters) {
    Words w = new Words(text, new ArabicTokenizer().tokenize(text), Lexicon.defaults());
    List<String> gotKeys = new ArrayList<>();
    List<String> gotLetters = new ArrayList<>();
    for (int i = 0; i < w.size; i++) {
      gotKeys.add(w.key[i].chars().mapToObj(c -> String.format(Locale.ROOT, "%04X", c))
          .collect(Collectors.joining(" ")));
      gotLetters.add(String.valueOf(w.letters[i]));
      assertEquals(1, w.readingCount(i), w.key[i]);
    }
    assertEquals(keys, String.join(" ; ", gotKeys));
    assertEquals(letters, String.join(" ", gotLetters));
  }

  @Test
  void aTokenWithAnEmptyNormHasTheDottedCircleAsKey() {
    String text = "صور \u0640";
    TokenList tokens = TokenList.builder(2).add(0, 3, "صور").add(4, 5, "").build();
    Words w = new Words(text, tokens, Lexicon.defaults());
    assertEquals(2, w.size);
    assertEquals(List.of("صور", Words.NO_CHARACTERS), List.of(w.key[0], w.key[1]));
    assertFalse(w.letters[1]);
  }

  /**
   * The smallest texts that made the tagger throw (a one-word place that is also a common word,
   * then a token of marks alone, whose key was empty), with all the entities each has now.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "صور\u0640 | ''", // shrunk by AnnotatorPropertiesTest from a text of 214 characters
    "صور \u0640 | ''",
    "صور \u064E | ''",
    "مالي \u0640 | ''",
    "صور \u200F | ''",
    "في صور \u0640 | صور/LOC",
    "في صور \u0640 وصيدا | صور/LOC وصيدا/LOC",
    "الرياض \u0640 الوطن: قال | الرياض/LOC الوطن/ORG",
  })
  void tagsTextsWithMarkTokensNextToPlaces(String text, String expected) {
    Document d = ArabicEntityTagger.create()
        .annotate(new ArabicTokenizer().annotate(Document.of("t", text)));
    List<String> found = new ArrayList<>();
    for (Entity e : d.layer(Entity.class)) {
      found.add(d.text(e.span()) + "/" + e.type());
    }
    assertEquals(expected, String.join(" ", found));
  }

  @Test
  void tagsATokenLayerWithEmptyNormsAndSpans() {
    String text = "في صور \u0640";
    TokenList tokens = TokenList.builder(4)
        .add(0, 2, "في").add(3, 6, "صور").add(6, 6, "").add(7, 8, "").build();
    Document d = ArabicEntityTagger.create().annotate(Document.of("t", text).withLayer(Token.class, tokens));
    assertEquals(List.of(new Span(3, 6)), d.layer(Entity.class).stream().map(Entity::span).toList());
  }
}
