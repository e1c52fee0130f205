/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import java.util.function.IntConsumer;
import org.tawsim.core.Span;
import org.tawsim.core.text.ArabicCharacters;

/**
 * Reads the words outside quotations and turns the cue words into {@link Cue}s of the sentence,
 * each with the speaker it names:
 *
 * <ul>
 *   <li>a speech verb: the noun phrase after it (وقال وزير الخارجية), else the subject before it
 *       (لكن الوزير أكد), the noun a relative pronoun before it stands for (بالوزير الذي قال →
 *       الوزير, see {@link RelativeSubjects}), else the subject after a copula (وكان السفير ... صرح); none when it
 *       names nobody (وأضاف أن: the speaker is then implicit);
 *   <li>a participle: the speaker of the sentence's verb (وأضاف الوزير قائلا);
 *   <li>an "according to" word: its source (بحسب الوكالة); with ما the verb after it is the cue;
 *   <li>a noun cue: the noun phrase after it (تصريحات الوزير), but no cue after في (في بيان) nor
 *       when what follows is no source (رسالة الدكتوراه);
 *   <li>a verbal noun of saying: the speaker after عن (ونقلت عن الوزير قوله); else, when a source
 *       follows, it is a verb with its object (وصفها هادي البحرة → هادي البحرة); else the speaker
 *       of the sentence's verb (وعلقت الوزيرة في مؤتمر صحفي بقولها);
 *   <li>a verb of texts with في: وجاء في البيان → the text named after في;
 *   <li>a fixed phrase: على حد تعبيره; with the noun phrase right after it, على حد قول الوزير.
 * </ul>
 *
 * <p>A cue word after a preposition or عدم is a verbal noun, not a cue (دون ذكر الأدلة، طلب عدم ذكر
 * اسمه). A speech verb inside words already reported, with no subject or its subject before it
 * (صرح بأنه لا يرى أنه «...»؛ قال الخبير إن دول الخليج ترى أن), is not a new cue; with و or ف it is
 * (وقالت إن ...، وأضافت: «...»), and so it is before a colon (حين قال له مخاطبا: «...»). After a
 * verb that takes an object ({@link WordList#OBJECT_VERBS}) a common noun without the article is
 * the object, not the speaker (وتستذكر تفاصيل من تلك المرحلة). A verb's explicit speaker becomes
 * the most recent speaker ({@link SpeakerMemory}) when it can be a source (not أكدت المحادثات
 * الوتيرة السريعة: an object after the verb). One per pass.
 */
final class CueWords {

  /** What a word was, for the scanner. */
  enum Result {
    /** Anything the scanner need not act on. */
    PLAIN,
    /** أن، إن: the nearest open cue takes its complement. */
    COMPLEMENTIZER,
    /** A phrase back to the writer's narration (في إشارة إلى): the sentence's cues are over. */
    SCOPE_BREAK
  }

  private static final String MA = "\u0645\u0627";
  /** لما: ما with the ل of an adverb in ـا (وفقا لما صرح). */
  private static final String LI_MA = "\u0644\u0645\u0627";
  private static final String FI = "\u0641\u064A";
  private static final String AN = "\u0639\u0646";
  private static final String KAMA = "\u0643\u0645\u0627";
  /** عدم, "not": طلب عدم ذكر اسمه. */
  private static final String ADAM = "\u0639\u062F\u0645";
  /** At most this many words between the speaker after عن and its قوله. */
  private static final int SAYING_GAP = 6;

  private final String text;
  private final int n;
  private final CueLexicon lexicon;
  private final SpeakerFinder speakers;
  private final RelativeSubjects relatives;
  private final SentenceCues cues;
  private final SpeakerMemory memory;
  /** Closes the open indirect quotation at an offset, when a new report starts. */
  private final IntConsumer closeIndirect;

  /** Where the current sentence starts. */
  int sentenceStart;
  /** Where the last quotation ended: a subject is not searched back across it. */
  int lastSegmentEnd;

  CueWords(
      String text,
      CueLexicon lexicon,
      SpeakerFinder speakers,
      SentenceCues cues,
      SpeakerMemory memory,
      IntConsumer closeIndirect) {
    this.text = text;
    this.n = text.length();
    this.lexicon = lexicon;
    this.speakers = speakers;
    this.relatives = new RelativeSubjects(text, lexicon, speakers);
    this.cues = cues;
    this.memory = memory;
    this.closeIndirect = closeIndirect;
  }

  /** Reads the word [b, e). */
  Result read(int b, int e) {
    RecentWords recent = cues.recent;
    recent.push(b, e);
    boolean afterComma = cues.comma;
    cues.comma = false;
    int f = lexicon.flags(text, b, e);
    Result result = Result.PLAIN;
    if (f != 0) {
      if ((f & CueLexicon.BREAK_END) != 0) {
        int k = recent.scopeBreakLength(text, lexicon);
        if (k >= 0) {
          closeIndirect.accept(recent.beginBack(k));
          return Result.SCOPE_BREAK;
        }
      }
      if ((f & CueLexicon.PHRASE_CUE_END) != 0) {
        int k = recent.phraseCueLength(text, lexicon);
        if (k >= 0) {
          cues.add(
              new Cue(Cue.Kind.PHRASE, recent.beginBack(k), e, cues.words, speakers.nounAfter(e)));
          cues.words++;
          return Result.PLAIN;
        }
      }
      if ((f & CueLexicon.COMPLEMENTIZER) != 0) {
        // سي إن إن: a letter of an acronym, no complementizer
        result = AcronymLetters.isLetter(text, recent) ? Result.PLAIN : Result.COMPLEMENTIZER;
      } else if ((f & CueLexicon.CUE) != 0) {
        cueWord(b, e, f, afterComma);
      } else if ((f & CueLexicon.TEXT_VERB) != 0) {
        textVerb(b, e);
      }
      if ((f & CueLexicon.COPULA) != 0) {
        cues.lastCopulaEnd = e;
      }
    }
    if ((f & CueLexicon.CUE) == 0 && e - b <= 6 && PassiveCues.isPassive(text, b, e)) {
      closeIndirect.accept(b);
      Cue passive = new Cue(Cue.Kind.VERB, b, e, cues.words, null);
      passive.passive = true; // وقيل «...»: a cue that names no one, and no one is inherited
      cues.add(passive);
    }
    if (e - b <= 4 && ArabicWords.sameWordAs(text, b, e, AN)) {
      cues.lastAnEnd = e;
    }
    if (result == Result.COMPLEMENTIZER) {
      return result; // the scanner counts the word once the cue has taken it
    }
    cues.words++;
    return result;
  }

  /** Counts a complementizer once the scanner has handled it. */
  void countWord() {
    cues.words++;
  }

  private void cueWord(int b, int e, int f, boolean afterComma) {
    Cue.Kind kind;
    if ((f & CueLexicon.VERB) != 0) {
      kind = Cue.Kind.VERB;
    } else if ((f & CueLexicon.PARTICIPLE) != 0) {
      kind = Cue.Kind.PARTICIPLE;
    } else if ((f & CueLexicon.SAYING) != 0) {
      kind = Cue.Kind.SAYING;
    } else if ((f & CueLexicon.SOURCE) != 0) {
      kind = Cue.Kind.SOURCE;
    } else {
      kind = Cue.Kind.NOUN;
    }
    RecentWords recent = cues.recent;
    boolean conjunction = (lexicon.exactFlags(text, b, e) & CueLexicon.CUE) == 0;
    if ((kind == Cue.Kind.VERB || kind == Cue.Kind.PARTICIPLE)
        && !conjunction
        && recent.count >= 2
        && ((lexicon.exactFlags(text, recent.beginBack(1), recent.endBack(1))
                & CueLexicon.PREPOSITION) != 0
            || ArabicWords.sameWordAs(text, recent.beginBack(1), recent.endBack(1), ADAM))
        && recent.endBack(1) < b) {
      // دون ذكر الأدلة، طلب عدم ذكر اسمه: after a preposition or عدم the word is a verbal noun
      return;
    }
    boolean asSaid =
        recent.count >= 2 && ArabicWords.sameWordAs(text, recent.beginBack(1), recent.endBack(1), KAMA);
    if (asSaid) {
      closeIndirect.accept(recent.beginBack(1)); // ...، كما قالت الخبيرة: a new attribution
    } else if (afterComma || conjunction || kind == Cue.Kind.PARTICIPLE) {
      closeIndirect.accept(b);
    }
    Span speaker = null;
    Span object = null;
    int end = e;
    switch (kind) {
      case VERB:
        if (cues.insideReport() && !conjunction && !speakers.colonFollows(e) && afterRelative(b)) {
          // قال إن ما أعلنت عنه الوزارة يؤكد ...، الذي أعلنت عنه المملكة: a verb of a relative
          // clause in the reported words names where a thing came from, it opens no report
          return;
        }
        int limit = Math.max(sentenceStart, lastSegmentEnd);
        if (!conjunction && !speakers.colonFollows(e) && describesOpenSpeaker(e)) {
          return;
        }
        // بالوزير الذي قال: the noun the relative pronoun stands for; else, a subject before a verb
        // with no conjunction beats the object after it: لكن الوزير أكد الاتفاق
        speaker = conjunction ? null : relatives.antecedent(b, limit);
        if (speaker == null && !conjunction) {
          speaker = speakers.clauseSubject(b, limit);
        }
        boolean subjectBefore = speaker != null;
        if (speaker == null && !isPlural(b, e)) {
          speaker = speakers.after(e);
          if (speaker != null && (f & CueLexicon.OBJECT_VERB) != 0
              && speakers.isIndefiniteObject(speaker)) {
            object = speaker; // وتستذكر تفاصيل من تلك المرحلة: the verb's object, not who speaks
            speaker = null;
          }
        }
        if (speaker == null) {
          speaker = speakers.before(b, limit);
          subjectBefore = speaker != null;
        }
        if (cues.insideReport() && (speaker == null || subjectBefore) && !conjunction
            && !speakers.colonFollows(e)) {
          // قال الخبير إن دول الخليج ترى أن ...: a verb of the words reported, not a new report;
          // صرح بأنه لا يرى أنه "...": the same speaker goes on, the outer verb is the cue.
          // With a conjunction it is a new report of the same speaker: وقالت إن ...، وأضافت: «...»;
          // so is a verb before a colon: ... حين قال له مخاطبا: «...»
          return;
        }
        if (speaker == null && cues.lastCopulaEnd >= sentenceStart && cues.lastCopulaEnd > 0) {
          speaker = speakers.after(cues.lastCopulaEnd);
        }
        if (speaker != null && speakers.isSource(speaker)) {
          // the latest explicit source, for the continuations after it
          memory.remember(speaker, new Span(b, e));
        }
        break;
      case PARTICIPLE:
        speaker = cues.verbSpeaker(); // وأضاف الوزير قائلا: the participle goes on with the verb's speaker
        break;
      case SOURCE:
        int ma = nextWordEnd(e, MA);
        if (ma < 0 && SourcePrepositions.cueEnd(text, lexicon, b, e) > e) {
          ma = nextWordEnd(e, LI_MA); // وفقا لما: ما with the ل the adverb takes
        }
        if (ma >= 0) {
          int vb = nextWordStart(ma);
          if (vb < 0
              || (lexicon.flags(text, vb, speakers.wordEnd(vb)) & (CueLexicon.CUE | CueLexicon.STOP))
                  != 0) {
            return; // وفق ما كشفت: the speech verb is the cue; وفق ما هو متبع: no attribution
          }
          // طبقا لما يراه الشيخ فلان، وفقا لما قاله: the expression with its verb is the cue, the
          // verb's subject the speaker
          end = speakers.wordEnd(vb);
          speaker = speakers.after(end);
          if (speaker == null) {
            speaker = speakers.quotedAfter(end); // وفقا لما أوردته «عكاظ»: the name, not words said
          }
          if (speaker == null) {
            return; // وفق ما ظهر في بيان: no subject, no attribution of the words
          }
          break;
        }
        speaker = speakers.afterSource(e);
        end = SourcePrepositions.cueEnd(text, lexicon, b, e); // نقلا عن الوزير: the expression
        break;
      case NOUN:
        if (recent.count >= 2
            && ArabicWords.sameWordAs(text, recent.beginBack(1), recent.endBack(1), FI)) {
          return; // في تصريحات، في بيان: a channel, not a cue
        }
        speaker = speakers.after(e);
        if (speaker != null && !speakers.isSource(speaker)) {
          return; // رسالة الدكتوراه: the noun's complement is no source, so the noun is no cue
        }
        break;
      case SAYING:
        if (cues.lastAnEnd >= sentenceStart && cues.lastAnEnd > 0) {
          speaker = speakers.after(cues.lastAnEnd); // ونقلت عن الوزير قوله
          if (speaker != null && !sameClause(speaker.end(), b)) {
            speaker = null; // الإعلان عن التقرير، بقولها: عن names the topic, not the source
          }
        }
        if (speaker == null) {
          Span next = speakers.after(e);
          if (next != null && speakers.isSource(next)) {
            kind = Cue.Kind.VERB; // وصفها هادي البحرة بـ«...»: a verb and its object, then the subject
            speaker = next;
            memory.remember(speaker);
          }
        }
        if (speaker == null) {
          speaker = cues.verbSpeaker(); // وعلقت الوزيرة ... بقولها: the verb's speaker goes on
        }
        break;
      default:
        break;
    }
    Cue cue = new Cue(kind, b, end, cues.words, speaker);
    cue.object = object;
    cues.add(cue);
  }

  /**
   * Returns true when the word before the one at {@code b} is a relative pronoun (الذي أعلنت عنه)
   * or ما after a complementizer (إن ما أعلنت عنه): the verb is in a relative clause. Not ما after
   * anything else (وهو ما شدد عليه الجبير، قائلا: the writer's attribution of what follows).
   */
  private boolean afterRelative(int b) {
    RecentWords recent = cues.recent;
    if (recent.count < 2 || recent.endBack(1) >= b) {
      return false;
    }
    int pb = recent.beginBack(1);
    int pe = recent.endBack(1);
    if (relatives.isRelative(pb, pe)) {
      return true;
    }
    return recent.count >= 3
        && ArabicWords.sameWordAs(text, pb, pe, MA)
        && (lexicon.exactFlags(text, recent.beginBack(2), recent.endBack(2))
            & CueLexicon.COMPLEMENTIZER) != 0;
  }

  /**
   * Returns true when a speech verb without و or ف ending at {@code e} is a verbal noun with its
   * object in the description of the speaker an open cue of the sentence names after it, and so
   * is no cue of its own: وقال مسؤول رفض ذكر اسمه «...» → the cue is وقال.
   */
  private boolean describesOpenSpeaker(int e) {
    Cue open = cues.open();
    if (open == null || open.kind != Cue.Kind.VERB || open.speaker == null
        || open.speaker.begin() < open.end || lastSegmentEnd > open.begin) {
      return false;
    }
    int next = nextWordStart(e);
    return next >= 0 && speakers.hasPronounSuffix(next, speakers.wordEnd(next));
  }

  /**
   * Returns true for a verb in the plural of the third person, past or present (قالوا، وأشادوا،
   * يقولون): its subject is its own pronoun, since a noun subject after the verb takes the singular
   * (قال المسؤولون), so the noun phrase after it is its object or complement, never the speaker
   * (وأشادوا بالإنجاز الكبير للوزارة).
   */
  private boolean isPlural(int b, int e) {
    int last = ArabicWords.lastKept(text, b, e);
    char z = ArabicWords.fold(text.charAt(last));
    char y = ArabicWords.fold(text.charAt(last - 1));
    return ArabicWords.foldedLength(text, b, e) >= 4 && y == ArabicCharacters.WAW
        && (z == ArabicCharacters.ALEF || z == ArabicCharacters.NOON);
  }

  /** وجاء في البيان: a cue whose speaker is the text named after في; no cue without في. */
  private void textVerb(int b, int e) {
    int fe = nextWordEnd(e, FI);
    if (fe < 0) {
      return;
    }
    closeIndirect.accept(b);
    cues.add(new Cue(Cue.Kind.VERB, b, e, cues.words, speakers.after(fe)));
  }

  /**
   * Returns true when only words and spaces, at most {@link #SAYING_GAP} words, lie between the
   * speaker after عن and its قوله: ونقلت الوكالة عن مسؤول كبير في الوزارة قوله.
   */
  private boolean sameClause(int from, int to) {
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (ArabicWords.isWordChar(c)) {
        if (!inWord && ++words > SAYING_GAP) {
          return false;
        }
        inWord = true;
      } else if (QuotePairer.isSpace(c)) {
        inWord = false;
      } else {
        return false;
      }
    }
    return true;
  }

  /** Returns the start of the word after {@code pos} (spaces skipped), or -1. */
  private int nextWordStart(int pos) {
    int b = pos;
    while (b < n && QuotePairer.isSpace(text.charAt(b))) {
      b++;
    }
    return b < n && ArabicWords.isWordChar(text.charAt(b)) ? b : -1;
  }

  private boolean nextWordIs(int pos, String folded) {
    return nextWordEnd(pos, folded) >= 0;
  }

  /** Returns the end of the word after {@code pos} (spaces skipped) when it is {@code folded}, else -1. */
  private int nextWordEnd(int pos, String folded) {
    int b = pos;
    while (b < n && QuotePairer.isSpace(text.charAt(b))) {
      b++;
    }
    int e = ArabicWords.wordEnd(text, b, n);
    return e > b && ArabicWords.sameWordAs(text, b, e, folded) ? e : -1;
  }
}
