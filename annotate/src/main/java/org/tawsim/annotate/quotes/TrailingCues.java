/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import java.util.List;
import org.tawsim.core.Span;
import org.tawsim.core.text.ArabicCharacters;

/**
 * Attribution after a quotation, in the same sentence, at most {@link #WORDS} words on:
 *
 * <ul>
 *   <li>"according to" with a verb: «...»، وفق ما كشفت السفارة → cue وفق ما كشفت, speaker
 *       السفارة; so with the verb's object pronoun or a resumptive به or عنه after it: بحسب ما صرح
 *       به الوزير → speaker الوزير; with لما after وفقا or طبقا (وفقا لما ذكرته الوكالة); the
 *       source after في (وفقا لما جاء في البيان → البيان), or a quoted name (وفقا لما أوردته
 *       «عكاظ» → عكاظ);
 *   <li>هذا ما with a speech verb: «...»، هذا ما قالته الوزيرة → cue هذا ما قالته, speaker
 *       الوزيرة;
 *   <li>"according to" with a source: «...»، بحسب الوكالة → cue بحسب, speaker الوكالة; with its
 *       preposition ({@link SourcePrepositions}): «...»، نقلا عن مصدر → cue نقلا عن, speaker مصدر;
 *       a name in marks without them: «...» بحسب «سانا» → speaker سانا;
 *   <li>a speech verb right after it: «...»، قال الوزير → cue قال, speaker الوزير; or with كما: «...»،
 *       كما قالت باز زاراتي → cue كما قالت; «...»، هكذا قال المتحدث → cue هكذا قال;
 *   <li>a speech verb after a comma that ends the quotation's clause, when it names its speaker:
 *       «...» يريدون مشاهدتها، قال محمد علي → cue قال, speaker محمد علي;
 *   <li>a phrase: «...» على حد تعبيره → cue على حد تعبيره, the speaker implicit; «...» على حد زعم
 *       فريدمان → cue على حد زعم, speaker فريدمان.
 * </ul>
 *
 * <p>No cue is searched after words that end with a full stop inside the marks («... مثمرة.»
 * يجادل المؤيدون): their sentence is over. The search stops at a sentence end, at a phrase that returns to the writer's narration, and
 * at a speech verb or participle further on (that one belongs to what follows). Immutable apart
 * from its reusable word buffer; one per pass.
 */
final class TrailingCues {

  /** How many words after a quotation a trailing cue may come. */
  static final int WORDS = 12;
  private static final int CHARS = 400;
  private static final String MA = "\u0645\u0627";
  /** لما, "to what": ما with the ل of an adverb in ـا (وفقا لما صرح به الوزير). */
  private static final String FI = "\u0641\u064A";
  private static final String LI_MA = "\u0644\u0645\u0627";
  private static final String KAMA = "\u0643\u0645\u0627";
  private static final String HADHA = "\u0647\u0630\u0627";
  private static final String HAKADHA = "\u0647\u0643\u0630\u0627";
  private static final char AIN = '\u0639';
  private static final char HEH = '\u0647';

  /**
   * A cue found after a quotation.
   *
   * @param cue the cue's span
   * @param speaker the speaker it names, or null when it names none (the speaker is implicit)
   * @param reported true for "according to what X reported" (وفق ما كشفت، حسبما أفادت): it
   *     gives the sentence to its source, not necessarily the quoted words
   */
  record Found(Span cue, Span speaker, boolean reported) {

    Found(Span cue, Span speaker) {
      this(cue, speaker, false);
    }
  }

  private final String text;
  private final int n;
  private final CueLexicon lexicon;
  private final List<Pairing.Segment> segments;
  private final SpeakerFinder speakers;
  private final RecentWords recent = new RecentWords();

  TrailingCues(
      String text, CueLexicon lexicon, List<Pairing.Segment> segments, SpeakerFinder speakers) {
    this.text = text;
    this.n = text.length();
    this.lexicon = lexicon;
    this.segments = segments;
    this.speakers = speakers;
  }

  /**
   * Returns the cue after segment {@code s}, or null.
   *
   * @param nextSegment the index of the first segment after {@code s} and those nested in it
   */
  Found after(Pairing.Segment s, int nextSegment) {
    if (endsWithFullStop(s)) {
      return null; // "...نريد اجتماعات مثمرة." يجادل المؤيدون: the next sentence's verb, not this one's
    }
    int i = s.end();
    int limit = Math.min(n, i + CHARS);
    int words = 0;
    boolean first = true;
    int seg = nextSegment;
    boolean comma = false;
    recent.clear();
    while (i < limit && words < WORDS) {
      if (seg < segments.size() && segments.get(seg).open() == i) {
        int end = segments.get(seg).end();
        while (seg < segments.size() && segments.get(seg).open() < end) {
          seg++;
        }
        i = end;
        words++;
        first = false;
        continue;
      }
      char c = text.charAt(i);
      if (QuotePairer.isParagraphBreak(c) || QuotePairer.endsSentence(text, i)) {
        return null;
      }
      if (!ArabicWords.isWordChar(c)) {
        comma |= c == ArabicCharacters.ARABIC_COMMA || c == ',';
        i++;
        continue;
      }
      boolean afterComma = comma;
      comma = false;
      int b = i;
      int e = wordEnd(i);
      recent.push(b, e);
      if (first && (ArabicWords.sameWordAs(text, b, e, HADHA)
          || (ArabicWords.fold(text.charAt(b)) == ArabicCharacters.WAW
              && ArabicWords.sameWordAs(text, b + 1, e, HADHA)))) {
        Found said = thisIsWhat(b, e);
        if (said != null) {
          return said;
        }
      }
      int f = lexicon.flags(text, b, e);
      if ((f & CueLexicon.BREAK_END) != 0 && recent.scopeBreakLength(text, lexicon) >= 0) {
        return null;
      }
      if ((f & CueLexicon.PHRASE_CUE_END) != 0) {
        int k = recent.phraseCueLength(text, lexicon);
        if (k >= 0) {
          return new Found(new Span(recent.beginBack(k), e), speakers.nounAfter(e));
        }
      }
      if ((f & CueLexicon.SOURCE) != 0) {
        return source(b, e);
      }
      if (isSourceWithMa(b, e)) {
        return verbSource(b, e, e);
      }
      boolean exactVerb =
          (f & CueLexicon.VERB) != 0 && (lexicon.exactFlags(text, b, e) & CueLexicon.VERB) != 0;
      if (exactVerb && first) {
        return new Found(new Span(b, e), speakers.after(e));
      }
      if (exactVerb && afterComma) {
        Span speaker = speakers.after(e);
        return speaker == null ? null : new Found(new Span(b, e), speaker);
      }
      if (first
          && (ArabicWords.sameWordAs(text, b, e, KAMA)
              || ArabicWords.sameWordAs(text, b, e, HAKADHA))) {
        Found asSaid = verbAfter(b, e);
        if (asSaid != null) {
          return asSaid;
        }
      }
      if ((f & (CueLexicon.VERB | CueLexicon.PARTICIPLE)) != 0) {
        return null;
      }
      first = false;
      words++;
      i = e;
    }
    return null;
  }

  /**
   * Returns true when the quoted words end with a full stop inside the marks: their sentence is
   * over, and a verb after the closing mark opens the next one.
   */
  private boolean endsWithFullStop(Pairing.Segment s) {
    int e = s.contentEnd();
    while (e > s.contentBegin() && QuotePairer.isSpace(text.charAt(e - 1))) {
      e--;
    }
    return e > s.contentBegin() && text.charAt(e - 1) == '.'
        && (e - 1 == s.contentBegin() || text.charAt(e - 2) != '.');
  }

  /**
   * وفق ما كشفت السفارة، بحسب ما قاله الوزير، بحسب ما صرح به المتحدث: the "according to" word, ما
   * and the verb are the cue (the guidelines' attribution expression), the verb's subject the
   * speaker, a resumptive به or عنه skipped; بحسب الوكالة: the word is the cue. Whatever verb
   * follows ما reports (بحسب ما جاء في البيان، وفق ما نشرته الصحيفة); only a stop word there (وفق
   * ما هو متبع) makes no attribution. After an adverb in ـا, لما is read as ما (وفقا لما صرح به
   * الوزير → cue وفقا لما صرح, speaker الوزير): ما, a function word, is never the speaker.
   */
  private Found source(int b, int e) {
    int vb = wordAfter(e, MA);
    if (vb < 0 && SourcePrepositions.cueEnd(text, lexicon, b, e) > e) {
      vb = wordAfter(e, LI_MA); // وفقا لما صرح به الوزير: ما with the ل the adverb takes
    }
    if (vb < 0) {
      return new Found(
          new Span(b, SourcePrepositions.cueEnd(text, lexicon, b, e)), speakers.afterSource(e));
    }
    return verbSource(b, e, vb);
  }

  /**
   * Returns the attribution whose verb starts at {@code vb} (spaces skipped), its cue from {@code
   * b}, or null when no verb is there.
   */
  private Found verbSource(int b, int e, int vb) {
    while (vb < n && QuotePairer.isSpace(text.charAt(vb))) {
      vb++;
    }
    int ve = wordEnd(vb);
    if (ve == vb) {
      return null;
    }
    if ((lexicon.exactFlags(text, vb, ve) & CueLexicon.STOP) != 0) {
      return null; // وفق ما هو متبع: no verb, no attribution
    }
    int p = pastResumptive(ve);
    Span speaker = speakers.after(p);
    if (speaker == null) {
      int fi = wordAfter(p, FI);
      // وفقا لما أوردته «عكاظ»: the name without its marks; بحسب ما جاء في البيان: the text
      speaker = fi >= 0 ? speakers.after(fi) : speakers.quotedAfter(p);
    }
    return new Found(new Span(b, ve), speaker, true);
  }

  /**
   * Returns true for an "according to" word with ما written onto it: حسبما أفادت الوكالة. The
   * word without ما must be one of the list exactly, so that a word that merely ends in ما is
   * not taken.
   */
  private boolean isSourceWithMa(int b, int e) {
    int last = ArabicWords.lastKept(text, b, e);
    int m = ArabicWords.lastKept(text, b, last);
    return m > b
        && ArabicWords.fold(text.charAt(last)) == ArabicCharacters.ALEF
        && ArabicWords.fold(text.charAt(m)) == ArabicCharacters.MEEM
        && (lexicon.exactFlags(text, b, m) & CueLexicon.SOURCE) != 0;
  }

  /** Returns the offset past a resumptive به، بها، عنه or عنها after {@code pos}, else pos. */
  private int pastResumptive(int pos) {
    int b = pos;
    while (b < n && QuotePairer.isSpace(text.charAt(b))) {
      b++;
    }
    int e = wordEnd(b);
    char first = e > b ? ArabicWords.firstKeptChar(text, b, e) : 0;
    return e > b && ArabicWords.foldedLength(text, b, e) <= 4
        && (first == ArabicCharacters.BEH || first == AIN)
        && (lexicon.exactFlags(text, b, e) & CueLexicon.STOP) != 0
        ? e
        : pos;
  }

  /**
   * «...»، هذا ما قاله الوزير: هذا، ما and a speech verb are the cue, the verb's subject the
   * speaker; none when no speech verb follows ما (هذا ما نعرفه: the writer's comment).
   */
  private Found thisIsWhat(int b, int e) {
    int vb = wordAfter(e, MA);
    if (vb < 0 || !isSpeechVerb(vb, wordEnd(vb))) {
      return null;
    }
    return verbSource(b, e, vb);
  }

  /**
   * Returns true for a speech verb, alone or with the object pronoun ه or ها that refers back to
   * ما: قال، قاله، قالته، أكدها.
   */
  private boolean isSpeechVerb(int vb, int ve) {
    if ((lexicon.flags(text, vb, ve) & CueLexicon.VERB) != 0) {
      return true;
    }
    int last = ArabicWords.lastKept(text, vb, ve);
    int heh = ArabicWords.fold(text.charAt(last)) == ArabicCharacters.ALEF
        ? ArabicWords.lastKept(text, vb, last)
        : last;
    return heh > vb && text.charAt(heh) == HEH
        && (lexicon.flags(text, vb, heh) & CueLexicon.VERB) != 0;
  }

  /** كما قال الوزير، هكذا قال: the particle and the verb are the cue, when a speech verb follows. */
  private Found verbAfter(int kamaBegin, int kamaEnd) {
    int vb = kamaEnd;
    while (vb < n && QuotePairer.isSpace(text.charAt(vb))) {
      vb++;
    }
    int ve = wordEnd(vb);
    if (ve == vb || (lexicon.exactFlags(text, vb, ve) & CueLexicon.VERB) == 0) {
      return null;
    }
    return new Found(new Span(kamaBegin, ve), speakers.after(ve));
  }

  private int wordEnd(int b) {
    return ArabicWords.wordEnd(text, b, n);
  }

  /** Returns the start of the word after the word {@code folded} following pos, or -1. */
  private int wordAfter(int pos, String folded) {
    int b = pos;
    while (b < n && QuotePairer.isSpace(text.charAt(b))) {
      b++;
    }
    int e = wordEnd(b);
    if (e == b || !ArabicWords.sameWordAs(text, b, e, folded)) {
      return -1;
    }
    int v = e;
    while (v < n && QuotePairer.isSpace(text.charAt(v))) {
      v++;
    }
    return v < n && ArabicWords.isWordChar(text.charAt(v)) ? v : -1;
  }
}
