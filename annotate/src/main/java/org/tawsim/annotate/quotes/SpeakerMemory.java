package org.tawsim.annotate.quotes;

import org.tawsim.core.Entity;
import org.tawsim.core.Span;

/**
 * The most recent explicit speaker of a document, for the quotations whose own sentence names
 * nobody: a continuation (وأضاف: «...»، وتابع، ومضى قائلا), or a quotation standing alone.
 *
 * <p>Rule: an implicit speaker is the last explicit one, at its latest mention before the
 * quotation, so a surname repeated later (وجدد لافروف), or the given name written before it
 * earlier (معاذ الخلف ... قرر معاذ), is the span given, even paragraphs later.
 * Every explicit attribution replaces it, so a new subject ends the inheritance. The speaker is
 * marked implicit when its mention lies before the quotation's sentence (وأشار الوزير إلى ...
 * وقال «...» names it in the same sentence).
 *
 * <pre>
 * قال سامي الأحمد إن الحوار ممكن. وأضاف «لن نتراجع»   → سامي الأحمد, implicit
 * </pre>
 *
 * <p>One per document; not thread-safe.
 */
final class SpeakerMemory {

  private final SpeakerFinder speakers;
  private final NameMentions names;
  private Span last;
  private Entity lastEntity;
  private Span lastName;
  /** The given name written before the surname earlier in the text, or null. */
  private Span lastGiven;
  private boolean givenLooked;
  /** The latest mentions found so far, each searched once over the text (the pass is linear). */
  private final Latest latestSurname = new Latest();
  private final Latest latestGiven = new Latest();
  /** Where the current sentence starts: a speaker named in it is not implicit. */
  int sentenceStart;

  SpeakerMemory(SpeakerFinder speakers, NameMentions names) {
    this.speakers = speakers;
    this.names = names;
  }

  /** Remembers an explicit mention as the most recent speaker. */
  void remember(Span mention) {
    if (mention.equals(last)) {
      return;
    }
    last = mention;
    lastEntity = speakers.link(mention);
    lastName = names.nameWord(mention);
    givenLooked = false; // looked up when an implicit speaker needs it, not at every mention
    latestSurname.reset(mention.end());
    latestGiven.reset(mention.end());
  }

  /** Returns the given name written before the surname earlier in the text, or null. */
  private Span given() {
    if (!givenLooked) {
      givenLooked = true;
      lastGiven =
          lastName == null
              ? null
              : names.givenName(
                  last, lastName, Math.max(0, lastName.begin() - SpeakerFinder.MENTION_WINDOW));
    }
    return lastGiven;
  }

  /** Returns the speaker for an explicit mention, linked to its entity, and remembers it. */
  Speaker explicit(Span mention) {
    remember(mention);
    Entity e = lastEntity;
    return new Speaker(e != null ? e.span() : mention, e, false);
  }

  /** Returns the explicit speaker when there is one, else the implicit one before {@code pos}. */
  Speaker explicitOr(Span mention, int pos) {
    return mention != null ? explicit(mention) : implicit(pos);
  }

  /** Returns the most recent explicit speaker, at its latest mention before {@code pos}. */
  Speaker implicit(int pos) {
    if (last == null || last.end() > pos) {
      return Speaker.NONE;
    }
    if (lastName != null) {
      Span m = latestSurname.before(lastName, pos);
      Span g = given();
      Span given = g == null ? null : latestGiven.before(g, pos);
      if (given != null && (m == null || given.begin() > m.begin())) {
        m = given; // معاذ الخلف ... وقال الخلف ... قرر معاذ «...»
      }
      if (m != null) {
        Entity e = speakers.link(m);
        return new Speaker(e != null ? e.span() : m, e, m.begin() < sentenceStart);
      }
    }
    Entity e = lastEntity;
    return new Speaker(e != null ? e.span() : last, e, last.begin() < sentenceStart);
  }

  /**
   * The latest mention of a name before a position, searched only over the text not yet searched:
   * positions mostly grow along the pass, so each stretch is read once, not once per quotation.
   */
  private final class Latest {
    private int from;
    private int searchedTo;
    private Span found;

    void reset(int from) {
      this.from = from;
      this.searchedTo = from;
      this.found = null;
    }

    Span before(Span name, int pos) {
      if (pos < searchedTo) {
        // an earlier position (an indirect quotation closes after a quotation inside it): nothing
        // lies between the latest mention found and searchedTo, so it is the answer if it ends first
        return found != null && found.end() <= pos ? found : names.latestMention(name, from, pos);
      }
      Span m = names.latestMention(name, searchedTo, pos);
      if (m != null) {
        found = m;
      }
      searchedTo = pos;
      return found;
    }
  }
}
