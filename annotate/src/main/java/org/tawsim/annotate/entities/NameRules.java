package org.tawsim.annotate.entities;

import java.util.List;
import org.tawsim.core.EntityType;

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
  static final int CONJUNCT_PRIORITY = 24;
  static final int SHAPE_PRIORITY = 22;
  private static final int MAX_NAME = 4;
  private static final int MAX_SKIP = 5;

  private static final int NOT_NAME =
      Lexicon.STOP | Lexicon.COMMON | Lexicon.TIME | Lexicon.TITLE_WORD | Lexicon.NORP
          | Lexicon.SCALE | Lexicon.LOC_TRIGGER | Lexicon.HEAD_WORD | Lexicon.WEEKDAY
          | Lexicon.MODIFIER | Lexicon.VOCAB;
  private static final int STRONG = Lexicon.GIVEN | Lexicon.FAMILY | Lexicon.PERSON_WORD;

  /**
   * A sign that one word beside a cue (title, role, nationality, speech verb) is a name: a known
   * name, or a name word of open data ({@link Lexicon#NAME_WORD}), which alone is no name.
   */
  private static final int SIGN = STRONG | Lexicon.NAME_WORD;

  private NameRules() {}

  static void find(Words w, Lexicon lex, List<Candidate> out) {
    for (int i = 0; i < w.size; i++) {
      PhraseMatch<Lexicon.Title> title = PhraseMatch.longest(Lexicon.Trie.TITLES, w, i);
      if (title != null) {
        int next = afterTitle(w, lex, title.end(), title.value().genitive());
        if (next >= 0) {
          int end = withoutPlaceAdjective(w, next, nameEnd(w, lex, next, true));
          if (end - next >= 2 && w.definite(next) && (w.flags[next] & STRONG) == 0
              && (w.hasOwn(next + 1, Lexicon.GIVEN) || servantOf(w, next + 1))) {
            next++; // an adjective before a known given name: الرئيس المؤقت عبد الله يوسف
          }
          boolean single = end == next + 1 && (w.flags[next] & SIGN) == 0;
          // one unknown word after a title: no nisba (الاقتصادي), no short word (طلب، جاء: verbs
          // far more often than names), and a weak title (اللاعب) needs more than that
          if (end > next && !(single && (nisba(w, next) || w.key[next].length() <= 3
              || title.value().weak() || w.tehMarbuta[next])) && !complement(w, next)) {
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
        if (nameLike(w, j, true) && ((f & STRONG) != 0 || !w.definite(j) && !plural(w.key[j]))
            && (f & Lexicon.SUBJECT_VERB) == 0 && !w.breakBefore[j]
            && ((f & Lexicon.AMBIGUOUS) == 0 || givenWithFamily(w, j))) {
          int end = nameEnd(w, lex, j, true);
          if (end > j && (end - j <= 2 || (w.flags[j] & SIGN) != 0) && closesSubject(w, end)
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
            && w.key[i - 1].charAt(0) != Words.WAW) {
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
        // A given name that is also a common word, or that is one only with a clitic taken off
        // (لبنان is not ل + بنان), needs a strong sign of a name after it.
        boolean ambiguous = givenEnd == i + 1
            && (w.has(i, Lexicon.AMBIGUOUS)
                || (w.ownFlags[i] & Lexicon.GIVEN) == 0 && !conjunctionOnly(w, i));
        end = withoutPlaceAdjective(w, i, end);
        if (end > givenEnd && (!ambiguous || strongAfter(w, givenEnd, end))
            || end == givenEnd && givenEnd == i + 1 && !ambiguous && loneGiven(w, i)) {
          out.add(new Candidate(i, end, EntityType.PER, "rule:given-name", GIVEN_PRIORITY,
              w.bestCut(i)));
        }
      }
    }
  }

  /**
   * Returns people joined by و to an accepted person (جورج بوش ورايس، كانافارو وإيمرسون، محمد سعد ،
   * ومحمد هنيدي): the conjunct is tagged when it can start a name and is not definite (unless it
   * is a known name). Chains go on (أ وب وج). Only tokens no accepted entity covers are taken; each
   * token is looked at once after each person, so the cost is linear.
   */
  static List<Candidate> coordinated(Words w, List<Candidate> accepted, boolean[] covered) {
    List<Candidate> found = new java.util.ArrayList<>();
    for (Candidate c : accepted) {
      Candidate person = c;
      while (person.type() == EntityType.PER) {
        Candidate next = conjunct(w, person.end(), covered);
        if (next == null) {
          break;
        }
        for (int k = next.start(); k < next.end(); k++) {
          covered[k] = true;
        }
        found.add(next);
        person = next;
      }
    }
    return found;
  }

  private static Candidate conjunct(Words w, int k, boolean[] covered) {
    if (k < w.size && !w.letters[k] && isComma(w.key[k])) {
      k++; // محمد سعد ، ومحمد هنيدي
    }
    if (k >= w.size || covered[k] || w.breakBefore[k] || !w.letters[k]) {
      return null;
    }
    String key = w.key[k];
    int cut = 1;
    if (key.length() == 1 && key.charAt(0) == Words.WAW) {
      k++; // و written apart
      cut = 0;
      if (k >= w.size || covered[k] || !w.letters[k]) {
        return null;
      }
      key = w.key[k];
    } else if (key.charAt(0) != Words.WAW || key.length() < 4 || w.readingCount(k) < 2) {
      return null;
    }
    int f = w.flags[k];
    boolean known = (f & STRONG) != 0 && (f & Lexicon.AMBIGUOUS) == 0;
    if (!nameLike(w, k, true) || (f & Lexicon.SUBJECT_VERB) != 0
        || !known && (w.definite(k) || plural(key) || (f & Lexicon.AMBIGUOUS) != 0)) {
      return null;
    }
    int end = nameEnd(w, null, k, true);
    for (int j = k; j < end; j++) {
      if (covered[j]) {
        end = j;
      }
    }
    // an unknown conjunct is as often a verb or a noun (وندد، ووفد): it must close a list, before
    // punctuation, the end, or the next و
    if (end <= k || !known && !(end >= w.size || !w.letters[end] && !w.number[end]
        || w.key[end].charAt(0) == Words.WAW && w.key[end].length() > 2)) {
      return null;
    }
    return new Candidate(k, end, EntityType.PER, "rule:and-person", CONJUNCT_PRIORITY,
        cut == 0 ? 0 : w.cut(k, 1));
  }

  private static boolean isComma(String key) {
    return key.equals(",") || key.equals("\u060C");
  }

  /**
   * Attached pronouns that names do not carry: جلالته، خارجيتها، موقفهما، أعضاؤهم. (ه alone is too
   * often a teh marbuta made heh by the normaliser: فاطمه.)
   */
  static boolean pronounSuffix(String key) {
    int n = key.length();
    if (n < 5) {
      return false;
    }
    return key.endsWith("\u062A\u0647") || key.endsWith("\u062A\u0647\u0627")
        || key.endsWith("\u0647\u0645\u0627") || key.endsWith("\u0647\u0645")
        || key.endsWith("\u0643\u0645");
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
    int at = key.charAt(0) == Words.WAW || key.charAt(0) == Words.FEH ? 1 : 0;
    if (key.length() <= at + 3) {
      return false;
    }
    char p = key.charAt(at);
    boolean preposition = p == Words.BEH || p == Words.LAM || p == Words.KAF;
    return preposition && (key.startsWith(Words.ARTICLE, at + 1)
        || p == Words.LAM && key.charAt(at + 1) == Words.LAM) || w.prepositionOnHamza[j];
  }

  /**
   * True when the reading that made token i a known word took off only the conjunction و or ف
   * (ومحمد): unlike ب and ل (لبنان is not ل + بنان) it seldom hides a word of its own.
   */
  private static boolean conjunctionOnly(Words w, int i) {
    return w.bestCut(i) == 1 && (w.key[i].charAt(0) == Words.WAW
        || w.key[i].charAt(0) == Words.FEH);
  }

  /**
   * True when token i is a noun for a family or dynasty in the construct state, with or without
   * a clitic (أسرة، لأسرة، عائلة، عشيرة، أسرتي): the family name follows (عائلة ألفريد، أسرة مينغ).
   */
  private static boolean familyNoun(Words w, int i) {
    String key = w.key[i];
    // all end in teh marbuta or ـتي: most tokens are rejected without a set lookup
    if (!w.tehMarbuta[i] && !(key.length() >= 5 && key.endsWith("\u062A\u064A"))) {
      return false;
    }
    return w.anyReading(i, FAMILY_NOUNS);
  }

  /** True when token j can be the family name after a family noun: one name-like word. */
  private static boolean familyName(Words w, int j) {
    int f = w.flags[j];
    return !w.breakBefore[j] && nameLike(w, j, true) && (f & Lexicon.AMBIGUOUS) == 0
        && ((f & STRONG) != 0 || !w.definite(j) && !plural(w.key[j]) && !w.tehMarbuta[j]
            && w.key[j].length() >= 3 && !complement(w, j));
  }

  private static final java.util.Set<String> FAMILY_NOUNS =
      RuleWords.set("NameRules.FAMILY_NOUNS");

  /**
   * True when token i is an unknown word with an ending of Slavic surnames that Arabic words do not
   * have: ـسكي، ـفيتش، ـينكو، ـشفيلي (زيلينسكي، ميلوشيفيتش، تيموشينكو). In ANERcorp-train such
   * words of six letters or more are 23 person tokens, 2 of other names and none outside a name.
   */
  private static boolean foreignShape(Words w, int i) {
    String key = w.key[i];
    if (!unlisted(w, i) || key.length() < 6 || !w.letters[i]) {
      return false;
    }
    char last = key.charAt(key.length() - 1);
    if (last != Words.YEH && last != SHEEN && last != Words.WAW || w.definite(i)
        || w.listType[i] != null) {
      return false;
    }
    for (String ending : SLAVIC_ENDINGS) {
      if (key.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> SLAVIC_ENDINGS = RuleWords.of("NameRules.SLAVIC_ENDINGS");

  /** A known word with the pronoun ها attached (خلالها، بعدها): not a name. */
  private static boolean knownWordWithHa(String key) {
    if (key.length() < 5 || !key.endsWith("\u0647\u0627")) {
      return false;
    }
    Lexicon.WordInfo info = Lexicon.defaults().info(key.substring(0, key.length() - 2));
    return info != null && info.flags != 0;
  }

  /** Sound plural endings (منتقدون، مسؤولين، تقارير is not caught): nouns, seldom names. */
  private static boolean plural(String key) {
    if (key.length() < 6) {
      return false;
    }
    if (key.endsWith("\u0627\u062A")) {
      return true;
    }
    // ...سون and ...تون are the endings of foreign names (فيرجسون، بولتون, كلينتون) more often than of
    // plurals, which mostly start with م (مدرسون، ممارسون)
    return key.endsWith("\u0648\u0646") && (key.charAt(0) == MEEM
        || !(key.endsWith("\u0633\u0648\u0646") || key.endsWith("\u062A\u0648\u0646"))
            && knownStem(key.substring(0, key.length() - 2)));
  }

  /** True when a plural's stem is a known word (لاعب of لاعبون), unlike رايم of رايمون. */
  private static boolean knownStem(String stem) {
    Lexicon.WordInfo info = Lexicon.defaults().info(stem);
    return info != null && info.flags != 0;
  }

  private static final char MEEM = '\u0645';

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
    String r = w.reading(k, w.readingCount(k) > 1 && w.key[k].charAt(0) == Words.WAW ? 1 : 0);
    return r.equals(ABD);
  }

  private static final String ABD = "\u0639\u0628\u062F";
  private static final String DIN = "\u0627\u0644\u062F\u064A\u0646";

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

  /**
   * Returns the end of the name that starts at {@code j}: as many name-like words as follow, at
   * most {@link #MAX_NAME}; {@code j} itself when the word there cannot start a name.
   */
  static int nameEnd(Words w, Lexicon lex, int j, boolean first) {
    int end = j;
    int limit = Math.min(w.size, j + MAX_NAME);
    for (int k = j; k < limit; k++) {
      if (k > j && roleAfterName(w, k)) {
        break; // فيصل بن خالد أمير منطقة عسير، حمد بن عيسى آل خليفة ملك البحرين
      }
      if (k > j && familyNisba(w, j, k)) {
        end = k + 1; // فيصل السويدي، أبو حمزة المصري
        break;
      }
      if (!nameLike(w, k, first && k == j) || k > j && w.breakBefore[k]) {
        break;
      }
      if (k == j + 1 && unknownFamilyNisba(w, k)) {
        end = k + 1; // نتشيرفان البارزاني
        break;
      }
      if (k > j && (startsNewName(w, k) || !continues(w, k) || w.has(k, Lexicon.PERSON_ROLE))) {
        break; // a role word after a name is an apposition (برونو موتان أمين المتاحف)
      }
      if (servantOf(w, k) && k + 1 < w.size && w.letters[k + 1] && !w.breakBefore[k + 1]) {
        // عبد and the name of God after it are one given name (عبد الواحد، عبد الله): the second
        // word may be definite or a common word
        end = k + 2;
        k++;
        limit = Math.min(w.size, limit + 1);
        continue;
      }
      if (w.has(k, Lexicon.CONNECTOR)) {
        if (k + 1 < w.size && nameLike(w, k + 1, false)) {
          limit = Math.min(w.size, limit + 1);
          continue;
        }
        break;
      }
      end = k + 1;
    }
    // a regnal number after a known first name (محمد الخامس، تشارلز الأول)
    if (end == j + 1 && end < w.size && !w.breakBefore[end] && w.has(j, Lexicon.GIVEN
        | Lexicon.PERSON_WORD) && ORDINALS.contains(w.key[end])) {
      end++;
      if (end < w.size && w.key[end].equals(ASHAR)) {
        end++; // السادس عشر
      }
    }
    return end;
  }

  /**
   * Returns the end of the name at [start, end) without its last word when that is an unknown
   * adjective of the article (التخصصي) and the name is that of a place or body named after a
   * person (مستشفى الملك فيصل التخصصي): the adjective describes the hospital.
   */
  private static int withoutPlaceAdjective(Words w, int start, int end) {
    int t = start - 1;
    if (end <= start + 1 || t < 1 || !unlisted(w, end - 1) || !nisba(w, end - 1)
        || !w.has(t, Lexicon.TITLE_WORD) || !w.definite(t) || w.breakBefore[t]) {
      return end;
    }
    return w.anyReading(t - 1, NAMED_PLACES) ? end - 1 : end;
  }

  /** Places and bodies that are named after a person with a title (مستشفى الملك فيصل). */
  private static final java.util.Set<String> NAMED_PLACES =
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

  /**
   * True when a title that takes a complement starts at k and one follows (أمير منطقة، ملك
   * البحرين، وزير الخارجية): the person's office in apposition, even when its first word is also
   * a given name (أمير).
   */
  private static boolean roleAfterName(Words w, int k) {
    if (!w.has(k, Lexicon.TITLE_WORD)) {
      return false;
    }
    PhraseMatch<Lexicon.Title> title = PhraseMatch.longest(Lexicon.Trie.TITLES, w, k);
    int next = title == null ? -1 : title.end();
    return next > 0 && title.value().genitive() && next < w.size && w.letters[next]
        && !w.breakBefore[next];
  }

  /**
   * True when token k, after one unknown first name, is an unknown definite nisba (البارزاني،
   * القحطاني): the family name such names end with. A known adjective or nationality is not.
   */
  private static boolean unknownFamilyNisba(Words w, int k) {
    return unlisted(w, k - 1) && unlisted(w, k) && w.listType[k] == null && !w.breakBefore[k]
        && w.key[k].startsWith(Words.ARTICLE) && nisbaForm(w.key[k]) && w.key[k].length() >= 6
        && !w.key[k].endsWith("\u064A\u0647");
  }

  /**
   * True when token k is a masculine nationality adjective with the article (المصري، السويدي)
   * right after a lone given name at j or after أبو and a given name (أبو حمزة): there it is a
   * family name, since a description would follow the whole name.
   */
  private static boolean familyNisba(Words w, int j, int k) {
    if (w.breakBefore[k] || !w.has(k, Lexicon.NORP) || !w.hasOwn(k - 1, Lexicon.GIVEN)
        || !(k - 1 == j || k - 2 == j && w.has(j, Lexicon.CONNECTOR))) {
      return false;
    }
    String key = w.key[k];
    return key.startsWith(Words.ARTICLE) && key.length() >= 6 && key.endsWith("\u064A");
  }

  private static final java.util.Set<String> ORDINALS = RuleWords.set("NameRules.ORDINALS");
  private static final String ASHAR = "\u0639\u0634\u0631";

  /**
   * True when word k, after a name word, can go on with the name. A known word always can. After a
   * known last name (بوش, a family name), an unknown word cannot (بوش تجاوز); a definite unknown word
   * follows only a given name or a connector (محمد الأحمد، but not حمدان الإجراءات).
   */
  private static boolean continues(Words w, int k) {
    return continues(w, k, w.flags[k - 1]);
  }

  /** As {@link #continues(Words, int)}, with the classes of the word before given. */
  private static boolean continues(Words w, int k, int prev) {
    int f = w.flags[k];
    if ((f & (STRONG | Lexicon.CONNECTOR)) != 0) {
      return true;
    }
    // a preposition on a definite word (بالتحدث، للحكومة) or on a word with an attached pronoun
    // (بفوزه) starts a phrase of its own
    String key = w.key[k];
    char c = key.charAt(0);
    if ((c == Words.BEH || c == Words.LAM || c == Words.KAF) && (w.definite(k)
        || key.length() > 4 && key.charAt(key.length() - 1) == HEH)) {
      return false;
    }
    // a preposition on a word with hamza (لأداء، بإخراج): names seldom start with hamza after one
    if (w.prepositionOnHamza[k]) {
      return false;
    }
    // a word after a connector (أبو خليل) or الدين (صلاح الدين) ends a given name, not a full name
    boolean givenBefore = k >= 2 && w.has(k - 2, Lexicon.CONNECTOR) || w.key[k - 1].equals(DIN);
    if (givenBefore) {
      prev |= Lexicon.GIVEN;
    }
    if ((prev & (Lexicon.FAMILY | Lexicon.PERSON_WORD)) != 0
        && (prev & (Lexicon.GIVEN | Lexicon.PERSON_INNER)) == 0) {
      return false;
    }
    // an unknown word with و after a name word starts a clause (وإخراج، وشوهدت), except after a
    // connector (بن أبي وقاص)
    if (c == Words.WAW && (prev & Lexicon.CONNECTOR) == 0 && w.ownFlags[k] == 0
        && w.readingCount(k) > 1) {
      return false;
    }
    if (w.definite(k)) {
      return (prev & (Lexicon.GIVEN | Lexicon.CONNECTOR)) != 0;
    }
    return true;
  }

  /**
   * A word after a name word that begins a second name: a conjunction on a known name (وبوتين،
   * ومحمد). An unknown word that starts with و (وقاص) goes on with the name.
   */
  private static boolean startsNewName(Words w, int k) {
    String key = w.key[k];
    return key.charAt(0) == Words.WAW && (w.ownFlags[k] & STRONG) == 0
        && ((w.flags[k] & STRONG) != 0 || w.listType[k] != null);
  }

  /**
   * True when token k is in no word class but perhaps the name words of open data, which alone
   * say nothing more than an unknown word's shape ({@link Lexicon#NAME_WORD}).
   */
  static boolean unlisted(Words w, int k) {
    return (w.flags[k] & ~Lexicon.NAME_WORD) == 0;
  }

  /** True when token k may be a word of a name. */
  static boolean nameLike(Words w, int k, boolean first) {
    if (!w.letters[k] || w.key[k].length() < 2) {
      return false;
    }
    int f = w.flags[k];
    if (w.listType[k] != null && w.listType[k] != EntityType.PER) {
      return false; // a listed place, organisation or nationality ends the name
    }
    if ((f & STRONG) != 0 && (f & (Lexicon.STOP | Lexicon.TIME)) == 0) {
      return true;
    }
    if ((f & NOT_NAME) != 0) {
      return false;
    }
    String key = w.key[k];
    char c = key.charAt(0);
    // Imperfect verbs (يقول، ويؤكد، ستزور) are the most frequent unknown words after a name.
    if (pronounSuffix(key) || knownWordWithHa(key) || w.pronounEnding[k] || w.tanwinFath[k]) {
      return false;
    }
    if (derivedVerbShape(key)) {
      return false;
    }
    if (c == Words.YEH && key.length() >= 4
        || c == Words.WAW && key.length() >= 5 && key.charAt(1) == Words.YEH
        || c == SEEN && key.length() >= 5 && isImperfectPrefix(key.charAt(1))
            && !(key.charAt(1) == TEH && key.charAt(2) == Words.YEH)) { // ستيفان is no ست + verb
      return false;
    }
    return !isLatinOrDigit(key);
  }

  /**
   * True for the shapes of derived verbs and their nouns that names do not take (after و or ف):
   * استفعل (استطاع، استقبل) and افتعل of five letters (اعتبر، اجتمع، اقترح; normalised, so أ and
   * إ are ا). In ANERcorp-train such words are about 700 tokens outside names and one inside.
   */
  static boolean derivedVerbShape(String key) {
    int at = key.length() > 4 && (key.charAt(0) == Words.WAW || key.charAt(0) == Words.FEH) ? 1 : 0;
    int n = key.length() - at;
    if (n < 5 || key.charAt(at) != Words.ALEF || key.charAt(at + 1) == Words.LAM) {
      return false;
    }
    return key.charAt(at + 1) == SEEN && key.charAt(at + 2) == TEH && n >= 6
        || n == 5 && key.charAt(at + 2) == TEH;
  }

  private static final char SEEN = '\u0633';
  private static final char SHEEN = '\u0634';
  private static final char HEH = '\u0647';
  private static final char TEH = '\u062A';
  private static final char NOON = '\u0646';

  private static boolean isImperfectPrefix(char c) {
    return c == Words.YEH || c == TEH || c == NOON;
  }

  /** A definite nisba adjective (الاقتصادي، السياسية): a description after a title, not a name. */
  static boolean nisba(Words w, int k) {
    String key = w.key[k];
    if (key.charAt(0) == Words.WAW && w.readingCount(k) > 1) {
      key = w.reading(k, 1); // والدبلوماسي
    }
    return nisbaForm(key) && (w.flags[k] & STRONG) == 0 && w.listType[k] == null;
  }

  /** The shape of a definite nisba: ال...ي or ال...يه. */
  static boolean nisbaForm(String key) {
    return key.startsWith(Words.ARTICLE) && key.length() > 4
        && (key.endsWith("\u064A") || key.endsWith("\u064A\u0647"));
  }

  private static boolean isLatinOrDigit(String key) {
    char c = key.charAt(0);
    return c < 0x0600;
  }
}
