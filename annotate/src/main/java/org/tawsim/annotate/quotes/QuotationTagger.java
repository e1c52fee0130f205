/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tawsim.core.Annotation;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.Quotation;

/**
 * Finds the quotations of Arabic text, tells speech from other uses of quotation marks, and says
 * who said what: the rule-based quotation tagger.
 *
 * <p>It produces the {@link Quotation} layer:
 *
 * <ul>
 *   <li>every quoted segment that {@link QuotePairer} pairs, the marks included in its span and
 *       left out of its content; stray marks make no quotation (see {@link #strayMarks(String)}).
 *       A segment never closed in its paragraph makes no quotation either, as the annotation
 *       guidelines have it (a mark whose partner is not in its paragraph is unpaired): the words
 *       after it are read as the writer's, their cues and speakers counting for the quotations
 *       after it; {@link #keepingUnclosed()} gives
 *       a tagger that keeps it, running to the end of its paragraph and flagged {@link
 *       Quotation#unclosed()} (a quotation continued over several paragraphs opens each one);
 *   <li>its kind: {@link org.tawsim.core.QuoteKind#SPEECH SPEECH} for words the text attributes to
 *       a source, partial quotations included, {@link org.tawsim.core.QuoteKind#OTHER OTHER} for
 *       names, titles, terms, headings, datelines and scare quotes (see {@link KindRules});
 *   <li>for speech, the cue (the whole word, clitics included: وقال، مضيفا، بحسب) and the speaker:
 *       the noun phrase after the cue or the subject before it, or, when the cue names nobody
 *       (وأضاف أن), the most recent explicit speaker at its latest mention, marked {@link
 *       Quotation#speakerImplicit()};
 *   <li>{@link org.tawsim.core.QuoteKind#INDIRECT INDIRECT} quotations for reported speech
 *       without marks (قال الوزير إن ...): span and content are the reported clause.
 * </ul>
 *
 * <p>The tagger requires no other layer. When the document has a {@link org.tawsim.core.Token}
 * layer (the tokenizer ran before, as in the default pipeline), its words are the word tokens:
 * cues and speakers start and end where word tokens do (the points of 10.500.000, the {@code _} of
 * a hashtag, an address stay inside their word; an emoji written against a word or a tatweel dash
 * is no word); without one, words are runs of letters, digits and marks. The tokens' norms are
 * not read: the cue lists are matched under a fold of core's normaliser that keeps ة and ى apart
 * from ه and ي. When the document has an {@link Entity} layer (the entity tagger ran before), a
 * speaker that overlaps a person, organisation or other named entity is linked to it and takes its
 * span. Offsets are UTF-16 units. The tagger is immutable and thread-safe, and runs in time linear
 * in the length of the text.
 *
 * <pre>{@code
 * Document d = new QuotationTagger().annotate(Document.of("1", "وقال الوزير «نحن مستعدون».")); 
 * Quotation q = d.layer(Quotation.class).get(0); // speech, speaker الوزير, cue وقال
 * }</pre>
 */
public final class QuotationTagger implements Annotator {

  private final CueLexicon lexicon;
  private final boolean keepUnclosed;

  /** Creates a tagger with the shipped word lists. */
  public QuotationTagger() {
    this(CueLexicon.defaults(), false);
  }

  private QuotationTagger(CueLexicon lexicon, boolean keepUnclosed) {
    this.lexicon = lexicon;
    this.keepUnclosed = keepUnclosed;
  }

  /**
   * {@return a tagger that uses these word lists}
   *
   * @param lexicon the speech verbs and other word lists
   */
  public static QuotationTagger withLexicon(CueLexicon lexicon) {
    return new QuotationTagger(Objects.requireNonNull(lexicon, "lexicon"), false);
  }

  /**
   * {@return a tagger like this one that also gives each segment never closed in its paragraph, as
   * a quotation flagged {@link Quotation#unclosed()} that runs to the end of the paragraph}
   */
  public QuotationTagger keepingUnclosed() {
    return new QuotationTagger(lexicon, true);
  }

  @Override
  public Document annotate(Document document) {
    Objects.requireNonNull(document, "document");
    String text = document.text();
    char[] chars = characters(text);
    // the marks pair on the text as written, before the view may change some of its characters
    Pairing pairing = QuotePairer.pair(text, chars);
    char[] view = WordView.view(text, document.tokens(), chars);
    String words = view == chars ? text : new String(view, 0, text.length());
    return document.withLayer(
        Quotation.class, tag(words, view, pairing, document.layer(Entity.class)));
  }

  /** Texts up to this long are copied into the thread's array ({@link #characters}). */
  private static final int LENT_CHARS = 1 << 20;

  /** Each thread's array for the characters of the texts it tags, reused from one to the next. */
  private static final ThreadLocal<char[][]> CHARS = ThreadLocal.withInitial(() -> new char[1][]);

  /**
   * Returns the characters of {@code text} from 0, in an array that may be longer: the thread's
   * own, reused, for a text of up to {@link #LENT_CHARS} characters (a new array of a text's size
   * for every document is memory the processor has not seen since the last collection).
   */
  private static char[] characters(String text) {
    int n = text.length();
    if (n > LENT_CHARS) {
      return text.toCharArray();
    }
    char[][] lent = CHARS.get();
    if (lent[0] == null || lent[0].length < n) {
      lent[0] = new char[Math.max(n, 1 << 12)];
    }
    text.getChars(0, n, lent[0], 0);
    return lent[0];
  }

  /**
   * {@return the quotations of a text, in no particular order} Words are runs of letters, digits
   * and marks, as when a document has no token layer.
   *
   * @param entities the text's entities sorted by span, or an empty list
   * @param text the text
   */
  public List<Quotation> tag(String text, List<Entity> entities) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entities, "entities");
    char[] chars = text.toCharArray();
    return tag(WordView.of(text), chars, QuotePairer.pair(text, chars), entities);
  }

  /**
   * Tags a text whose marks pair as {@code pairing} says, its words read on {@code words}, a
   * {@link WordView} of it, whose characters {@code chars} holds from 0.
   */
  private List<Quotation> tag(String words, char[] chars, Pairing pairing,
      List<Entity> entities) {
    List<Quotation> quotations =
        new QuotationScanner(words, chars, lexicon, pairing, entities).scan();
    if (!keepUnclosed) {
      quotations.removeIf(Quotation::unclosed);
    }
    return quotations;
  }

  /**
   * {@return the marks of a text that pair with nothing: closing marks with nothing open, ..}
   *
   * @param text the text
   */
  public static List<Pairing.Stray> strayMarks(String text) {
    return QuotePairer.pair(text).strays();
  }

  @Override
  public Set<Class<? extends Annotation>> requires() {
    return Set.of();
  }

  @Override
  public Set<Class<? extends Annotation>> produces() {
    return Set.of(Quotation.class);
  }
}
