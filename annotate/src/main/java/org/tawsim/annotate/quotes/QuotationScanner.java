package org.tawsim.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import org.tawsim.core.Entity;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.Quotation;
import org.tawsim.core.Span;

/**
 * One left-to-right pass over a document that types and attributes its quoted segments and finds
 * its indirect speech.
 *
 * <p>The pass reads words outside quotations and keeps, for the current sentence, the cues seen
 * so far (speech verbs, participles, noun cues, "according to" words) with the speaker each names.
 * At a quoted segment it picks the cue:
 *
 * <ol>
 *   <li>the nearest <em>strong</em> cue before it: a participle (مضيفا), a cue whose complement
 *       (أن، إن، a colon) came before the quotation, or a speech verb at most ten words before a
 *       quotation of three words or more, or one after a colon or comma (قال الوزير "...");
 *   <li>else a cue just after it: "according to" (، وفق ما كشفت السفارة؛ ، بحسب الوكالة), a speech
 *       verb right after it (، قال الوزير), or a phrase (على حد تعبيره);
 *   <li>else the nearest weak cue before it (a verb with no complement, a noun cue), else an
 *       "according to" before it.
 * </ol>
 *
 * <p>The scope of cues ends at the end of a sentence and at phrases that return to the writer's
 * narration (في إشارة إلى). A cue that names nobody (وأضاف أن) takes the most recent explicit
 * speaker, at its latest mention before the cue (the surname repeated: وجدد لافروف). A speech cue
 * followed by a complementizer that does not open a quotation starts an {@link QuoteKind#INDIRECT}
 * quotation, which runs to the end of the sentence or to the next report joined by a comma or a
 * conjunction.
 *
 * <p>Every step reads a bounded stretch of text, so the pass is linear in the text length.
 */
final class QuotationScanner {

  private static final int MAX_CUES = 8;
  private static final int RING = 6;
  /** Cues further back than this many words are out of scope. */
  private static final int CUE_REACH = 40;
  /** A complementizer belongs to a cue at most this many words before it. */
  private static final int COMPLEMENT_REACH = 15;
  /** A noun cue takes its complement closer: اتهامات واشنطن بأن ... */
  private static final int NOUN_COMPLEMENT_REACH = 6;
  /** A speech verb this close before a quotation introduces it directly. */
  private static final int DIRECT_REACH = 10;
  /** A quotation this long without a cue is still speech. */
  private static final int SPEECH_WORDS = 6;
  /** How many words after a quotation a trailing cue may come. */
  private static final int TRAILING_WORDS = 12;
  private static final int TRAILING_CHARS = 400;

  private static final String MA = "\u0645\u0627";
  private static final String FI = "\u0641\u064A";
  private static final String AN = "\u0639\u0646";

  private enum CueKind {
    VERB,
    PARTICIPLE,
    SOURCE,
    NOUN,
    SAYING,
    PHRASE
  }

  /** A cue in the current sentence. */
  private static final class Cue {
    final CueKind kind;
    final int begin;
    final int end;
    final int word;
    final Span speaker;
    boolean complement;

    Cue(CueKind kind, int begin, int end, int word, Span speaker) {
      this.kind = kind;
      this.begin = begin;
      this.end = end;
      this.word = word;
      this.speaker = speaker;
    }
  }

  /** A speaker found for a quotation: mention and entity, both may be null. */
  private record Speaker(Span span, Entity entity) {
    static final Speaker NONE = new Speaker(null, null);
  }

  private final CharSequence text;
  private final int n;
  private final CueLexicon lexicon;
  private final List<Pairing.Segment> segments;
  private final SpeakerFinder speakers;
  private final KindRules kinds;
  private final List<Quotation> out = new ArrayList<>();

  private int segIndex;
  private int lastSegmentEnd;
  // the current sentence
  private int sentenceStart;
  private final Cue[] cues = new Cue[MAX_CUES];
  private int cueCount;
  private int wordCount;
  private int lastAnEnd = -1;
  private int lastCopulaEnd = -1;
  private boolean comma;
  private final int[] ringBegin = new int[RING];
  private final int[] ringEnd = new int[RING];
  private int ringCount;
  // an indirect quotation waiting for its end
  private Cue pending;
  private int pendingStart;
  // the most recent explicit speaker
  private Span lastSpeaker;
  private Entity lastSpeakerEntity;
  private Span lastSpeakerName;

  QuotationScanner(
      CharSequence text, CueLexicon lexicon, Pairing pairing, List<Entity> entities) {
    this.text = text;
    this.n = text.length();
    this.lexicon = lexicon;
    this.segments = pairing.segments();
    this.speakers = new SpeakerFinder(text, lexicon, entities);
    this.kinds = new KindRules(text, lexicon);
  }

  /** Runs the pass and returns the quotations, in no particular order. */
  List<Quotation> scan() {
    int i = 0;
    int nextOpen = nextOpen();
    while (i < n) {
      if (i == nextOpen) {
        i = segment();
        nextOpen = nextOpen();
        continue;
      }
      char c = text.charAt(i);
      if (ArabicWords.isWordChar(c)) {
        int e = i + 1;
        while (e < n && ArabicWords.isWordChar(text.charAt(e))) {
          e++;
        }
        word(i, e);
        i = e;
      } else if (c == ' ') {
        i++; // the commonest character between words
      } else if (QuotePairer.isParagraphBreak(c)) {
        endSentence(i);
        i++;
        sentenceStart = i;
      } else if (endsSentence(i)) {
        endSentence(i);
        i++;
        sentenceStart = i;
      } else {
        if (c == ArabicWords.COLON) {
          colon();
        } else if (c == ArabicWords.ARABIC_COMMA || c == ',') {
          comma = true;
        }
        i++;
      }
    }
    endSentence(n);
    return out;
  }

  private int nextOpen() {
    return segIndex < segments.size() ? segments.get(segIndex).open() : Integer.MAX_VALUE;
  }

  private boolean endsSentence(int i) {
    char c = text.charAt(i);
    if (c != '.' && c != '!' && c != '?' && c != ArabicWords.ARABIC_QUESTION_MARK && c != '\u2026') {
      return false;
    }
    if (i + 1 >= n) {
      return true;
    }
    char next = text.charAt(i + 1);
    return QuotePairer.isSpace(next) || QuotePairer.isParagraphBreak(next);
  }

  // ---- words and cues ------------------------------------------------------------------------

  private void word(int b, int e) {
    if (ringCount == RING) {
      System.arraycopy(ringBegin, 1, ringBegin, 0, RING - 1);
      System.arraycopy(ringEnd, 1, ringEnd, 0, RING - 1);
      ringCount--;
    }
    ringBegin[ringCount] = b;
    ringEnd[ringCount] = e;
    ringCount++;
    boolean afterComma = comma;
    comma = false;
    int f = lexicon.flags(text, b, e);
    if (f != 0) {
      if ((f & CueLexicon.BREAK_END) != 0) {
        int k = lexicon.scopeBreakLength(text, ringBegin, ringEnd, ringCount);
        if (k >= 0) {
          closePending(ringBegin[ringCount - 1 - k]);
          resetScope();
          return;
        }
      }
      if ((f & CueLexicon.PHRASE_CUE_END) != 0) {
        int k = lexicon.phraseCueLength(text, ringBegin, ringEnd, ringCount);
        if (k >= 0) {
          addCue(new Cue(CueKind.PHRASE, ringBegin[ringCount - 1 - k], e, wordCount, null));
          wordCount++;
          return;
        }
      }
      if ((f & CueLexicon.COMPLEMENTIZER) != 0) {
        complementizer(e);
      } else if ((f & CueLexicon.CUE) != 0) {
        cueWord(b, e, f, afterComma);
      } else if ((f & CueLexicon.TEXT_VERB) != 0) {
        textVerb(b, e);
      }
      if ((f & CueLexicon.COPULA) != 0) {
        lastCopulaEnd = e;
      }
    }
    if (e - b <= 4 && ArabicWords.sameWordAs(text, b, e, AN)) {
      lastAnEnd = e;
    }
    wordCount++;
  }

  private void cueWord(int b, int e, int f, boolean afterComma) {
    CueKind kind;
    if ((f & CueLexicon.VERB) != 0) {
      kind = CueKind.VERB;
    } else if ((f & CueLexicon.PARTICIPLE) != 0) {
      kind = CueKind.PARTICIPLE;
    } else if ((f & CueLexicon.SAYING) != 0) {
      kind = CueKind.SAYING;
    } else if ((f & CueLexicon.SOURCE) != 0) {
      kind = CueKind.SOURCE;
    } else {
      kind = CueKind.NOUN;
    }
    boolean conjunction = (lexicon.exactFlags(text, b, e) & CueLexicon.CUE) == 0;
    if ((kind == CueKind.VERB || kind == CueKind.PARTICIPLE)
        && !conjunction
        && ringCount >= 2
        && (lexicon.exactFlags(text, ringBegin[ringCount - 2], ringEnd[ringCount - 2])
                & CueLexicon.PREPOSITION) != 0
        && ringEnd[ringCount - 2] < b) {
      return; // دون ذكر الأدلة: after a preposition the word is a verbal noun
    }
    if (pending != null && (afterComma || conjunction || kind == CueKind.PARTICIPLE)) {
      closePending(b);
    }
    Span speaker = null;
    switch (kind) {
      case VERB:
        speaker = speakers.after(e);
        if (speaker == null) {
          speaker = speakers.before(b, Math.max(sentenceStart, lastSegmentEnd));
        }
        if (speaker == null && insideReport()) {
          return; // صرح بأنه لا يرى أنه "...": the same speaker goes on; the outer verb is the cue
        }
        if (speaker == null && lastCopulaEnd >= sentenceStart && lastCopulaEnd > 0) {
          speaker = speakers.after(lastCopulaEnd);
        }
        break;
      case PARTICIPLE:
        speaker = verbSpeaker(); // وأضاف الوزير قائلا: the participle goes on with the verb's speaker
        break;
      case SOURCE:
        if (nextWordIs(e, MA)) {
          return; // وفق ما كشفت: the verb is the cue
        }
        speaker = speakers.afterSource(e);
        break;
      case NOUN:
        if (ringCount >= 2
            && ArabicWords.sameWordAs(
                text, ringBegin[ringCount - 2], ringEnd[ringCount - 2], FI)) {
          return; // في تصريحات، في بيان: a channel, not a cue
        }
        speaker = speakers.after(e);
        break;
      case SAYING:
        if (lastAnEnd >= sentenceStart && lastAnEnd > 0) {
          speaker = speakers.after(lastAnEnd);
        }
        break;
      default:
        break;
    }
    addCue(new Cue(kind, b, e, wordCount, speaker));
  }

  /** وجاء في البيان: a cue whose speaker is the text named after في; no cue without في. */
  private void textVerb(int b, int e) {
    int fi = e;
    while (fi < n && QuotePairer.isSpace(text.charAt(fi))) {
      fi++;
    }
    int fe = fi;
    while (fe < n && ArabicWords.isWordChar(text.charAt(fe))) {
      fe++;
    }
    if (fe == fi || !ArabicWords.sameWordAs(text, fi, fe, FI)) {
      return;
    }
    if (pending != null) {
      closePending(b);
    }
    addCue(new Cue(CueKind.VERB, b, e, wordCount, speakers.after(fe)));
  }

  /** Returns the speaker the nearest speech verb of the sentence names, or null. */
  private Span verbSpeaker() {
    for (int k = cueCount - 1; k >= 0; k--) {
      if (cues[k].kind == CueKind.VERB) {
        return cues[k].speaker;
      }
    }
    return null;
  }

  /** Returns true when a cue of the sentence already took its complement. */
  private boolean insideReport() {
    for (int k = 0; k < cueCount; k++) {
      if (cues[k].complement && cues[k].kind != CueKind.SOURCE) {
        return true;
      }
    }
    return false;
  }

  private boolean nextWordIs(int pos, String folded) {
    int b = pos;
    while (b < n && QuotePairer.isSpace(text.charAt(b))) {
      b++;
    }
    int e = b;
    while (e < n && ArabicWords.isWordChar(text.charAt(e))) {
      e++;
    }
    return e > b && ArabicWords.sameWordAs(text, b, e, folded);
  }

  private void addCue(Cue cue) {
    if (cueCount == MAX_CUES) {
      System.arraycopy(cues, 1, cues, 0, MAX_CUES - 1);
      cueCount--;
    }
    cues[cueCount++] = cue;
  }

  /** The complementizer ending at {@code e} opens the content of the nearest open cue. */
  private void complementizer(int e) {
    Cue cue = openCue();
    if (cue == null) {
      return;
    }
    for (int k = 0; k < cueCount; k++) {
      cues[k].complement = true;
    }
    if (cue.speaker != null) {
      setLastSpeaker(cue.speaker);
    }
    if (pending == null && !quotationFollows(e)) {
      pending = cue;
      pendingStart = e;
    }
  }

  private void colon() {
    Cue cue = openCue();
    if (cue == null) {
      return;
    }
    cue.complement = true;
    if (cue.speaker != null) {
      setLastSpeaker(cue.speaker);
    }
  }

  /** Returns the nearest cue that may still take a complement, or null. */
  private Cue openCue() {
    for (int k = cueCount - 1; k >= 0; k--) {
      Cue c = cues[k];
      if (wordCount - c.word > COMPLEMENT_REACH) {
        return null;
      }
      if (c.kind == CueKind.NOUN && wordCount - c.word > NOUN_COMPLEMENT_REACH) {
        continue;
      }
      if (!c.complement && c.kind != CueKind.SOURCE && c.kind != CueKind.PHRASE) {
        return c;
      }
    }
    return null;
  }

  private boolean quotationFollows(int pos) {
    int b = pos;
    while (b < n && QuotePairer.isSpace(text.charAt(b))) {
      b++;
    }
    return segIndex < segments.size() && segments.get(segIndex).open() == b;
  }

  private void endSentence(int pos) {
    closePending(pos);
    resetScope();
  }

  private void resetScope() {
    cueCount = 0;
    wordCount = 0;
    lastAnEnd = -1;
    lastCopulaEnd = -1;
    ringCount = 0;
    comma = false;
  }

  /** Ends the pending indirect quotation just before {@code end} and emits it. */
  private void closePending(int end) {
    if (pending == null) {
      return;
    }
    Cue cue = pending;
    pending = null;
    int b = pendingStart;
    while (b < end && QuotePairer.isSpace(text.charAt(b))) {
      b++;
    }
    int e = end;
    while (e > b && isTrailingJunk(text.charAt(e - 1))) {
      e--;
    }
    // a lone conjunction left before the next report: "... جيد و أكد"
    if (e - b > 2 && QuotePairer.isSpace(text.charAt(e - 2))) {
      char last = text.charAt(e - 1);
      if (last == ArabicWords.WAW || last == ArabicWords.FEH) {
        e -= 2;
        while (e > b && isTrailingJunk(text.charAt(e - 1))) {
          e--;
        }
      }
    }
    if (e <= b) {
      return;
    }
    Speaker s = cue.speaker != null ? explicit(cue.speaker) : implicit(cue.begin);
    Span content = new Span(b, e);
    out.add(
        new Quotation(
            content, content, QuoteKind.INDIRECT, false, s.span(), new Span(cue.begin, cue.end),
            s.entity()));
  }

  private static boolean isTrailingJunk(char c) {
    return QuotePairer.isSpace(c)
        || QuotePairer.isParagraphBreak(c)
        || c == ArabicWords.ARABIC_COMMA
        || c == ','
        || c == ';'
        || c == ArabicWords.ARABIC_SEMICOLON
        || c == ArabicWords.COLON
        || c == '-'
        || c == '\u2013'
        || c == '\u2014';
  }

  // ---- speakers ------------------------------------------------------------------------------

  private void setLastSpeaker(Span mention) {
    if (mention.equals(lastSpeaker)) {
      return;
    }
    lastSpeaker = mention;
    lastSpeakerEntity = speakers.link(mention);
    lastSpeakerName = speakers.nameWord(mention);
  }

  private Speaker explicit(Span mention) {
    setLastSpeaker(mention);
    Entity e = lastSpeakerEntity;
    return new Speaker(e != null ? e.span() : mention, e);
  }

  /** The most recent explicit speaker, at its latest mention before {@code pos}. */
  private Speaker implicit(int pos) {
    if (lastSpeaker == null || lastSpeaker.end() > pos) {
      return Speaker.NONE;
    }
    if (lastSpeakerName != null) {
      Span m = speakers.latestMention(lastSpeakerName, lastSpeaker.end(), pos);
      if (m != null) {
        Entity e = speakers.link(m);
        return new Speaker(e != null ? e.span() : m, e);
      }
    }
    Entity e = lastSpeakerEntity;
    return new Speaker(e != null ? e.span() : lastSpeaker, e);
  }

  // ---- quoted segments -----------------------------------------------------------------------

  /** Handles the segment at segIndex and those nested in it; returns where the scan goes on. */
  private int segment() {
    Pairing.Segment s = segments.get(segIndex);
    int next = segIndex + 1;
    while (next < segments.size() && segments.get(next).open() < s.end()) {
      next++;
    }
    int first = segIndex;
    segIndex = next;
    topLevel(s);
    for (int k = first + 1; k < next; k++) {
      nested(segments.get(k));
    }
    wordCount++;
    comma = false;
    lastSegmentEnd = s.end();
    return s.end();
  }

  private void nested(Pairing.Segment s) {
    KindRules.Content c = kinds.measure(s);
    QuoteKind kind =
        !kinds.isName(s, c) && (c.words() >= SPEECH_WORDS || kinds.afterColon(s))
            ? QuoteKind.SPEECH
            : QuoteKind.OTHER;
    emit(s, kind, Speaker.NONE, null);
  }

  private void topLevel(Pairing.Segment s) {
    KindRules.Content c = kinds.measure(s);
    if (kinds.isName(s, c)) {
      emit(s, QuoteKind.OTHER, Speaker.NONE, null);
      return;
    }
    if (cueCount > 0 && isNameAfterVerb(s, c, cues[cueCount - 1])) {
      emit(s, QuoteKind.OTHER, Speaker.NONE, null);
      return;
    }
    if (isEntity(s)) {
      emit(s, QuoteKind.OTHER, Speaker.NONE, null);
      return;
    }
    Cue strong = null;
    Cue weak = null;
    Cue source = null;
    boolean direct = c.words() >= 3 || kinds.afterColonOrComma(s);
    for (int k = cueCount - 1; k >= 0; k--) {
      Cue q = cues[k];
      int between = wordCount - q.word - 1;
      if (between > CUE_REACH) {
        break;
      }
      switch (q.kind) {
        case PARTICIPLE:
          strong = strong == null ? q : strong;
          break;
        case VERB:
          if (q.complement || (between <= DIRECT_REACH && direct)) {
            strong = strong == null ? q : strong;
          } else {
            weak = weak == null ? q : weak;
          }
          break;
        case SAYING:
          if (q.complement) {
            strong = strong == null ? q : strong;
          } else {
            weak = weak == null ? q : weak;
          }
          break;
        case SOURCE:
          source = source == null ? q : source;
          break;
        default:
          weak = weak == null ? q : weak;
      }
    }
    if (strong != null) {
      attributeTo(s, strong);
      return;
    }
    if (trailing(s)) {
      return;
    }
    if (weak != null) {
      attributeTo(s, weak);
    } else if (source != null) {
      attributeTo(s, source);
    } else if (c.words() >= SPEECH_WORDS || kinds.afterColon(s)) {
      emit(s, QuoteKind.SPEECH, implicit(s.open()), null);
    } else {
      emit(s, QuoteKind.OTHER, Speaker.NONE, null);
    }
  }

  /**
   * Returns true when a short quotation stands right after a speech verb or the speaker it names,
   * with no complement, and the sentence goes on after it: then it is a name, the subject or an
   * apposition (قال «مكتب أخبار سوريا» إن، أعلنت "سامسونج" الاندماج، توقعت مؤسسة النقد "ساما"،
   * أن), not the words said (وقال الوزير "نعم نحن هنا".).
   */
  private boolean isNameAfterVerb(Pairing.Segment s, KindRules.Content c, Cue q) {
    if (q.kind != CueKind.VERB || q.complement || kinds.afterColonOrComma(s)) {
      return false;
    }
    boolean afterSpeaker = q.speaker != null && q.speaker.begin() >= q.end;
    if (c.words() > (afterSpeaker ? 2 : 3)) {
      return false;
    }
    int last = afterSpeaker ? q.speaker.end() : q.end;
    for (int i = last; i < s.open(); i++) {
      if (!QuotePairer.isSpace(text.charAt(i))) {
        return false;
      }
    }
    int j = s.end();
    while (j < n && QuotePairer.isSpace(text.charAt(j))) {
      j++;
    }
    return j < n
        && (ArabicWords.isWordChar(text.charAt(j))
            || text.charAt(j) == ArabicWords.ARABIC_COMMA
            || text.charAt(j) == ',');
  }

  /** Returns true when an entity of the document covers the quoted words: «داعش»، "أوبك". */
  private boolean isEntity(Pairing.Segment s) {
    Entity e = speakers.entityCovering(s.content());
    return e != null;
  }

  private void attributeTo(Pairing.Segment s, Cue q) {
    Speaker sp = q.speaker != null ? explicit(q.speaker) : implicit(q.begin);
    emit(s, QuoteKind.SPEECH, sp, new Span(q.begin, q.end));
  }

  /**
   * Looks for a cue just after the segment; emits the quotation and returns true when one is
   * found.
   */
  private boolean trailing(Pairing.Segment s) {
    int i = s.end();
    int limit = Math.min(n, i + TRAILING_CHARS);
    int words = 0;
    boolean first = true;
    int seg = segIndex;
    int[] rb = new int[RING];
    int[] re = new int[RING];
    int rc = 0;
    while (i < limit && words < TRAILING_WORDS) {
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
      if (QuotePairer.isParagraphBreak(c) || endsSentence(i)) {
        return false;
      }
      if (!ArabicWords.isWordChar(c)) {
        i++;
        continue;
      }
      int b = i;
      int e = i;
      while (e < n && ArabicWords.isWordChar(text.charAt(e))) {
        e++;
      }
      if (rc == RING) {
        System.arraycopy(rb, 1, rb, 0, RING - 1);
        System.arraycopy(re, 1, re, 0, RING - 1);
        rc--;
      }
      rb[rc] = b;
      re[rc] = e;
      rc++;
      int f = lexicon.flags(text, b, e);
      if ((f & CueLexicon.BREAK_END) != 0 && lexicon.scopeBreakLength(text, rb, re, rc) >= 0) {
        return false;
      }
      if ((f & CueLexicon.PHRASE_CUE_END) != 0) {
        int k = lexicon.phraseCueLength(text, rb, re, rc);
        if (k >= 0) {
          emit(s, QuoteKind.SPEECH, implicit(s.open()), new Span(rb[rc - 1 - k], e));
          return true;
        }
      }
      if ((f & CueLexicon.SOURCE) != 0) {
        int vb = wordAfter(e, MA);
        if (vb >= 0) {
          int ve = vb;
          while (ve < n && ArabicWords.isWordChar(text.charAt(ve))) {
            ve++;
          }
          if ((lexicon.flags(text, vb, ve) & CueLexicon.VERB) != 0) {
            Span sp = speakers.after(ve);
            emit(s, QuoteKind.SPEECH, sp != null ? explicit(sp) : implicit(s.open()),
                new Span(vb, ve));
            return true;
          }
          return false;
        }
        Span sp = speakers.afterSource(e);
        emit(s, QuoteKind.SPEECH, sp != null ? explicit(sp) : implicit(s.open()), new Span(b, e));
        return true;
      }
      if ((f & CueLexicon.VERB) != 0
          && first
          && (lexicon.exactFlags(text, b, e) & CueLexicon.VERB) != 0) {
        Span sp = speakers.after(e);
        emit(s, QuoteKind.SPEECH, sp != null ? explicit(sp) : implicit(s.open()), new Span(b, e));
        return true;
      }
      if ((f & (CueLexicon.VERB | CueLexicon.PARTICIPLE)) != 0) {
        return false;
      }
      first = false;
      words++;
      i = e;
    }
    return false;
  }

  /** Returns the start of the word after the word {@code folded} following pos, or -1. */
  private int wordAfter(int pos, String folded) {
    int b = pos;
    while (b < n && QuotePairer.isSpace(text.charAt(b))) {
      b++;
    }
    int e = b;
    while (e < n && ArabicWords.isWordChar(text.charAt(e))) {
      e++;
    }
    if (e == b || !ArabicWords.sameWordAs(text, b, e, folded)) {
      return -1;
    }
    int v = e;
    while (v < n && QuotePairer.isSpace(text.charAt(v))) {
      v++;
    }
    return v < n && ArabicWords.isWordChar(text.charAt(v)) ? v : -1;
  }

  private void emit(Pairing.Segment s, QuoteKind kind, Speaker speaker, Span cue) {
    out.add(
        new Quotation(
            s.span(), s.content(), kind, s.unclosed(), speaker.span(), cue, speaker.entity()));
  }
}
