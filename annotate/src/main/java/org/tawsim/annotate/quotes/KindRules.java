/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.tawsim.core.text.ArabicCharacters.DEFINITE_ARTICLE;

import org.tawsim.core.Span;
import org.tawsim.core.text.ArabicCharacters;

/**
 * The tests that make a quoted segment a name, title, term, heading or dateline rather than
 * speech, applied before any attribution: the segment quotes nothing; it is in Latin letters only;
 * it is a short line on its own (a heading); it sits at the start of a line before a colon (a
 * dateline: {@code عواصم " وكالات":}); it follows an attached ل (لـ«الشرق الأوسط»، ل"الرياض"); it
 * follows a name head (مجموعة "بريكس"، بسياسة "الضغوط القصوى"), or a colon after a title or slogan
 * word (بعنوان: «...»، الشعار: «...»); it is a platform's name by its place (حسابه على
 * "إكس": see {@link PlatformNames}); it is short and starts with a name head (اتفاق، مبادرة); it is a word and its number
 * («جنيف 3»، "ويندوز 10": a partial quotation seldom has that shape; «3 في المئة» starts with the
 * number, «فاز 3 مرات» has it in the middle); it is an acronym spelled out (see {@link
 * AcronymLetters#isName}); or it is a word being defined ("يي" هي الكلمة، تعني "أنت"; see {@link DefinedTerms}).
 * {@link #isPrepositionTerm} adds a definite noun phrase after a preposition (إلى «المجموعات
 * الإرهابية»), which the scanner asks apart because an attribution right after it still makes it
 * speech.
 *
 * <p>Each test reads a bounded number of characters around the segment. One instance per document;
 * not thread-safe.
 */
final class KindRules {

  /** How many characters of a segment's content are measured. */
  static final int MEASURE_LIMIT = 512;
  /** A heading on its own line has at most this many words. */
  static final int HEADING_WORDS = 8;
  /** عنوان, "title", and شعار, "slogan", folded. */
  private static final String TITLE = "\u0639\u0646\u0648\u0627\u0646";
  private static final String SLOGAN = "\u0634\u0639\u0627\u0631";
  /** A quotation that starts with a name head is a name when at most this long. */
  static final int NAME_WORDS = 6;
  /** The predicate of a two-word nominal sentence has at least this many letters (هادئ). */
  static final int PREDICATE_LETTERS = 3;

  private final String text;
  private final int n;
  private final CueLexicon lexicon;

  KindRules(String text, CueLexicon lexicon) {
    this.text = text;
    this.n = text.length();
    this.lexicon = lexicon;
  }

  /**
   * What a segment's content looks like, measured on its first {@link #MEASURE_LIMIT} characters.
   *
   * @param words the number of words (at least the count in the measured part)
   * @param latinOnly true when there are Latin letters and no Arabic ones
   * @param punctuated true when a sentence or clause mark appears inside
   * @param firstBegin start of the first word, or -1
   * @param firstEnd end of the first word, or -1
   * @param folded the folded words joined by one space when there are at most three, else null
   * @param numbered true for two or three words, unpunctuated, a word of letters first and a
   *     number last
   */
  record Content(
      int words,
      boolean latinOnly,
      boolean punctuated,
      int firstBegin,
      int firstEnd,
      String folded,
      boolean numbered) {}

  Content measure(Pairing.Segment s) {
    int begin = s.contentBegin();
    int end = Math.min(s.contentEnd(), begin + MEASURE_LIMIT);
    int words = 0;
    boolean arabic = false;
    boolean latin = false;
    boolean punctuated = false;
    int firstBegin = -1;
    int firstEnd = -1;
    boolean number = false;
    StringBuilder folded = new StringBuilder();
    int i = begin;
    while (i < end) {
      char c = text.charAt(i);
      if (ArabicWords.isWordChar(c)) {
        int b = i;
        while (i < end && ArabicWords.isWordChar(text.charAt(i))) {
          char d = text.charAt(i);
          if (ArabicWords.isArabicLetter(d)) {
            arabic = true;
          } else if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z')) {
            latin = true;
          }
          i++;
        }
        if (words == 0) {
          firstBegin = b;
          firstEnd = i;
        } else {
          // the number ends the name («جنيف 3»، «قمة العشرين 2016»); in the middle it is counted
          // («لدينا 3 مباريات»، «خطة 2030 الطموحة»), which a speaker's words often are
          number = Character.isDigit(text.charAt(b));
        }
        words++;
        if (words <= 3) {
          if (folded.length() > 0) {
            folded.append(' ');
          }
          folded.append(ArabicWords.fold(text.subSequence(b, i)));
        }
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == ArabicCharacters.ARABIC_QUESTION_MARK
          || c == ArabicCharacters.ARABIC_COMMA || c == ',' || c == ';'
          || c == ArabicCharacters.ARABIC_SEMICOLON || c == ArabicWords.COLON) {
        punctuated = true;
      }
      i++;
    }
    boolean cut = s.contentEnd() > end;
    return new Content(
        cut ? Math.max(words, 64) : words,
        latin && !arabic,
        punctuated,
        firstBegin,
        firstEnd,
        words <= 3 && !cut ? folded.toString() : null,
        number && words <= 3 && !punctuated && !cut && !Character.isDigit(text.charAt(firstBegin)));
  }

  /**
   * Returns true when the quoted words are a clause, which no name, title or term is: they open
   * with a pronoun, a negation or a particle (لم أتنازل، نحن مستعدون، لقد عشنا), or they end with a
   * sentence mark inside the marks; either way they are at least two words inside the marks ("واليوم، لا يوجد أي منهما.").
   * A name head before the quotation still makes it a title (رواية «لن أعيش ...»): see {@link
   * #isName}, which is asked first.
   */
  boolean isClause(Pairing.Segment s, Content c) {
    if (c.firstBegin() < 0) {
      return false;
    }
    if (c.words() < 2 || s.unclosed()) {
      return false; // «أنت»: one word is a term even when it is a pronoun
    }
    if ((lexicon.flags(text, c.firstBegin(), c.firstEnd()) & CueLexicon.CLAUSE_START) != 0) {
      return true;
    }
    int e = s.contentEnd();
    while (e > s.contentBegin() && QuotePairer.isSpace(text.charAt(e - 1))) {
      e--;
    }
    char last = e > s.contentBegin() ? text.charAt(e - 1) : ' ';
    return last == '.' || last == '!' || last == '?' || last == ArabicCharacters.ARABIC_QUESTION_MARK
        || last == '\u2026';
  }

  /** Returns true when the segment is a name, title, term, heading or dateline. */
  boolean isName(Pairing.Segment s, Content c) {
    if (c.words() == 0 || c.latinOnly()) {
      return true;
    }
    if (c.words() <= HEADING_WORDS && !c.punctuated() && aloneOnLine(s)) {
      return true;
    }
    if (c.words() <= 3 && isDateline(s)) {
      return true;
    }
    if (afterAttachedLam(s) || afterNameHead(s) || DefinedTerms.isDefined(text, s, c.words())) {
      return true;
    }
    if (PlatformNames.isPlatform(text, s, c.words(), c.punctuated(), lexicon)) {
      return true; // حسابه على «تويتر»، موقع التواصل الاجتماعي «يوتيوب»
    }
    if (c.numbered()) {
      return true; // «جنيف 3»، «رؤية 2030»: a name with its number
    }
    if (AcronymLetters.isName(text, s, c.words(), c.punctuated())) {
      return true; // «أو إف كيه بلجراد»، «إم بي سي»
    }
    return c.words() <= NAME_WORDS
        && !c.punctuated()
        && (lexicon.exactFlags(text, c.firstBegin(), c.firstEnd()) & CueLexicon.CONTENT_HEAD) != 0;
  }

  /**
   * Returns true for a definite noun phrase of at most three words right after a separate
   * preposition: إلى «المجموعات الإرهابية» (see {@link PrepositionTerms}).
   */
  boolean isPrepositionTerm(Pairing.Segment s, Content c) {
    return PrepositionTerms.isTerm(text, s, c.words(), c.punctuated(), lexicon);
  }

  /** Returns true when only spaces or bullets precede the segment on its line, and only
   * punctuation follows it. */
  boolean aloneOnLine(Pairing.Segment s) {
    int i = s.open() - 1;
    while (i >= 0 && isLeader(text.charAt(i))) {
      i--;
    }
    if (i >= 0 && !QuotePairer.isParagraphBreak(text.charAt(i))) {
      return false;
    }
    int j = s.end();
    while (j < n && !QuotePairer.isParagraphBreak(text.charAt(j))) {
      char c = text.charAt(j);
      if (ArabicWords.isWordChar(c) || QuoteMark.isMark(c)) {
        return false;
      }
      j++;
    }
    return true;
  }

  private static boolean isLeader(char c) {
    return QuotePairer.isSpace(c) || c == '\u2022' || c == '-' || c == '*' || c == '\u00B7'
        || c == '\u2013' || c == '\u2014';
  }

  /** Returns true when a colon follows the segment and at most three words precede it on its line. */
  private boolean isDateline(Pairing.Segment s) {
    int j = s.end();
    while (j < n && QuotePairer.isSpace(text.charAt(j))) {
      j++;
    }
    if (j >= n || text.charAt(j) != ArabicWords.COLON) {
      return false;
    }
    int words = 0;
    int i = s.open() - 1;
    for (int steps = 0; i >= 0 && steps < 80; steps++, i--) {
      char c = text.charAt(i);
      if (QuotePairer.isParagraphBreak(c)) {
        return true;
      }
      if (ArabicWords.isWordChar(c) && (i == 0 || !ArabicWords.isWordChar(text.charAt(i - 1)))) {
        if (++words > 3) {
          return false;
        }
      }
    }
    return i < 0;
  }

  /**
   * Returns true when a lone ل (with or without tatweel) comes right before the opening mark, or
   * one space before it: لـ«الشرق الأوسط»، ل"الرياض"، لـ "الاقتصادية".
   */
  private boolean afterAttachedLam(Pairing.Segment s) {
    int i = s.open() - 1;
    if (i >= 0 && QuotePairer.isSpace(text.charAt(i))) {
      i--;
    }
    while (i >= 0 && text.charAt(i) == ArabicCharacters.TATWEEL) {
      i--;
    }
    return i >= 0
        && text.charAt(i) == ArabicCharacters.LAM
        && (i == 0 || !ArabicWords.isWordChar(text.charAt(i - 1)));
  }

  private boolean afterNameHead(Pairing.Segment s) {
    int e = skipSpacesBack(s.open());
    boolean colon = e > 0 && text.charAt(e - 1) == ArabicWords.COLON;
    if (colon) {
      e = skipSpacesBack(e - 1); // بعنوان: «هل تموت الثورات؟»
    }
    if (e == 0 || !ArabicWords.isWordChar(text.charAt(e - 1))) {
      return false;
    }
    int b = e;
    while (b > 0 && ArabicWords.isWordChar(text.charAt(b - 1)) && e - b < 40) {
      b--;
    }
    return lexicon.isNameHead(text, b, e) && (!colon || isTitleWord(b, e));
  }

  private int skipSpacesBack(int from) {
    int e = from;
    int steps = 0;
    while (e > 0 && QuotePairer.isSpace(text.charAt(e - 1)) && steps++ < 8) {
      e--;
    }
    return e;
  }

  /**
   * Returns true for عنوان or شعار, with ب، و، ف، ال or a pronoun (بعنوان، تحت عنوان، عنوانها،
   * الشعار): a colon after them still introduces a title or slogan, where after other name heads
   * it introduces words (كتب على حسابه: «...»).
   */
  private boolean isTitleWord(int b, int e) {
    int i = ArabicWords.firstKept(text, b, e);
    char c = i < e ? ArabicWords.fold(text.charAt(i)) : 0;
    if (c == ArabicCharacters.WAW || c == ArabicCharacters.FEH) {
      i = ArabicWords.firstKept(text, i + 1, e);
      c = i < e ? ArabicWords.fold(text.charAt(i)) : 0;
    }
    if (c == ArabicCharacters.BEH) {
      i = ArabicWords.firstKept(text, i + 1, e);
    }
    if (ArabicWords.hasArticle(text, i, e)) {
      i = ArabicWords.firstKept(text, i + DEFINITE_ARTICLE.length(), e);
    }
    return ArabicWords.startsWith(text, i, e, TITLE) || ArabicWords.startsWith(text, i, e, SLOGAN);
  }

  /**
   * Returns the word right before a segment's opening mark, spaces between, or null: the word an
   * epithet or acronym in marks stands beside (كيسنجر "الثعلب"، والثقافة «اليونيسكو»).
   */
  Span wordBefore(Pairing.Segment s) {
    int e = s.open();
    while (e > 0 && QuotePairer.isSpace(text.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > 0 && ArabicWords.isWordChar(text.charAt(b - 1)) && e - b < 40) {
      b--;
    }
    return b < e ? new Span(b, e) : null;
  }

  /**
   * Returns true for two words that make a nominal sentence, a definite subject and an indefinite
   * predicate: «الوضع هادئ»، «الأمر خطير». A name of two words is a construct or a noun and its
   * adjective, the article on the second word or on both (وزارة الداخلية، الشرق الأوسط), or has
   * none (آب ستور). The predicate is an Arabic word of at least {@link #PREDICATE_LETTERS}
   * letters, so that a name's Latin or short tail (الجزيرة نت) is none.
   */
  boolean isNominalSentence(Pairing.Segment s, Content c) {
    if (c.words() != 2 || c.punctuated() || c.numbered()
        || !ArabicWords.hasArticle(text, c.firstBegin(), c.firstEnd())
        || ArabicWords.foldedLength(text, c.firstBegin(), c.firstEnd()) < PREDICATE_LETTERS + 2) {
      return false;
    }
    int b = c.firstEnd();
    int end = s.contentEnd();
    while (b < end && !ArabicWords.isWordChar(text.charAt(b))) {
      b++;
    }
    int e = b;
    while (e < end && ArabicWords.isWordChar(text.charAt(e))) {
      if (!ArabicWords.isArabicLetter(text.charAt(e)) && ArabicWords.fold(text.charAt(e)) != 0) {
        return false; // a digit or a Latin letter: no Arabic predicate
      }
      e++;
    }
    return e > b
        && !ArabicWords.hasArticle(text, b, e)
        && ArabicWords.foldedLength(text, b, e) >= PREDICATE_LETTERS;
  }

  /** Returns true when the segment holds one word with the article: "الثعلب"، «اليونيسكو». */
  boolean isOneDefiniteWord(Content c) {
    return c.words() == 1
        && ArabicWords.hasArticle(text, c.firstBegin(), c.firstEnd());
  }

  /** Returns true when a colon or a comma comes just before the opening mark. */
  boolean afterColonOrComma(Pairing.Segment s) {
    char c = before(s);
    return c == ArabicWords.COLON || c == ArabicCharacters.ARABIC_COMMA || c == ',';
  }

  /** Returns true when a colon comes just before the opening mark. */
  boolean afterColon(Pairing.Segment s) {
    return before(s) == ArabicWords.COLON;
  }

  private char before(Pairing.Segment s) {
    int i = s.open() - 1;
    int steps = 0;
    while (i >= 0 && QuotePairer.isSpace(text.charAt(i)) && steps++ < 8) {
      i--;
    }
    return i >= 0 ? text.charAt(i) : 0;
  }
}
