/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import org.tawsim.core.Entity;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.Quotation;
import org.tawsim.core.Span;
import org.tawsim.core.text.ArabicCharacters;

/**
 * One left-to-right pass over a document that types and attributes its quoted segments and finds
 * its indirect speech. The rules live in units of their own; this class reads the text and hands
 * each word and segment to them:
 *
 * <ul>
 *   <li>{@link CueWords}: which word is a cue, and the speaker it names;
 *   <li>{@link SentenceCues}: the cues of the current sentence, and which one a quotation takes;
 *   <li>{@link TrailingCues}: attribution after the quotation (، قال الوزير؛ بحسب الوكالة);
 *   <li>{@link SpeakerMemory}: the implicit speaker of continuations (وأضاف، وتابع);
 *   <li>{@link KindRules}: names, titles and terms, which are not speech;
 *   <li>{@link IndirectSpeech}: reported speech without marks;
 *   <li>{@link QuotedNames}: names and terms by their place in the document (quoted again, a
 *       subject before its clause, a number).
 * </ul>
 *
 * <p>Every step reads a bounded stretch of text, so the pass is linear in the text length.
 */
final class QuotationScanner {

  /** A quotation this long without a cue is still speech. */
  private static final int SPEECH_WORDS = 6;
  /** Two words, no clause, before a reported attribution: a name or a term (أوشان بنك). */
  private static final int REPORTED_NAME_WORDS = 2;
  /** A lone verb before a colon has at least this many letters, و or ف included: وزاد. */
  private static final int LONE_VERB_LETTERS = 4;

  private final String text;
  /** The characters of {@code text}, from 0 (the array may be longer), for the pass over them. */
  private final char[] chars;
  private final int n;
  private final List<Pairing.Segment> segments;
  private final KindRules kinds;
  private final SpeakerFinder speakers;
  private final SpeakerMemory memory;
  private final SentenceCues cues = new SentenceCues();
  private final CueWords cueWords;
  private final TrailingCues trailing;
  private final IndirectSpeech indirect;
  private final QuotedNames names;
  private final List<Quotation> out = new ArrayList<>();

  private int segIndex;
  /** The last top-level speech quotation, for the fragments that continue it, or null. */
  private Quotation lastSpeech;
  /** The last top-level quotation, for the names listed after it, or null. */
  private Quotation lastTop;

  QuotationScanner(
      String text, char[] chars, CueLexicon lexicon, Pairing pairing, List<Entity> entities) {
    this.text = text;
    this.chars = chars;
    this.n = text.length();
    this.segments = pairing.segments();
    this.speakers = new SpeakerFinder(text, lexicon, entities);
    this.kinds = new KindRules(text, lexicon);
    this.names = new QuotedNames(text, lexicon, kinds, segments);
    this.memory =
        new SpeakerMemory(
            text,
            speakers,
            new NameMentions(text, lexicon, speakers),
            new GenderAgreement(text, lexicon, speakers));
    this.indirect = new IndirectSpeech(text);
    this.cueWords = new CueWords(text, lexicon, speakers, cues, memory, this::closeIndirect);
    this.trailing = new TrailingCues(text, lexicon, segments, speakers);
  }

  /** Runs the pass and returns the quotations, in no particular order. */
  List<Quotation> scan() {
    char[] chars = this.chars;
    int i = 0;
    int nextOpen = nextOpen();
    while (i < n) {
      if (i == nextOpen) {
        i = segment();
        nextOpen = nextOpen();
        continue;
      }
      char c = chars[i];
      if (ArabicWords.isWordChar(c)) {
        int e = i + 1;
        while (e < n && ArabicWords.isWordChar(chars[e])) {
          e++;
        }
        word(i, e);
        i = e;
      } else if (c == ' ') {
        i++; // the commonest character between words
      } else if (QuotePairer.isParagraphBreak(c) || QuotePairer.endsSentence(text, i)) {
        endSentence(i);
        i++;
        cueWords.sentenceStart = i;
        memory.sentenceStart = i;
      } else {
        if (c == ArabicWords.COLON) {
          colon(i);
        } else if (c == ArabicCharacters.ARABIC_COMMA || c == ',') {
          cues.comma = true;
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

  // ---- words ---------------------------------------------------------------------------------

  private void word(int b, int e) {
    memory.word(b, e);
    switch (cueWords.read(b, e)) {
      case SCOPE_BREAK -> cues.reset();
      case COMPLEMENTIZER -> {
        complementizer(e);
        cueWords.countWord();
      }
      default -> {}
    }
  }

  /** The complementizer ending at {@code e} opens the content of the nearest open cue. */
  private void complementizer(int e) {
    Cue cue = cues.open();
    if (cue == null) {
      return;
    }
    cues.complementAll();
    if (cue.speaker != null) {
      memory.remember(cue.speaker, cue.span());
    }
    if (!indirect.isOpen() && !quotationFollows(e)) {
      indirect.open(cue, e);
    }
  }

  private void colon(int pos) {
    Cue cue = cues.open();
    if (cue == null) {
      cue = loneVerb(pos);
      if (cue == null) {
        return;
      }
      cues.add(cue);
    }
    cue.complement = true;
    if (cue.speaker != null) {
      memory.remember(cue.speaker, cue.span());
    }
  }

  /**
   * Returns a cue for a sentence that is one word with و or ف before a colon and a quotation, or
   * null: وواصل: «...»، واستطرد: «...». A continuation verb alone before the words it introduces is
   * a speech verb whatever its lexical meaning; it names nobody, so the speaker is implicit.
   */
  private Cue loneVerb(int colon) {
    RecentWords recent = cues.recent;
    if (cues.words != 1 || recent.count != 1 || !quotationFollows(colon + 1)) {
      return null;
    }
    int b = recent.beginBack(0);
    int e = recent.endBack(0);
    char first = ArabicWords.firstKeptChar(text, b, e);
    boolean conjoined = first == ArabicCharacters.WAW || first == ArabicCharacters.FEH;
    int rest = ArabicWords.firstKept(text, b, e) + 1;
    return conjoined
            && ArabicWords.foldedLength(text, b, e) >= LONE_VERB_LETTERS
            && !ArabicWords.hasArticle(text, rest, e)
        ? new Cue(Cue.Kind.VERB, b, e, 0, null)
        : null;
  }

  private boolean quotationFollows(int pos) {
    int b = pos;
    while (b < n && QuotePairer.isSpace(text.charAt(b))) {
      b++;
    }
    return segIndex < segments.size() && segments.get(segIndex).open() == b;
  }

  private void endSentence(int pos) {
    closeIndirect(pos);
    cues.reset();
  }

  /** Ends the open indirect quotation, if any, just before {@code end}. */
  private void closeIndirect(int end) {
    Quotation q = indirect.close(end, memory);
    if (q != null) {
      out.add(q);
    }
  }

  // ---- quoted segments -----------------------------------------------------------------------

  /** Handles the segment at segIndex and those nested in it; returns where the scan goes on. */
  private int segment() {
    Pairing.Segment s = segments.get(segIndex);
    int first = segIndex;
    if (s.unclosed()) {
      // a mark never closed in its paragraph pairs with nothing (the guidelines' unpaired mark):
      // its quotation is given only by keepingUnclosed(); the words after it are read as the
      // writer's, so their cues count (وأضاف: «...), and the segments after it are quotations of
      // their own (واستطرد بقوله: «...»)
      segIndex = first + 1;
      topLevel(s);
      return s.contentBegin();
    }
    int next = segIndex + 1;
    while (next < segments.size() && segments.get(next).open() < s.end()) {
      next++;
    }
    segIndex = next;
    topLevel(s);
    Quotation top = out.get(out.size() - 1);
    lastTop = top;
    if (top.kind() == QuoteKind.SPEECH) {
      lastSpeech = top;
    }
    for (int k = first + 1; k < next; k++) {
      nested(segments.get(k));
    }
    cues.words++;
    cues.comma = false;
    cueWords.lastSegmentEnd = s.end();
    return s.end();
  }

  private void nested(Pairing.Segment s) {
    KindRules.Content c = kinds.measure(s);
    QuoteKind kind =
        !kinds.isName(s, c)
                && !kinds.isPrepositionTerm(s, c)
                && (c.words() >= SPEECH_WORDS || kinds.afterColon(s) || kinds.isClause(s, c))
            ? QuoteKind.SPEECH
            : QuoteKind.OTHER;
    emit(s, kind, Speaker.NONE, null);
  }

  private void topLevel(Pairing.Segment s) {
    KindRules.Content c = kinds.measure(s);
    if (kinds.isName(s, c)
        || (!cues.isEmpty() && isNameAfterVerb(s, c, cues.last()))
        || speakers.entityCovering(s.content()) != null
        || isEpithet(s, c)
        || names.hasNoLetters(s)
        || names.isListed(s)
        || (!kinds.isClause(s, c) && names.isSubjectOfClause(s, c))
        || (kinds.isPrepositionTerm(s, c) && !attributedRightAfter(s))) {
      emit(s, QuoteKind.OTHER, Speaker.NONE, null); // «داعش»، "أوبك": an entity is a name
      return;
    }
    if (lastTop != null && lastTop.kind() == QuoteKind.OTHER
        && Fragments.joinsList(text, lastTop.span().end(), s.open())
        && c.words() <= KindRules.NAME_WORDS && !kinds.isClause(s, c)) {
      emit(s, QuoteKind.OTHER, Speaker.NONE, null); // بتهمة «دعم الإرهاب» و«تمويل ...»: one list
      return;
    }
    if (lastSpeech != null && Fragments.joins(text, lastSpeech.span().end(), s.open())) {
      Quotation q = lastSpeech; // «...»… «...»: one utterance, one speaker and cue
      emit(s, QuoteKind.SPEECH, new Speaker(q.speaker(), q.speakerEntity(), q.speakerImplicit()),
          q.cue());
      return;
    }
    SentenceCues.Choice choice = cues.choose(c.words() >= 3 || kinds.afterColonOrComma(s));
    Cue strong = choice.strong();
    // مؤسسة "كافل" ... منسوبي "كافل": a name; inside a report (إن ما يحدث لم يصل إلى ما عليه
    // "داعش") only a name, not the words a verb introduces (قالت له أمه "انتبه على نفسك")
    if ((strong == null || (strong.complement && names.isRepeatedName(s, c)))
        && !kinds.isClause(s, c) && names.isRepeated(c)) {
      emit(s, QuoteKind.OTHER, Speaker.NONE, null);
      return;
    }
    TrailingCues.Found after = trailing.after(s, segIndex);
    if (after != null && after.reported() && strong == null
        && (c.words() == REPORTED_NAME_WORDS || kinds.isOneDefiniteWord(c))
        && !kinds.afterColon(s) && !kinds.isClause(s, c) && !kinds.isNominalSentence(s, c)) {
      // خدمات بينها «آب ستور»، حسبما أفاد فلان: what was reported is the sentence; a name or a
      // term in it is not the words said. One indefinite word stays speech (فإنه «مستعد» للترشح
      // بحسب ما أكد فلان: an evaluative word of the report, as the guidelines have it), and so do
      // two that make a sentence («الوضع هادئ»، بحسب ما قاله فلان: the words said)
      after = null;
    }
    if (strong != null
        && (strong.speaker != null || after == null || after.speaker() == null
            || after.reported())) {
      // وأضاف أن «...»، وفقا لما نقلته الوكالة: the verb before the words gives them their speaker
      // (implicit here); the agency only reported them
      if (after != null && after.speaker() == null && !after.reported() && isPhrase(after.cue())
          && Fragments.adjoins(text, s.end(), after.cue().begin())) {
        // مؤكدة أن التحسينات «ممكنة»، على حد تعبيرها: the phrase beside the words is their cue
        attributeTo(s, strong, after.cue());
      } else {
        attributeTo(s, strong);
      }
      return;
    }
    // a cue after the quotation that names its source beats one before it that names nobody:
    // يشير إلى أن القضية «لم تكن معقدة»، كما قالت باز زاراتي
    if (after != null) {
      Speaker speaker = memory.explicitOr(after.speaker(), after.cue(), s.open());
      emit(s, QuoteKind.SPEECH, speaker, after.cue());
    } else if (choice.weak() != null) {
      attributeTo(s, choice.weak());
    } else if (choice.source() != null) {
      attributeTo(s, choice.source());
    } else if (c.words() >= SPEECH_WORDS || kinds.afterColon(s) || kinds.isClause(s, c)) {
      emit(s, QuoteKind.SPEECH, memory.implicit(s.open()), null);
    } else {
      emit(s, QuoteKind.OTHER, Speaker.NONE, null);
    }
  }

  /**
   * Returns true when a cue follows the segment with at most a comma between: ارتفع الإنفاق على
   * "التسليح"، وفقا للبيان. The writer then gives those very words to a source.
   */
  private boolean attributedRightAfter(Pairing.Segment s) {
    TrailingCues.Found after = trailing.after(s, segIndex);
    return after != null && Fragments.adjoins(text, s.end(), after.cue().begin());
  }

  /** Returns true for a cue of several words: على حد تعبيره، كما قال. */
  private boolean isPhrase(Span cue) {
    for (int i = cue.begin(); i < cue.end(); i++) {
      if (!ArabicWords.isWordChar(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns true for one word with the article in marks right after a named entity: an epithet or
   * an acronym beside the name (وزير الخارجية كيسنجر "الثعلب"، منظمة الأمم المتحدة للتربية
   * والعلوم والثقافة «اليونيسكو»), not words said.
   */
  private boolean isEpithet(Pairing.Segment s, KindRules.Content c) {
    if (!kinds.isOneDefiniteWord(c)) {
      return false;
    }
    Span before = kinds.wordBefore(s);
    return before != null && speakers.entityCovering(before) != null;
  }

  /**
   * Returns true when a short quotation stands right after a speech verb or the speaker it names,
   * with no complement, and the sentence goes on after it: then it is a name, the subject or an
   * apposition (قال «مكتب أخبار سوريا» إن، أعلنت "سامسونج" الاندماج، توقعت مؤسسة النقد "ساما"،
   * أن), not the words said (وقال الوزير "نعم نحن هنا".).
   */
  private boolean isNameAfterVerb(Pairing.Segment s, KindRules.Content c, Cue q) {
    if (q.kind != Cue.Kind.VERB || q.complement || kinds.afterColonOrComma(s)
        || kinds.isClause(s, c)) {
      return false; // وقال الوزير «نحن مستعدون» ثم غادر: a clause, the words said
    }
    // يعتبر سعر سهم "طيبة القابضة" الجاري: the noun after the verb, speaker or object
    Span after = q.speaker != null && q.speaker.begin() >= q.end ? q.speaker : q.object;
    if (c.words() > (after != null ? 2 : 3)) {
      return false;
    }
    int last = after != null ? after.end() : q.end;
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
            || text.charAt(j) == ArabicCharacters.ARABIC_COMMA
            || text.charAt(j) == ',');
  }

  private void attributeTo(Pairing.Segment s, Cue q) {
    attributeTo(s, q, q.span());
  }

  /** Attributes the segment to the speaker of {@code q}, with {@code cue} as its cue. */
  private void attributeTo(Pairing.Segment s, Cue q, Span cue) {
    if (q.speaker != null && s.span().contains(q.speaker)) {
      emit(s, QuoteKind.OTHER, Speaker.NONE, null); // بحسب «سانا»: the source's name, in marks
      return;
    }
    Speaker speaker =
        q.passive ? Speaker.NONE : memory.explicitOr(q.speaker, q.span(), q.begin);
    emit(s, QuoteKind.SPEECH, speaker, cue);
  }

  private void emit(Pairing.Segment s, QuoteKind kind, Speaker speaker, Span cue) {
    Quotation q =
        new Quotation(
            s.span(),
            s.content(),
            kind,
            s.unclosed(),
            speaker.span(),
            cue,
            speaker.entity(),
            speaker.implicit());
    out.add(q);
  }
}
