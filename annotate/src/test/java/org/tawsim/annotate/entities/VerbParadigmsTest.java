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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link VerbParadigms}: the third person singular forms of a treebank's verbs, from the lemma. */
class VerbParadigmsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Form I, sound: the lemma is the stem
        "نشر | نَشَر | نشر",
        // a hamzat al-wasl goes (Forms VII, VIII, X)
        "استبعد | اِستَبعَد | ستبعد",
        "ارتقي | اِرتَقَى | رتقي",
        // Form IV loses its أ, a doubled one too
        "اعلن | أَعلَن | علن",
        "اصر | أَصَرّ | صر",
        // a first hamza of Form I stays (أخذ: يأخذ)
        "اخذ | أَخَذ | اخذ",
        // Forms III and VI keep their long vowel
        "ساعد | سَاعَد | ساعد",
        "تعاون | تَعَاوَن | تعاون",
        // imperfects that change the letters: no stem
        "قال | قَال | ''",
        "وصل | وَصَل | ''",
        "دعا | دَعَا | ''",
        "اختار | اِختَار | ''",
      })
  void derivesTheImperfectStemFromTheLemma(String lemma, String raw, String stem) {
    assertEquals(stem.isEmpty() ? null : stem, VerbParadigms.derivedStem(lemma, raw));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "يقول ; Aspect=Imp|Gender=Masc|Mood=Ind|Number=Sing|Person=3|Voice=Act ; قول",
        "نرى ; Aspect=Imp|Mood=Ind|Number=Plur|Person=1|Voice=Act ; رى",
        // an ending, the passive or the jussive: no stem
        "يتابعون ; Aspect=Imp|Gender=Masc|Mood=Ind|Number=Plur|Person=3|Voice=Act ; ''",
        "يقام ; Aspect=Imp|Gender=Masc|Mood=Sub|Number=Sing|Person=3|Voice=Pass ; ''",
        "يبق ; Aspect=Imp|Gender=Masc|Mood=Jus|Number=Sing|Person=3|Voice=Act ; ''",
        "قال ; Aspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act ; ''",
      })
  void takesTheStemOfAnImperfectOfTheTreebank(String form, String feats, String stem) {
    assertEquals(stem.isEmpty() ? null : stem, VerbParadigms.attestedStem(form, feats));
  }

  /**
   * A lemma seen once gives its three forms; a form tagged as a noun too is left out, and so is one
   * that running text uses more often as a noun: the lemma of a noun (مَلِك) and a word after the
   * article (الملك، الحكم twice); one use after a preposition (عن صدق) against one verb is a tie,
   * which keeps the verb; إليهم is no article before يهم.
   */
  @Test
  void writesTheFormsOfEachLemma(@TempDir Path dir) throws IOException {
    Path conllu = dir.resolve("t.conllu");
    Files.writeString(conllu, String.join("\n",
        "# text = استبعدت يقولون عمل عمل الملك عن",
        "1\tاستبعدت\tاِستَبعَد\tVERB\t_\tAspect=Perf|Gender=Fem|Number=Sing|Person=3|Voice=Act\t0\troot\t_\t_",
        "2\tيقولون\tقَال\tVERB\t_\tAspect=Imp|Gender=Masc|Number=Plur|Person=3|Voice=Act\t1\tobj\t_\t_",
        "3\tعمل\tعَمِل\tVERB\t_\tAspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act\t1\tobj\t_\t_",
        "4\tعمل\tعَمَل\tNOUN\t_\tCase=Nom\t1\tobj\t_\t_",
        "5\tالملك\tمَلِك\tNOUN\t_\tCase=Nom|Definite=Def\t1\tnsubj\t_\t_",
        "6\tعن\tعَن\tADP\t_\t_\t7\tcase\t_\t_",
        "7\tملك\tمَلَك\tVERB\t_\tAspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act\t1\tobj\t_\t_",
        "8\tحكم\tحَكَم\tVERB\t_\tAspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act\t1\tobj\t_\t_",
        "9\tصدق\tصَدَق\tVERB\t_\tAspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act\t1\tobj\t_\t_",
        "10\tيهم\tهَمّ\tVERB\t_\tAspect=Imp|Gender=Masc|Mood=Ind|Number=Sing|Person=3|Voice=Act\t1\tobj\t_\t_",
        ""), StandardCharsets.UTF_8);
    Path text = dir.resolve("t.txt");
    Files.writeString(text, "وقال إن الحكم نهائي.\nتحدث عن صدق.\nوأرسل إليهم.\nورفض الحكم.\n",
        StandardCharsets.UTF_8);
    // ملك and حكم, the nouns, go; their feminine and imperfect stay (ملكت، يملك); صدق stays
    assertEquals("[استبعد, استبعدت, حكمت, صدق, صدقت, عملت, قال, قالت, ملكت, يحكم, يستبعد,"
        + " يصدق, يعمل, يملك, يهم]", VerbParadigms.forms(conllu, text).toString());
    // the treebank's own verbs pass the same test: ملك and حكم go, صدق (a tie) stays
    assertEquals("[استبعدت, حكمت, صدق, صدقت, عملت, ملكت, يهم]",
        EntityListGenerator.verbs(conllu, text).toString());
  }

  @ParameterizedTest
  @CsvSource({
    "مضى, مضى",
    "مَضَى, مضى",
    "المضي, المضي",
    "أعلن, اعلن",
  })
  void keepsAFinalAlefMaksuraApartFromYeh(String raw, String spelled) {
    assertEquals(spelled, VerbParadigms.spelled(raw));
  }

  @ParameterizedTest
  @CsvSource({
    // nouns, verbs, noun?
    "2, 1, true",
    "1, 1, false",
    "0, 0, false",
    "1, 3, false",
  })
  void aFormIsANounWhenRunningTextUsesItMoreOftenAsOne(int nouns, int verbs, boolean noun) {
    assertEquals(noun, VerbParadigms.usedAsNoun("شعر", java.util.Map.of("شعر", nouns),
        java.util.Map.of("شعر", verbs)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "الملك | ملك",
        "والملك | ملك",
        "للملك | ملك",
        // إلى with a pronoun, written with hamza: no article
        "إليهم | ''",
        "ملك | ''",
      })
  void readsTheArticleAsItIsWritten(String raw, String stem) {
    assertEquals(stem.isEmpty() ? null : stem,
        VerbParadigms.afterArticle(raw, Lexicon.NORMALIZER.normalizeToString(raw)));
  }
}
