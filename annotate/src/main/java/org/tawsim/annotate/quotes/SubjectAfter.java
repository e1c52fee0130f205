/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import org.tawsim.core.Entity;
import org.tawsim.core.Span;
import org.tawsim.core.text.ArabicCharacters;

/**
 * The subject written after its speech verb (VSO, the usual order of Arabic news): وقال وزير
 * الخارجية إن → وزير الخارجية.
 *
 * <p>Rules, for a verb ending at a position:
 *
 * <ul>
 *   <li>{@link #find}: up to {@link SpeakerFinder#MAX_WORDS} words of a noun phrase, after at most
 *       three adverbs, time words or addressees (قال اليوم الوزير، وأوضح لـ«عكاظ» المتحدث الرسمي،
 *       وقال لوكالة الأناضول مصدر أمني);
 *       a demonstrative before a definite noun is passed over (وقال هذا المسؤول، أوضح ذلك المتحدث:
 *       a determiner or the object "that"), alone it names no one (وقال هؤلاء);
 *       none when the first word ends a mention, has a pronoun, is an adverbial or a prepositional
 *       phrase (وأضاف بدوره، وقال مخاطبا الحضور، وعد بتغيير العلاقة); the phrase ends at a word
 *       that cannot be in it (أكد المبعوث الدولي استعدادها), at who was spoken to (للتلفزيون
 *       الرسمي، لوكالة «الأناضول») or at the verb's definite object ({@link DefiniteObjects}: وأكد الوزير الاتفاق); a short quoted name may stand inside it (نائبة المدير العام لمنظمة «الفاو»
 *       سيميدو) or end it after a name head without the article (وقالت صحيفة «الحياة»); a name in apposition after a title is the speaker ({@link Appositions}); a
 *       formula of blessing or praise ({@link Formulas}) ends the phrase, and one of blessing
 *       right after the verb is skipped (قال صلى الله عليه وسلم names no subject); an agency
 *       spoken to ({@link NamedOutlets}: قال مسؤول لرويترز) is passed over before the phrase and
 *       ends it after; after a verb of telling ({@link WordList#TELLING_VERBS}) whom the words
 *       were told to ends it (وأبلغ الوزير الصحفيين); after a preposition with a pronoun (وقال
 *       عنه) the phrase must be a source, not an adverbial (أخبر عنها سلفا);
 *   <li>{@link #source}: the source after an "according to" word: بحسب وسائل إعلام، وفقا لهذا
 *       البيان (the attached ل left out where {@link SourcePrepositions} puts it in the cue; a
 *       word's own ب stays: بحسب بيان الوزارة), نقلا عن الوكالة، بحسب «سانا» (the name without
 *       marks), بحسب صحيفة «الحياة» (a name head with its quoted name); none at a function word
 *       (وفقا لما: {@link TrailingCues} reads the verb after it);
 *   <li>{@link #noun}: the noun phrase at the first word, nothing skipped: على حد قول الوزير.
 * </ul>
 *
 * <p>A word inside a person's name of the entity layer is a name, whatever else it spells: قال لي
 * (Li); so is لي written earlier as a name's last word ({@link NameMentions#isSurnameElsewhere}).
 * One per document.
 */
final class SubjectAfter {

  /** How long a quoted name inside a speaker's mention may be, in characters. */
  static final int QUOTED_NAME_CHARS = 40;

  private final String text;
  private final int n;
  private final CueLexicon lexicon;
  private final EntityLinks links;
  private final MentionWords notNames;
  private final Appositions appositions;
  private final DefiniteObjects objects;
  private final NameMentions names;
  private final NamedOutlets outlets;
  private final SpeakerFinder finder;

  SubjectAfter(
      String text,
      CueLexicon lexicon,
      EntityLinks links,
      MentionWords notNames,
      SpeakerFinder finder) {
    this.text = text;
    this.n = text.length();
    this.lexicon = lexicon;
    this.links = links;
    this.notNames = notNames;
    this.finder = finder;
    this.appositions = new Appositions(text, lexicon, links, finder);
    this.objects = new DefiniteObjects(text, finder, links);
    this.names = new NameMentions(text, lexicon, finder);
    this.outlets = new NamedOutlets(text, lexicon, links);
  }

  /**
   * Returns the speaker's mention after a speech verb ending at {@code pos}, or null when the verb
   * names none (وأضاف أن، وشدد على). Time words and adverbs may come first (قال اليوم الوزير).
   */
  Span find(int pos) {
    int i = pos;
    int skips = 0;
    int begin = -1;
    int end = -1;
    int last = -1; // where the mention's last word starts, -1 after a quoted name
    int verbFlags = lexicon.flags(text, ArabicWords.wordBack(text, pos, 0), pos);
    boolean telling = (verbFlags & CueLexicon.TELLING_VERB) != 0;
    boolean objectVerb = telling || (verbFlags & CueLexicon.OBJECT_VERB) != 0;
    boolean pronounSkipped = false; // وقال عنه، ما دعا إليه: a preposition with a pronoun passed over
    int words = 0;
    while (words < SpeakerFinder.MAX_WORDS) {
      int b = finder.wordStart(i);
      if (b < 0) {
        int past = begin >= 0 ? quotedNameInside(i, last, end) : -1;
        if (past < 0) {
          break;
        }
        end = past; // نائبة المدير العام لمنظمة «الفاو» سيميدو: the mention goes on after the name
        last = -1;
        words++;
        i = past;
        continue;
      }
      int e = finder.wordEnd(b);
      if (begin >= 0 && Formulas.end(text, b, e, finder) >= 0) {
        break; // قال النبي صلى الله عليه وسلم، قال الله تعالى: the formula follows the speaker
      }
      int blessing = begin < 0 ? Formulas.blessingEnd(text, b, e, finder) : -1;
      if (blessing >= 0) {
        i = blessing; // قال صلى الله عليه وسلم: no subject of its own
        continue;
      }
      int f = lexicon.flags(text, b, e);
      // a word of a person's name is a name: قال لي (Li), in the entity layer or written earlier
      // as a name's last word (كاي فو لي ... قال لي)
      if (!links.inPerson(b, e) && !isSurname(f, b, e)) {
        if (begin < 0) {
          if (((f & CueLexicon.ADVERB) != 0
                  || notNames.isPrepositionalArticle(b, e)
                  || notNames.isAddressee(b, e))
              && skips < 3) {
            skips++;
            pronounSkipped |= (f & CueLexicon.ADVERB) != 0 && (f & CueLexicon.STOP) != 0;
            i = e;
            continue;
          }
          if (skips < 3 && outlets.isNamedOutlet(b, e)) {
            skips++; // وقال لرويترز مسؤول كبير: the outlet spoken to, then who spoke
            Entity outlet = links.covering(new Span(b, e));
            i = Math.max(outlets.namedOutletEnd(b, e), outlet != null ? outlet.span().end() : e);
            continue;
          }
          int pastOutlet = skips < 3 && notNames.isOutlet(b, e) ? pastOutletName(e) : -1;
          if (pastOutlet >= 0) {
            // وقال لوكالة الأناضول مصدر أمني: the outlet spoken to, then who spoke. After a name
            // without the article (لوكالة فرانس برس روبرت كلين) where the name ends is not known:
            // the mention is kept whole, the speaker's name inside it
            skips++;
            i = pastOutlet;
            continue;
          }
          if (notNames.isLoneLam(b, e) || notNames.isPrepositionalNoun(b, e)) {
            int past = quotedEnd(e);
            if (past < 0 || skips == 3) {
              return null; // وعد بتغيير العلاقة: a prepositional phrase, no subject
            }
            skips++; // وأوضح لـ«عكاظ» المتحدث الرسمي: who was spoken to, then who spoke
            i = past;
            continue;
          }
          if ((f & CueLexicon.DEMONSTRATIVE) != 0) {
            int nb = finder.wordStart(e);
            int ne = nb < 0 ? -1 : finder.wordEnd(nb);
            if (nb < 0 || !ArabicWords.hasArticle(text, nb, ne)) {
              return null; // وقال هؤلاء: a pronoun names no one
            }
            if ((lexicon.flags(text, nb, ne) & CueLexicon.ADVERB) != 0 && skips < 3) {
              skips++; // وقال هذا الأسبوع الوزير: a time adverbial
              i = ne;
              continue;
            }
            // وقال هذا المسؤول، أوضح ذلك المتحدث: a determiner, or the verb's object pronoun; either
            // way the noun after it is the subject
            i = e;
            continue;
          }
          if (endsMention(f, b, e) || notNames.isAdverbial(b, e)) {
            // وأضاف بدوره، وقال مضيفها، وقال مخاطبا الحضور: no noun phrase names the speaker
            return null;
          }
        } else {
          if (endsMention(f, b, e)) {
            break; // أكد المبعوث الدولي استعدادها: the object ends the subject
          }
          if ((notNames.isPrepositionalArticle(b, e) && !nameFollows(e))
              || notNames.isAddressee(b, e) || notNames.isOutlet(b, e)) {
            break; // للتلفزيون الرسمي، لنظيره، لوكالة «الأناضول»: who was spoken to, not who spoke
          }
          if (last >= 0 && !isConstructTitle(last, end) && outlets.isNamedOutlet(b, e)) {
            break; // قال مسؤول كبير لرويترز: the agency spoken to (not مدرب لخويا, "of")
          }
          if (telling && last >= 0 && isTold(last, end, b, e)) {
            break; // وأبلغ الوزير الصحفيين، أخبر لي وكالة: whom the words were told to
          }
          if (objectVerb && last >= 0 && objects.isObject(last, end, b, e)) {
            break; // وأكد الوزير الاتفاق: the verb's object
          }
        }
      }
      if (begin < 0) {
        begin = b;
      }
      last = b;
      end = e;
      words++;
      i = e;
    }
    if (begin < 0) {
      return null;
    }
    if (pronounSkipped && (notNames.isAccusative(begin, finder.wordEnd(begin))
        || (finder.isIndefiniteObject(new Span(begin, end))
            && (lexicon.flags(text, begin, finder.wordEnd(begin)) & CueLexicon.PREPOSITION) == 0))) {
      // التي أخبر عنها سلفا، ما دعا إليه دين رب العالمين: after a preposition with a pronoun, an
      // adverbial or an indefinite common noun (not a quantifier: بعض وسائل الإعلام) is no source
      return null;
    }
    return appositions.speaker(begin, end);
  }

  /**
   * Returns true for a preposition with the pronoun "me" of two letters, passed over after a verb
   * (لي: قال لي, "told me"), when the text writes it earlier as a name's last word ({@link
   * NameMentions#isSurnameElsewhere}): the surname Li. News tells in the third person; a word
   * that names someone there names them after the verb too.
   */
  private boolean isSurname(int f, int b, int e) {
    return (f & CueLexicon.ADVERB) != 0
        && ArabicWords.foldedLength(text, b, e) == 2
        && ArabicWords.fold(text.charAt(ArabicWords.lastKept(text, b, e))) == ArabicCharacters.YEH
        && names.isSurnameElsewhere(new Span(b, e), links);
  }

  /** Returns true for a title without the article, which takes a complement: مدرب، رئيس. */
  private boolean isConstructTitle(int b, int e) {
    return finder.isTitle(b, e) && !ArabicWords.hasArticle(text, b, e);
  }

  /**
   * Returns true when the word [b, e) after the subject word [lb, le) of a verb of telling is
   * whom the words were told to: a definite sound plural after a definite word that is none (الوزير
   * الصحفيين: a plural cannot qualify a singular), or a name head or a kind of outlet without the
   * article after a name, a word neither definite nor common (لي وكالة أنباء). Never a title or a
   * word of people's names. A common noun without the article after the subject is left in it:
   * it is as often the subject's complement or adjective.
   */
  private boolean isTold(int lb, int le, int b, int e) {
    if (ArabicWords.hasArticle(text, b, e)) {
      // الوزير الصحفيين; not أحد المزارعين, a head and its genitive
      return isSoundPlural(b, e) && !isSoundPlural(lb, le) && ArabicWords.hasArticle(text, lb, le);
    }
    if (finder.isTitle(b, e) || Vocabulary.isNameWord(text, b, e)
        || ArabicWords.hasArticle(text, lb, le) || Vocabulary.contains(text, lb, le)) {
      return false;
    }
    return lexicon.isNameHead(text, b, e)
        || (lexicon.exactFlags(text, b, e) & CueLexicon.OUTLET) != 0;
  }

  /** Returns true for a word ending in ين or ون after four letters: الصحفيين، المراسلون. */
  private boolean isSoundPlural(int b, int e) {
    int last = ArabicWords.lastKept(text, b, e);
    if (ArabicWords.foldedLength(text, b, e) < 6 || text.charAt(last) != ArabicCharacters.NOON) {
      return false;
    }
    char y = ArabicWords.fold(text.charAt(ArabicWords.lastKept(text, b, last)));
    return y == ArabicCharacters.YEH || y == ArabicCharacters.WAW;
  }

  /**
   * Returns true when the word [b, e), of lexicon flags {@code f}, can be no word of a speaker's
   * mention: a word of {@link SpeakerFinder#ENDS_MENTION}, a number, a word with a pronoun suffix,
   * a stop word with و or ف (استعدادها، وهو). Before the mention it means the verb names no
   * subject; inside it, the mention ends.
   */
  private boolean endsMention(int f, int b, int e) {
    return (f & SpeakerFinder.ENDS_MENTION) != 0 || Character.isDigit(text.charAt(b))
        || notNames.hasPronounSuffix(b, e) || notNames.isConjoinedStop(b, e);
  }

  /**
   * Returns the source after an "according to" word ending at {@code pos}: بحسب وسائل إعلام،
   * وفقا لهذا البيان (the attached ل left out), نقلا عن الوكالة.
   */
  Span source(int pos) {
    int b = finder.wordStart(pos);
    if (b < 0) {
      return quotedName(pos); // بحسب «سانا»: the name without its marks
    }
    int e = finder.wordEnd(b);
    int f = lexicon.exactFlags(text, b, e);
    if ((f & CueLexicon.STOP) != 0 && ArabicWords.foldedLength(text, b, e) <= 2) {
      // a separate preposition: عن، ل، بـ
      Span after = find(e);
      return after != null ? after : quotedName(e);
    }
    // the ل written onto the source only where the cue takes it (وفقا لوزير); a word's own ب or ل
    // stays (بحسب بيان الوزارة، وفق لوائح)
    int cueEnd = SourcePrepositions.cueEnd(text, lexicon, ArabicWords.wordBack(text, pos, 0), pos);
    int start = cueEnd > pos ? ArabicWords.firstKept(text, cueEnd, e) : b;
    if ((lexicon.exactFlags(text, start, e) & CueLexicon.STOP) != 0) {
      return null; // وفقا لما: a function word names no one (TrailingCues reads the verb after it)
    }

    Span rest = find(e);
    if (rest != null && rest.begin() == finder.wordStart(e)) {
      return new Span(start, rest.end());
    }
    int past = quotedNameInside(e, start, e); // بحسب صحيفة «الحياة»: the head and its name
    return new Span(start, past >= 0 ? past : e);
  }

  /**
   * Returns the noun phrase that starts at the first word after {@code pos}, or null: على حد قول
   * الوزير → الوزير; nothing is skipped (على حد قوله للصحفيين names no one after it).
   */
  Span noun(int pos) {
    Span m = find(pos);
    return m != null && m.begin() == finder.wordStart(pos) ? m : null;
  }

  /**
   * Returns the offset past the name of an outlet whose kind ends at {@code pos}: a quoted name
   * (لصحيفة «الحياة») or up to three words with the article (لوكالة الأنباء السعودية); -1 when
   * neither follows (لوكالة فرانس برس): a name without the article cannot be told from the
   * speaker's.
   */
  private int pastOutletName(int pos) {
    int past = quotedEnd(pos);
    if (past >= 0) {
      return past;
    }
    int i = pos;
    for (int k = 0; k < 3; k++) {
      int b = finder.wordStart(i);
      if (b < 0) {
        break;
      }
      int e = finder.wordEnd(b);
      if (!ArabicWords.hasArticle(text, b, e)) {
        break;
      }
      i = e;
    }
    return i == pos ? -1 : i;
  }

  /** Returns what a short quoted name at {@code pos} holds, without its marks, or null. */
  Span quoted(int pos) {
    return quotedName(pos);
  }

  /**
   * Returns the offset past a short quoted name at {@code pos} (spaces skipped) when a name-like
   * word follows it (لمنظمة «الفاو» سيميدو), or when the mention's last word [lb, le) is a name
   * head without the article whose name it is (صحيفة «الحياة»، رئيس حزب «النور» الدكتور); else
   * -1. A name head with the article (الصحيفة) is complete without it.
   */
  private int quotedNameInside(int pos, int lb, int le) {
    int past = quotedEnd(pos);
    if (past < 0) {
      return -1;
    }
    boolean head =
        lb >= 0 && lexicon.isNameHead(text, lb, le) && !ArabicWords.hasArticle(text, lb, le);
    return head || nameFollows(past) ? past : -1;
  }

  /**
   * Returns the offset past a short quoted segment at {@code pos} (spaces skipped), or -1: at most
   * {@link #QUOTED_NAME_CHARS} characters on one line.
   */
  private int quotedEnd(int pos) {
    int i = pos;
    while (i < n && QuotePairer.isSpace(text.charAt(i))) {
      i++;
    }
    if (i >= n || !QuoteMark.isMark(text.charAt(i))) {
      return -1;
    }
    for (int j = i + 1; j < n && j <= i + QUOTED_NAME_CHARS; j++) {
      char c = text.charAt(j);
      if (QuotePairer.isParagraphBreak(c)) {
        return -1;
      }
      if (QuoteMark.isMark(c)) {
        return j + 1;
      }
    }
    return -1;
  }

  /**
   * Returns what a short quoted name at {@code pos} (spaces skipped) holds, without its marks, or
   * null: at most {@link #QUOTED_NAME_CHARS} characters on one line.
   */
  private Span quotedName(int pos) {
    int past = quotedEnd(pos);
    if (past < 0) {
      return null;
    }
    int b = pos;
    while (QuotePairer.isSpace(text.charAt(b))) {
      b++;
    }
    int cb = finder.wordStart(b + 1);
    int ce = past - 1;
    while (ce > b + 1 && !ArabicWords.isWordChar(text.charAt(ce - 1))) {
      ce--;
    }
    return cb < 0 || cb >= ce ? null : new Span(cb, ce);
  }

  /** Returns true when the next word is a name: المستشار الدبلوماسي للكرملين يوري أوشاكوف. */
  private boolean nameFollows(int pos) {
    int b = finder.wordStart(pos);
    return b >= 0
        && ArabicWords.isArabicLetter(text.charAt(b))
        && finder.isNameLike(b, finder.wordEnd(b));
  }
}
