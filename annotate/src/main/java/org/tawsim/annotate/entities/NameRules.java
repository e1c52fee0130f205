/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.tawsim.annotate.entities.NameShapes.*;
import static org.tawsim.annotate.entities.NameExtent.*;
import static org.tawsim.core.text.ArabicCharacters.DEFINITE_ARTICLE;

import java.util.List;
import org.tawsim.core.EntityType;
import org.tawsim.core.text.ArabicCharacters;

/**
 * People found by their context rather than by a list: a title before a name (الرئيس الروسي
 * فلاديمير بوتين gives فلاديمير بوتين; وزير الخارجية الإيراني عباس عراقجي gives عباس عراقجي), and a
 * known given name followed by more name words (محمد الأحمد).
 *
 * <p>Arabic has no capitals, so where a name ends is decided by what cannot be a name: function
 * words, frequent nouns, words of titles, time and heads, nationality adjectives, numbers and
 * punctuation, and words shaped like imperfect verbs (يقول). A name has at most {@link #MAX_NAME}
 * words. Between a title and the name, the rule skips nationality adjectives, other titles, modifiers
 * (السابق) and, after a title that takes a complement (رئيس، وزير، المتحدث باسم), definite nouns and
 * listed places or organisations (الأمين العام للأمم المتحدة كوفي أنان).
 */
final class NameRules {

  static final int TITLE_PRIORITY = 40;
  static final int GIVEN_PRIORITY = 32;
  static final int SUBJECT_PRIORITY = 28;
  static final int NATIONALITY_PRIORITY = 26;
  static final int SHAPE_PRIORITY = 22;

  /**
   * A sign that one word beside a cue (title, role, nationality, speech verb) is a name: a known
   * name, or a name word of open data ({@link Lexicon#NAME_WORD}), which alone is no name.
   */
  private static final int SIGN = STRONG | Lexicon.NAME_WORD;

  private NameRules() {}

  static void find(Words w, Lexicon lex, List<Candidate> out) {
    for (int i = 0; i < w.size; i++) {
      PhraseMatch<Lexicon.Title> title = PhraseMatch.longest(Lexicon.Trie.TITLES, w, i);
      if (title != null && !givenBeforeName(w, i, title.end())) {
        int next = afterTitle(w, lex, title.end(), title.value().genitive());
        if (next >= 0) {
          int end = withoutPlaceAdjective(w, next, TitledGivenNames.end(w, lex, next));
          if (end == next + 1 && (familyAfterTitle(w, next) || familyBeforeRole(w, next))) {
            end++; // the family name of a given name after a title (رئيس الوزراء سيرغي ستانيشيف إن)
          }
          if (end - next >= 2 && w.definite(next) && (w.flags[next] & STRONG) == 0
              && (w.hasOwn(next + 1, Lexicon.GIVEN) || servantOf(w, next + 1))) {
            next++; // an adjective before a known given name: الرئيس المؤقت عبد الله يوسف
          }
          boolean single = end == next + 1 && (w.flags[next] & SIGN) == 0;
          // one unknown word after a title: no nisba (الاقتصادي), no short word (طلب، جاء: verbs
          // far more often than names; of four letters, unless a closer follows: زعيم عليل على),
          // and a weak title (اللاعب) needs more than that; no participle or second noun (الملك المنتصر، القائد وصانع)
          if (end > next && !(single && (nisba(w, next) || w.key[next].length() <= 3
              || w.key[next].length() == 4 && !w.definite(next) && !closesSubject(w, end)
              || title.value().weak() || w.tehMarbuta[next] || describesTitle(w, next))) && !complement(w, next)) {
            out.add(new Candidate(next, end, EntityType.PER, "rule:title+name", TITLE_PRIORITY,
                w.bestCut(next)));
          }
        }
        continue;
      }
      if (w.has(i, Lexicon.SUBJECT_VERB) && i + 1 < w.size && ambiguousSubject(w, i + 1)) {
        out.add(new Candidate(i + 1, i + 2, EntityType.PER, "rule:verb+subject", SUBJECT_PRIORITY,
            w.bestCut(i + 1)));
      } else if (w.has(i, Lexicon.SUBJECT_VERB) && i + 1 < w.size) {
        int j = i + 1;
        int f = w.flags[j];
        // The subject right after the verb: a name when it is no common word and not definite
        // (definite subjects are nouns: قال المسؤول), unless it is a known name (قال البرادعي).
        // a common word (الله in قال الله تعالى) is no name by a known name's word alone
        if (nameLike(w, j, true) && ((f & STRONG) != 0 || !w.definite(j) && !plural(w.key[j]))
            && (f & (Lexicon.SUBJECT_VERB | Lexicon.COMMON)) == 0 && !w.breakBefore[j]
            && ((f & Lexicon.AMBIGUOUS) == 0 || givenWithFamily(w, j))) {
          int end = nameEnd(w, lex, j, true);
          // what follows must close the subject (إن، في، a role), unless the subject is a name
          // word of open data or its letters are a name's: the verb and the word are then two
          // signs that agree (وكتب محفوظ رواية، وعلق باريرا على الاتفاق); after a verb with
          // another reading (تحدث، قدر) the subject needs such a sign of its own
          boolean closed = closesSubject(w, end)
              && (!w.anyReading(i, AMBIGUOUS_VERBS) || signIn(w, j, end));
          // (the letters are asked last, and not before a listed name: فاز فيردر بريمن is a club)
          if (end > j && (end - j <= 2 || (w.flags[j] & SIGN) != 0)
              && (closed || (w.flags[j] & Lexicon.NAME_WORD) != 0
                  || (end >= w.size || w.listType[end] == null) && lettersOfName(w, j))
              && !(end == j + 1 && lettersOfCommonWord(w, j))
              && !complement(w, j) && !(end == j + 1 && w.tehMarbuta[j] && (f & SIGN) == 0)) {
            out.add(new Candidate(j, end, EntityType.PER, "rule:verb+subject", SUBJECT_PRIORITY,
                w.bestCut(j)));
          }
        }
      }
      int j = i + 1 < w.size ? nationalityBeforeName(w, i) : -1;
      if (j > 0) {
        int end = nameEnd(w, lex, j, true);
        boolean single = end == j + 1 && (w.flags[j] & SIGN) == 0;
        if (end > j && !(single && (w.key[j].length() <= 3 || nisba(w, j) || w.tehMarbuta[j]))
            && !complement(w, j)) {
          out.add(new Candidate(j, end, EntityType.PER, "rule:nationality+name",
              NATIONALITY_PRIORITY, w.bestCut(j)));
        }
      }
      if (w.has(i, Lexicon.PERSON_ROLE) && i + 1 < w.size && !w.has(i, Lexicon.NORP)) {
        int next = i + 1;
        if (w.has(next, Lexicon.MODIFIER) && next + 1 < w.size && !w.breakBefore[next]) {
          next++; // المهاجم المخضرم ياري ليتمانن
        }
        int end = !w.breakBefore[next] && w.letters[next] && !w.definite(next)
            ? nameEnd(w, lex, next, true) : next;
        // as after a weak title: two words at least, or a known name
        if ((end - next >= 2 || end > next && w.has(next, SIGN)) && !complement(w, next)
            && !plural(w.key[next])) {
          out.add(new Candidate(next, end, EntityType.PER, "rule:role+name",
              NATIONALITY_PRIORITY, w.bestCut(next)));
        }
      }
      if (i + 1 < w.size && familyNoun(w, i) && familyName(w, i + 1)) {
        out.add(new Candidate(i + 1, i + 2, EntityType.PER, "rule:family+name",
            NATIONALITY_PRIORITY, w.bestCut(i + 1)));
      }
      if (foreignShape(w, i)) {
        int start = i;
        if (i > 0 && !w.breakBefore[i] && w.letters[i - 1] && unlisted(w, i - 1)
            && nameLike(w, i - 1, true) && !w.definite(i - 1) && w.key[i - 1].length() >= 3
            && w.key[i - 1].charAt(0) != ArabicCharacters.WAW) {
          start = i - 1; // the first name before it (فولوديمير زيلينسكي)
        }
        out.add(new Candidate(start, i + 1, EntityType.PER, "rule:name-shape", SHAPE_PRIORITY,
            w.bestCut(start)));
      }
      int givenEnd = givenName(w, lex, i);
      if (givenEnd > i) {
        // the word after the given name is held to the same tests as any later word of a name
        int end = givenEnd < w.size && w.letters[givenEnd] && !w.breakBefore[givenEnd]
            && (startsNewName(w, givenEnd)
                || !continues(w, givenEnd, w.flags[givenEnd - 1] | Lexicon.GIVEN))
            ? givenEnd : nameEnd(w, lex, givenEnd, false);
        if (end == givenEnd && givenEnd < w.size && (listedFamilyName(w, givenEnd)
            || givenEnd == i + 1 && familyBeforeRole(w, i))) {
          end = givenEnd + 1;
        } else if (end == givenEnd) {
          end = withRegnalNumber(w, end);
        }
        // A given name that is also a common word, or that is one only with a clitic taken off
        // (لبنان is not ل + بنان), needs a strong sign of a name after it.
        boolean ambiguous = givenEnd == i + 1
            && (w.has(i, Lexicon.AMBIGUOUS)
                || (w.ownFlags[i] & Lexicon.GIVEN) == 0 && !conjunctionOnly(w, i));
        end = withoutPlaceAdjective(w, i, end);
        if (end > givenEnd && (!ambiguous || strongAfter(w, givenEnd, end)
                || end == givenEnd + 1 && foreignFamilyName(w, i, givenEnd)
                || w.has(i, Lexicon.TITLE_WORD) && givenBeforeName(w, i, givenEnd))
            || end == givenEnd && givenEnd == i + 1 && !ambiguous && loneGiven(w, i)) {
          out.add(new Candidate(i, end, EntityType.PER, "rule:given-name", GIVEN_PRIORITY,
              w.bestCut(i)));
        }
      }
    }
  }

  /**
   * True when token i is a definite singular nationality adjective (البرازيلي، الفرنسية) and the
   * word after it can start a name that is not definite: in news the nationality comes before a
   * foreign name as a title does (البلجيكي كزافييه ماليس، المهاجم البرازيلي جيلبرتو سيلفا).
   * Plurals (الفرنسيون) and definite words after it (الإيراني الجديد) do not qualify.
   */
  private static int nationalityBeforeName(Words w, int i) {
    if (!w.has(i, Lexicon.NORP) || !w.definite(i)
        || w.listType[i] != null && w.listType[i] != EntityType.NORP) {
      return -1;
    }
    String key = w.key[i];
    if (!(key.endsWith("\u064A") || key.endsWith("\u064A\u0647"))) {
      return -1;
    }
    // after a noun the adjective describes it (الحكومة المصرية، الجيش الإسرائيلي); it comes
    // before a name after a role word (المهاجم البرازيلي، الحارس، المدرب) or stands for the
    // person itself after a function word or speech verb (على البلجيكي، وقال الفرنسي)
    if (!(i == 0 || w.breakBefore[i] || !w.letters[i - 1] && !w.number[i - 1]
        || w.has(i - 1, Lexicon.PERSON_ROLE | Lexicon.STOP | Lexicon.SUBJECT_VERB)
        || nounClitic(w, i) || adjectiveCannotAgree(w, i - 1))) {
      return -1;
    }
    int j = i + 1;
    if (w.has(j, Lexicon.MODIFIER) && j + 1 < w.size && !w.breakBefore[j]) {
      j++; // الأميركي المخضرم أندري أغاسي
    }
    int f = w.flags[j];
    return !w.breakBefore[j] && nameLike(w, j, true) && (f & Lexicon.AMBIGUOUS) == 0
        && ((f & STRONG) != 0 || !w.definite(j) && !plural(w.key[j])) ? j : -1;
  }

  /**
   * True when the nationality adjective at i carries و or a preposition (والفرنسي، للبرازيلي):
   * a preposition takes a noun, so the adjective stands for a person; after و it starts a new
   * member of a list of people.
   */
  private static boolean nounClitic(Words w, int i) {
    // not a second adjective of the same noun (الدول العربية والإسلامية، الإيطالي والفنلندي)
    return w.readingCount(i) > 1 && w.bestReading[i] > 0
        && !(i > 0 && w.letters[i - 1] && w.has(i - 1, Lexicon.NORP));
  }

  /**
   * True when a definite adjective cannot describe token k: k is an indefinite word that is no
   * listed name (a verb, خلف، تأهل; an indefinite noun), so the adjective after it is a noun, a
   * person described by nationality (تأهل الإسباني طومي روبريدو); after an indefinite noun the two
   * are a genitive construct (عرقلة الياباني شونسوكي ناكامورا: the Japanese's tackle). After a
   * noun with a pronoun (تلميذه الفرنسي) the adjective describes that person, whose name follows.
   */
  private static boolean adjectiveCannotAgree(Words w, int k) {
    return w.letters[k] && !w.definite(k) && w.listType[k] == null
        && (w.flags[k] & (STRONG | Lexicon.TITLE_WORD | Lexicon.HEAD_WORD | Lexicon.LOC_TRIGGER))
            == 0;
  }

  /**
   * True when token j, not a known name, carries a preposition that makes it a complement rather
   * than a name: on a definite word (الأمين العام للمجلس، بالتعاون) or on a word with hamza (لأداء،
   * بإعطائه).
   */
  private static boolean complement(Words w, int j) {
    if ((w.flags[j] & STRONG) != 0) {
      return false;
    }
    String key = w.key[j];
    int at = key.charAt(0) == ArabicCharacters.WAW || key.charAt(0) == ArabicCharacters.FEH ? 1 : 0;
    if (key.length() <= at + 3) {
      return false;
    }
    char p = key.charAt(at);
    boolean preposition = p == ArabicCharacters.BEH || p == ArabicCharacters.LAM || p == ArabicCharacters.KAF;
    return preposition && (key.startsWith(DEFINITE_ARTICLE, at + 1)
        || p == ArabicCharacters.LAM && key.charAt(at + 1) == ArabicCharacters.LAM) || w.prepositionOnHamza[j];
  }

  /**
   * True when the reading that made token i a known word took off only the conjunction و or ف
   * (ومحمد): unlike ب and ل (لبنان is not ل + بنان) it seldom hides a word of its own.
   */
  private static boolean conjunctionOnly(Words w, int i) {
    return w.bestCut(i) == 1 && (w.key[i].charAt(0) == ArabicCharacters.WAW
        || w.key[i].charAt(0) == ArabicCharacters.FEH);
  }

  /**
   * True when token i is a noun for a family or dynasty in the construct state, with or without
   * a clitic (أسرة، لأسرة، عائلة، عشيرة، أسرتي): the family name follows (عائلة ألفريد، أسرة مينغ).
   */
  private static boolean familyNoun(Words w, int i) {
    String key = w.key[i]; // all end in teh marbuta or ـتي
    return w.inSet(i, WordSets.FAMILY_NOUN)
        && (w.tehMarbuta[i] || key.length() >= 5 && key.endsWith("\u062A\u064A"));
  }

  /** True when token j can be the family name after a family noun: one name-like word. */
  private static boolean familyName(Words w, int j) {
    int f = w.flags[j];
    return !w.breakBefore[j] && nameLike(w, j, true) && (f & Lexicon.AMBIGUOUS) == 0
        && ((f & STRONG) != 0 || !w.definite(j) && !plural(w.key[j]) && !w.tehMarbuta[j]
            && w.key[j].length() >= 3 && !complement(w, j));
  }

  static final java.util.Set<String> FAMILY_NOUNS =
      RuleWords.set("NameRules.FAMILY_NOUNS");

  /**
   * True when the word at {@code k} can follow the subject of a speech verb: إن، أن (reported
   * speech), في, a word of time, the relative الذي, or punctuation. Without it a noun subject
   * (وقال ناطق عسكري) would pass for a name.
   */
  private static boolean closesSubject(Words w, int k) {
    if (k >= w.size) {
      return true;
    }
    if (!w.letters[k]) {
      return !w.number[k];
    }
    String key = w.key[k];
    // ... or the subject's role in apposition (وقال X مدير الشركة، رئيس المعهد، المتحدث باسم)
    return SUBJECT_CLOSERS.contains(key)
        || w.has(k, Lexicon.TIME | Lexicon.WEEKDAY | Lexicon.PERSON_ROLE)
        || PhraseMatch.longest(Lexicon.Trie.TITLES, w, k) != null;
  }

  /**
   * Particles that start a clause (إن، أن، الذي): a title's complement does not run through them
   * (أمير منطقة عسير إن المشروع جاهز), though it does through a preposition (سفير إسرائيل لدى
   * الأمم المتحدة).
   */
  private static final java.util.Set<String> CLAUSE_STARTS =
      RuleWords.set("NameRules.CLAUSE_STARTS");

  private static final java.util.Set<String> SUBJECT_CLOSERS =
      RuleWords.set("NameRules.SUBJECT_CLOSERS");

  /**
   * Returns the end of a given name at i (one word, a listed compound such as عبد الله, or عبد and
   * any word after it: عبد الحفيظ).
   */
  private static int givenName(Words w, Lexicon lex, int i) {
    PhraseMatch<Boolean> compound = PhraseMatch.longest(Lexicon.Trie.GIVEN, w, i);
    if (compound != null) {
      return compound.end();
    }
    if (servantOf(w, i) && i + 1 < w.size && w.letters[i + 1] && !w.breakBefore[i + 1]
        && nameLike(w, i + 1, false) && w.definite(i + 1)) {
      return i + 2;
    }
    if (w.has(i, Lexicon.GIVEN) && (w.flags[i] & Lexicon.STOP) == 0) {
      return i + 1;
    }
    return i;
  }

  /** True when token k is عبد (servant of), with or without و: the first half of a given name. */
  static boolean servantOf(Words w, int k) {
    // the bit first: most tokens have no reading عبد and are rejected without reading one
    return w.inSet(k, WordSets.SERVANT)
        && w.reading(k, w.readingCount(k) > 1 && w.key[k].charAt(0) == ArabicCharacters.WAW ? 1 : 0)
            .equals(ABD);
  }

  /** عبد, alone the set {@link WordSets#SERVANT}. */
  static final String ABD = "\u0639\u0628\u062F";
  static final String DIN = "\u0627\u0644\u062F\u064A\u0646";

  /**
   * True when token k, after the given name at g that is also a common word (خالد، سعيد، زكي),
   * is a name word of open data or a word no list knows, either with a foreign name's letters,
   * and the given name is a name word of open data too (not بيان، أسد، نجم, which running text
   * uses as nouns): the given name and the foreign word are two signs that agree (خالد كيلي،
   * سعيد شيرازي، زكي موران).
   */
  private static boolean foreignFamilyName(Words w, int g, int k) {
    return w.has(g, Lexicon.NAME_WORD) && (w.bestCut(g) == 0 || conjunctionOnly(w, g))
        && (VerbSubjects.nameWord(w, k) || lettersOfName(w, k));
  }

  private static boolean strongAfter(Words w, int from, int end) {
    for (int j = from; j < end; j++) {
      if ((w.flags[j] & (STRONG | Lexicon.CONNECTOR)) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Returns the token where the name after a title starts, or -1 when none can follow. */
  private static int afterTitle(Words w, Lexicon lex, int j, boolean genitive) {
    for (int skipped = 0; j < w.size && skipped < MAX_SKIP; skipped++) {
      if (!w.letters[j] || w.breakBefore[j]) {
        return -1;
      }
      PhraseMatch<Lexicon.Title> title = PhraseMatch.longest(Lexicon.Trie.TITLES, w, j);
      if (title != null && givenBeforeName(w, j, title.end())) {
        return j; // السفير أمين كمال: أمين is the given name
      }
      if (title != null) {
        genitive = title.value().genitive();
        j = title.end();
        continue;
      }
      int f = w.flags[j];
      // a modifier stays a modifier even when a listed name holds it (تشارلز الثالث)
      if ((f & (Lexicon.NORP | Lexicon.MODIFIER)) != 0
          && (f & (Lexicon.GIVEN | Lexicon.FAMILY)) == 0) {
        j++;
        continue;
      }
      if (nisba(w, j) && j + 1 < w.size && nameLike(w, j + 1, true)) {
        j++;
        continue;
      }
      if (genitive) {
        PhraseMatch<Entry> place = PhraseMatch.longest(Lexicon.Trie.ENTITIES, w, j);
        if (place != null && place.value().type() != EntityType.PER) {
          j = place.end();
          continue;
        }
        if (w.definite(j) && (f & STRONG) == 0 && (f & Lexicon.STOP) == 0) {
          j++;
          continue;
        }
        // a construct chain goes on through an indefinite noun: وزير خارجية روسيا، رئيس وزراء
        // بريطانيا، رئيس بعثة مصر
        if ((f & STRONG) == 0 && !CLAUSE_STARTS.contains(w.key[j]) && j + 1 < w.size
            && w.letters[j + 1]
            && (w.definite(j + 1) && !w.has(j + 1, Lexicon.STRONG_MASK)
                || w.listType[j + 1] == EntityType.LOC)) {
          j++;
          continue;
        }
      }
      return j;
    }
    return -1;
  }

  /** True when a word of tokens [from, end) is a known name, a name word or a name's letters. */
  private static boolean signIn(Words w, int from, int end) {
    for (int k = from; k < end; k++) {
      if ((w.flags[k] & SIGN) != 0 || lettersOfName(w, k)) {
        return true;
      }
    }
    return false;
  }

  /** Verbs with another common reading ({@code rule-words.txt}): see {@link #find}. */
  private static final java.util.Set<String> AMBIGUOUS_VERBS =
      RuleWords.set("NameRules.AMBIGUOUS_VERBS");

  /** Places and bodies that are named after a person with a title (مستشفى الملك فيصل). */
  static final java.util.Set<String> NAMED_PLACES =
      RuleWords.set("NameRules.NAMED_PLACES");

  /**
   * True when a given name that is also a common word (صالح، فارس، خالد) is the subject of the
   * speech verb before it: alone, and followed by a word that closes a subject (أن، عن، من، في، على).
   * A bare indefinite noun is seldom the subject of a speech verb.
   */
  private static boolean ambiguousSubject(Words w, int j) {
    int k = j + 1;
    return w.has(j, Lexicon.AMBIGUOUS) && !w.has(j, Lexicon.STOP | Lexicon.TIME
            | Lexicon.SUBJECT_VERB) && !w.definite(j) && !w.breakBefore[j] && w.listType[j] == null
        && k < w.size && w.letters[k] && !w.breakBefore[k]
        && (SUBJECT_CLOSERS.contains(w.key[k]) || w.key[k].equals(ALA));
  }

  /** Word classes that no family name has. */
  private static final int NOT_FAMILY = Lexicon.STOP | Lexicon.TIME | Lexicon.TITLE_WORD
      | Lexicon.PERSON_ROLE | Lexicon.SUBJECT_VERB | Lexicon.NORP | Lexicon.CONNECTOR;

  /**
   * True when the word after the known given name at {@code g}, itself after a title, is its
   * family name though no rule of names reads it as one: an indefinite word without a clitic, of
   * no closed class, no list and none of the shapes of a common noun, and a closer after it (إن،
   * في، a role, punctuation). The title, the given name and the closer are three signs that agree.
   */
  private static boolean familyAfterTitle(Words w, int g) {
    int k = g + 1;
    return w.hasOwn(g, Lexicon.GIVEN) && k + 1 < w.size && w.letters[k] && !w.breakBefore[k]
        && !w.definite(k) && w.listType[k] == null && (w.flags[k] & NOT_FAMILY) == 0
        && !w.pronounEnding[k] && !w.tanwinFath[k] && !w.tehMarbuta[k] && w.bestCut(k) == 0
        && closesSubject(w, k + 1);
  }

  /**
   * True when the word after the known given name at {@code g} is its family name because the
   * person's role follows in apposition (وقال أحمد مظهر مدير المعهد، الدكتور ناصر معرفية الرئيس
   * التنفيذي): a role after a name describes the whole name, so the one word between is its
   * last word even when it is also a common word. Not a word of time, a title, a verb or a
   * nationality, not an accusative, no word with a clitic or a pronoun.
   */
  private static boolean familyBeforeRole(Words w, int g) {
    int k = g + 1;
    return w.hasOwn(g, Lexicon.GIVEN) && k + 1 < w.size && w.letters[k] && !w.breakBefore[k]
        && !w.breakBefore[k + 1] && w.listType[k] == null && (w.flags[k] & NOT_FAMILY) == 0
        && !w.pronounEnding[k] && !w.tanwinFath[k] && w.bestCut(k) == 0
        && (w.has(k + 1, Lexicon.PERSON_ROLE) && !w.has(k + 1, Lexicon.NORP)
            || w.has(k + 1, Lexicon.TITLE_WORD)
                && PhraseMatch.longest(Lexicon.Trie.TITLES, w, k + 1) != null);
  }

  /**
   * True when the subject at j is a known given name that is also a word (يحيى، مسعود، عادل)
   * followed by an unknown word: with a speech verb before them and a closer after them (ويقول
   * يحيى بيرت في، وقال مسعود شوغاي مدير), the two are a name.
   */
  private static boolean givenWithFamily(Words w, int j) {
    int k = j + 1;
    return w.hasOwn(j, Lexicon.GIVEN) && !w.has(j, Lexicon.STOP | Lexicon.TIME) && k < w.size
        && w.letters[k] && !w.breakBefore[k] && unlisted(w, k) && !w.definite(k)
        && !w.tehMarbuta[k] && nameLike(w, k, false);
  }

  private static final String ALA = Lexicon.NORMALIZER.normalizeToString("\u0639\u0644\u0649");

  /**
   * True when the known given name at i may be tagged alone (لم يصل عدنان إلى الملعب): it is no
   * word of the general vocabulary, no common or function word, no connector, and has none of the
   * shapes of a common noun that the names lists also hold (teh marbuta: جميلة، هبة; ـاء: بيضاء;
   * an attached pronoun: أبيه).
   */
  private static boolean loneGiven(Words w, int i) {
    String key = w.key[i];
    return !w.has(i, Lexicon.STOP | Lexicon.TIME | Lexicon.VOCAB | Lexicon.COMMON
            | Lexicon.NORP | Lexicon.CONNECTOR) && w.listType[i] == null
        && key.length() >= 3 && !w.tehMarbuta[i] && !w.pronounEnding[i]
        && !key.endsWith("\u0627\u0621");
  }
}
