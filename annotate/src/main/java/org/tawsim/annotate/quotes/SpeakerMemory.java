/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Span;
import org.tawsim.core.text.ArabicCharacters;

/**
 * The most recent explicit speaker of a document, for the quotations whose own sentence names
 * nobody: a continuation (وأضاف: «...»، وتابع، ومضى قائلا), or a quotation standing alone.
 *
 * <p>Rule: an implicit speaker is the last explicit one, at its latest mention before the
 * quotation, so a surname repeated later (وجدد لافروف), or the given name written before it
 * earlier (معاذ الخلف ... قرر معاذ), is the span given, even paragraphs later.
 * Every explicit attribution replaces it, so a new subject ends the inheritance; so does a person
 * who opens a sentence, whatever its verb (رفض الرئيس السابق إدواردو فيلتزي الفكرة. «...»), found
 * by the entity layer or, without it, as a name set off by a comma ({@link SentenceTopics}). A
 * continuation whose verb's gender contradicts the most recent speaker goes to the one before
 * ({@link GenderAgreement}). The speaker is marked implicit when its mention lies before the quotation's sentence (وأشار الوزير إلى ...
 * وقال «...» names it in the same sentence).
 *
 * <pre>
 * قال سامي الأحمد إن الحوار ممكن. وأضاف «لن نتراجع»   → سامي الأحمد, implicit
 * </pre>
 *
 * <p>One per document; not thread-safe.
 */
final class SpeakerMemory {

  /** How far after a sentence's first word its subject's name may start, in characters. */
  private static final int SUBJECT_CHARS = 160;

  private final SpeakerFinder speakers;
  private final NameMentions names;
  private final SentenceTopics topics;
  private final String text;
  private final GenderAgreement genders;
  private Span last;
  private Entity lastEntity;
  /** The explicit speaker before the last one, for a cue whose gender the last one contradicts. */
  private Span previous;
  private Entity previousEntity;
  private GenderAgreement.Gender lastGender = GenderAgreement.Gender.UNKNOWN;
  private GenderAgreement.Gender previousGender = GenderAgreement.Gender.UNKNOWN;
  private Span lastName;
  /** The given name of the surname's person, in its mention or written before it earlier, or null. */
  private Span lastGiven;
  /** The latest words equal to the surname and to the given name read since the mention. */
  private Span seenName;
  private Span seenGiven;
  /** Where the current sentence starts: a speaker named in it is not implicit. */
  int sentenceStart;
  /** The start of the sentence whose subject was looked for last. */
  private int subjectSentence = -1;

  SpeakerMemory(String text, SpeakerFinder speakers, NameMentions names, GenderAgreement genders) {
    this.text = text;
    this.speakers = speakers;
    this.names = names;
    this.genders = genders;
    this.topics = new SentenceTopics(text, speakers);
  }

  /** Remembers an explicit mention as the most recent speaker. */
  void remember(Span mention) {
    remember(mention, null);
  }

  /**
   * Remembers an explicit mention as the most recent speaker, with the cue that names it.
   *
   * @param cue the cue, or null
   */
  void remember(Span mention, Span cue) {
    if (mention.equals(last)) {
      return;
    }
    previous = last;
    previousEntity = lastEntity;
    previousGender = lastGender;
    lastGender = genders.of(mention, cue);
    last = mention;
    lastEntity = speakers.link(mention);
    lastName = names.nameWord(mention);
    lastGiven =
        lastName == null
            ? null
            : names.givenName(
                mention, lastName, Math.max(0, lastName.begin() - SpeakerFinder.MENTION_WINDOW));
    seenName = null;
    seenGiven = null;
  }

  /**
   * Reads a word of the text outside quotations, in text order: a later mention of the speaker's
   * surname or given name is kept, so that an implicit speaker costs nothing to find.
   */
  void word(int b, int e) {
    if (subjectSentence != sentenceStart) {
      subjectSentence = sentenceStart;
      sentenceSubject(b, e);
    }
    if (lastName == null || b < last.end()) {
      return;
    }
    if (sameWord(b, e, lastName)) {
      seenName = new Span(b, e);
    } else if (lastGiven != null && sameWord(b, e, lastGiven)) {
      seenGiven = new Span(b, e);
    }
  }

  /**
   * Remembers the person a sentence opens with, as subject (بين نيوتون، الذي ...، يتوقع) or after
   * its first word (رفض الرئيس السابق إدواردو فيلتزي ...): a quotation standing alone later is
   * theirs, whatever the verb. Only a mention linked to a person counts.
   */
  private void sentenceSubject(int b, int e) {
    Entity first = speakers.link(new Span(b, e));
    if (first != null && EntityType.PER.equals(first.type()) && first.span().begin() == b) {
      remember(first.span());
      return;
    }
    if (!speakers.personStartsIn(e, e + SUBJECT_CHARS)) {
      // no person of the entity layer near the start: a name set off by a comma may still open it
      Span topic = topics.nameAtStart(b, e);
      if (topic != null && speakers.link(topic) == null) {
        remember(topic);
      }
      return;
    }
    Span after = speakers.after(e);
    Entity e2 = after == null ? null : speakers.link(after);
    if (e2 != null && EntityType.PER.equals(e2.type())) {
      remember(after);
    }
  }

  private boolean sameWord(int b, int e, Span name) {
    // the first letters first: most words differ there
    return ArabicWords.fold(text.charAt(b)) == ArabicWords.fold(text.charAt(name.begin()))
        && ArabicWords.sameWord(text, b, e, name.begin(), name.end());
  }

  /** Returns the speaker for an explicit mention, linked to its entity, and remembers it. */
  Speaker explicit(Span mention) {
    remember(mention);
    Entity e = lastEntity;
    return new Speaker(e != null ? spanOf(e, mention) : mention, e, false);
  }

  /**
   * Returns the explicit speaker when there is one, else the implicit one before {@code pos} that
   * agrees with the cue (see {@link #implicit(int, Span)}).
   */
  Speaker explicitOr(Span mention, Span cue, int pos) {
    return mention != null ? explicit(mention) : implicit(pos, cue);
  }

  /**
   * Returns the most recent explicit speaker, at its latest mention before {@code pos}; or the one
   * before it when the cue's gender contradicts the most recent one and not that one: قالت
   * الوزيرة ... وقال الخبير ... وأضافت «...» → الوزيرة.
   *
   * @param cue the quotation's cue, or null
   */
  Speaker implicit(int pos, Span cue) {
    if (last != null && last.end() <= pos && previous != null && previous.end() <= pos
        && genders.disagree(cue, lastGender) && !genders.disagree(cue, previousGender)) {
      Entity e = previousEntity;
      return new Speaker(
          e != null ? spanOf(e, previous) : previous, e, previous.begin() < sentenceStart);
    }
    return implicit(pos);
  }

  /** Returns the most recent explicit speaker, at its latest mention before {@code pos}. */
  Speaker implicit(int pos) {
    if (last == null || last.end() > pos) {
      return Speaker.NONE;
    }
    if (lastName != null) {
      Span m = latest(seenName, lastName, pos);
      Span given = lastGiven == null ? null : latest(seenGiven, lastGiven, pos);
      if (given != null && (m == null || given.begin() > m.begin())) {
        m = given; // معاذ الخلف ... وقال الخلف ... قرر معاذ «...»
      }
      if (m != null) {
        Entity e = speakers.link(m);
        return new Speaker(e != null ? spanOf(e, m) : m, e, m.begin() < sentenceStart);
      }
    }
    Entity e = lastEntity;
    return new Speaker(e != null ? spanOf(e, last) : last, e, last.begin() < sentenceStart);
  }

  /**
   * Returns the speaker's span: the entity a mention links to, with the title the mention puts
   * directly before it (guidelines §3): وزير الخارجية السوري وليد المعلم, السيد آدامز, where the
   * entity is the name alone. The title stays out when punctuation separates it from the name
   * (المتحدثة باسم الصليب الأحمر، أوليا أرياني → أوليا أرياني), or when the mention's words before
   * the name do not open with a title (a verb or a description the mention took in); what the
   * mention adds after the name (فارع المسلمي خبير الشؤون اليمنية) stays out too. A clitic the
   * entity layer glued to the name stays out (طبقا لترامب: the entity لترامب, the speaker
   * ترامب): when the entity starts inside the mention's first word, before the mention, the
   * speaker starts where the mention does.
   */
  private Span spanOf(Entity e, Span mention) {
    Span s = e.span();
    if (!s.overlaps(mention)) {
      return s;
    }
    if (s.begin() > mention.begin()) {
      int title = titleBefore(mention.begin(), s.begin());
      return title < 0 ? s : new Span(title, s.end());
    }
    for (int i = s.begin(); i < mention.begin(); i++) {
      if (!ArabicWords.isWordChar(text.charAt(i))) {
        return s; // the entity starts a word earlier: its whole name is the speaker
      }
    }
    return new Span(mention.begin(), s.end());
  }

  /**
   * Returns where the title phrase in [from, name) starts when it runs up to the name with no
   * punctuation between and opens with a title or role (وزير، السيد، الإعلامي), an attached و or
   * ف left out (والأمير بندر → الأمير بندر); else -1.
   */
  private int titleBefore(int from, int name) {
    for (int i = from; i < name; i++) {
      char c = text.charAt(i);
      if (!ArabicWords.isWordChar(c) && !QuotePairer.isSpace(c)) {
        return -1;
      }
    }
    int e = ArabicWords.wordEnd(text, from, name);
    if (speakers.isTitle(from, e)) {
      return from;
    }
    char c = ArabicWords.fold(text.charAt(from));
    boolean conjunction = c == ArabicCharacters.WAW || c == ArabicCharacters.FEH;
    return conjunction && e - from > 2 && speakers.isTitle(from + 1, e) ? from + 1 : -1;
  }

  /**
   * Returns the latest mention of {@code name} before {@code pos}: the one read, unless it lies
   * past {@code pos} (an indirect quotation closes after the words it holds), then a search back.
   */
  private Span latest(Span seen, Span name, int pos) {
    if (seen == null || seen.end() <= pos) {
      return seen;
    }
    return names.latestMention(name, last.end(), pos);
  }
}
