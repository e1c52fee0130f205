/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.tawsim.annotate.entities.NameShapes.nameLike;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tawsim.core.EntityType;
import org.tawsim.core.text.ArabicCharacters;

/**
 * The subject of any verb of open data, when the subject is a name word of open data: Arabic news
 * opens sentences with a verb and its subject (ويواجه X انتقادات، واستبعد X ارتفاع الأسعار), and a
 * name word right after a verb is that subject far more often than anything else.
 *
 * <p>Pattern: a verb of {@code verbs.txt} (the third person singular verbs of UD Arabic-PUD, never
 * another word class there) or of {@code verb-forms.txt} (the past, masculine and feminine, and the
 * masculine imperfect of each of its verbs, {@link VerbParadigms}: ارتقى، وينضم) or كان or one of its sisters ({@code VerbSubjects.BEING} of {@code
 * rule-words.txt}), with or without و or ف, then a name word of open data ({@link
 * Lexicon#NAME_WORD}) of four letters or more, without a clitic, whose letters are a name's
 * ({@link NameLikeness}: foreign names, not Arabic words that Wikidata also has as names), and up
 * to two more name words or known names after it. The speech and subject verbs ({@link
 * Lexicon#SUBJECT_VERB}) are read by {@link NameRules}, which also takes subjects with no sign of
 * their own. A verb that no list knows is read from its shape, a masculine imperfect ({@link
 * #imperfect}: وسيمضي، ويزور); after it an unknown word whose letters are a name's ({@link
 * NameShapes#lettersOfName}) is a subject too.
 *
 * <p>Example: {@code ويواجه تسيبراس انتقادات حادة} gives PER {@code تسيبراس}; {@code وبلغ صافي
 * الربح} gives nothing (صافي is a name word whose letters are an Arabic word's); {@code وكان
 * فرويد تلميذا متفوقا} gives PER {@code فرويد}; {@code وسيمضي كولانجيلو يومين} gives PER {@code
 * كولانجيلو}.
 */
final class VerbSubjects {

  /** Below the speech-verb subject (28) and the runs of name words (27). */
  static final int PRIORITY = 24;

  private static final int MAX_WORDS = 3;

  /**
   * The verbs of the treebank as it writes them, and the other forms of the third person singular
   * of each ({@link VerbParadigms}: نشر and أعلنت where the treebank has only نشرت and أعلن).
   */
  static final Set<String> VERBS = verbs();

  /**
   * كان and its sisters (أصبح، بات، ظل، صار): verbs of being, which UD tags as auxiliaries and
   * {@code verbs.txt} therefore lacks, take their subject right after them as other verbs do. A
   * name word followed by a definite noun is no subject there but the first noun of a construct
   * (وكان ديوان المظالم قد أصدر), which the predicate of كان seldom starts with.
   */
  static final Set<String> BEING = RuleWords.set("VerbSubjects.BEING");

  private VerbSubjects() {}

  private static Set<String> verbs() {
    Set<String> verbs = new HashSet<>(Lexicon.read("verbs.txt"));
    verbs.addAll(Lexicon.read("verb-forms.txt"));
    return Set.copyOf(verbs);
  }

  /** Adds a PER candidate for each name word of open data right after a verb. */
  static void find(Words w, List<Candidate> out) {
    for (int j = 1; j < w.size; j++) {
      // the cheap tests first: the model is asked last
      if (w.breakBefore[j] || !(w.hasOwn(j, Lexicon.NAME_WORD)
              && !w.has(j - 1, Lexicon.SUBJECT_VERB) && (verb(w, j - 1) || imperfect(w, j - 1))
              && nameWord(w, j)
          // an unknown word after a masculine imperfect: the verb's shape and the word's
          // letters are the two signs (وسيمضي شافيز يومين)
          || w.flags[j] == 0 && w.key[j].length() >= 4 && w.key[j].charAt(0) != ArabicCharacters.WAW
              && imperfect(w, j - 1) && NameShapes.lettersOfName(w, j))) {
        continue;
      }
      int end = nameEnd(w, j);
      if (end == j + 1 && end < w.size && !w.breakBefore[end] && w.definite(end)
          && !w.inSet(j - 1, WordSets.VERB)) {
        continue; // after كان, a word in construct with a definite noun (وكان ديوان المظالم)
      }
      out.add(new Candidate(j, end, EntityType.PER, "rule:verb+name", PRIORITY, w.bestCut(j)));
    }
  }

  /**
   * Returns the end of a name whose first word is token j: up to two more name words or known names
   * after it (فرنان بروديل).
   */
  static int nameEnd(Words w, int j) {
    int end = j + 1;
    while (end < w.size && end - j < MAX_WORDS && !w.breakBefore[end]
        && w.hasOwn(end, Lexicon.NAME_WORD | NameShapes.STRONG)
        && (w.flags[end] & NameShapes.NOT_NAME) == 0 && w.listType[end] == null) {
      end++;
    }
    return end;
  }

  /** True when token p is a verb of {@code verbs.txt} or كان or a sister, with or without و or ف. */
  static boolean verb(Words w, int p) {
    return w.inSet(p, WordSets.VERB | WordSets.BEING);
  }

  /**
   * True when token p has the shape of a verb in the imperfect, third person masculine singular,
   * that no list knows: ي and three letters at least, after و or ف and the future prefix س
   * (ويزور، وسيمضي، يلتقي). A masculine verb takes a masculine subject, a person far more often
   * than a company or a country. Not the dual or plural (يرون، يلعبان), whose subject comes before
   * them, nor a noun in ي with the accusative alef (يوما).
   */
  static boolean imperfect(Words w, int p) {
    String key = w.key[p];
    int n = key.length();
    if (n < 4 || w.flags[p] != 0 || w.listType[p] != null) {
      return false;
    }
    int at = personPrefix(key, true);
    char last = key.charAt(n - 1);
    return n - at >= 4 && key.charAt(at) == ArabicCharacters.YEH && last != ArabicCharacters.ALEF
        && !(last == ArabicCharacters.NOON && (key.charAt(n - 2) == ArabicCharacters.WAW
            || key.charAt(n - 2) == ArabicCharacters.ALEF))
        // a foreign name may start so too (فينسينزو): its letters are a name's
        && !NameLikeness.shipped().nameLike(key);
  }

  /**
   * Returns where the person prefix of a verb in the imperfect would stand in {@code key}: after
   * the conjunction و or ف when {@code conjunction}, and after the future prefix س when more than
   * four letters follow it (ويزور 1، وسيمضي 2، سينتقل 1، يلتقي 0).
   */
  static int personPrefix(String key, boolean conjunction) {
    int at = conjunction
        && (key.charAt(0) == ArabicCharacters.WAW || key.charAt(0) == ArabicCharacters.FEH) ? 1 : 0;
    return key.length() - at > 4 && key.charAt(at) == ArabicCharacters.SEEN ? at + 1 : at;
  }

  /**
   * True when token k is a name word of open data whose letters are a name's too: a name word that
   * Arabic also has as a word (صافي net, بدور with a role) after a verb is that word.
   */
  static boolean nameWord(Words w, int k) {
    int f = w.flags[k];
    return w.hasOwn(k, Lexicon.NAME_WORD) && (f & NameShapes.NOT_NAME) == 0
        && w.listType[k] == null && w.bestCut(k) == 0 && w.key[k].length() >= 4
        && !w.prepositionOnHamza[k]
        && nameLike(w, k, true) && NameLikeness.shipped().nameLike(w.key[k]);
  }
}
