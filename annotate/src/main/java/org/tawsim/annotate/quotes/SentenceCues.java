/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import org.tawsim.core.Span;

/**
 * The cues of the current sentence, and the choice of the cue that introduces a quotation.
 *
 * <p>Choice rule, for a quotation in the sentence (nearest cue first, at most {@link #CUE_REACH}
 * words back):
 *
 * <ol>
 *   <li>a <em>strong</em> cue: a participle (مضيفا), a cue whose complement (أن، إن، a colon) came
 *       before the quotation, or a speech verb at most {@link #DIRECT_REACH} words before a
 *       quotation of three words or more or one after a colon or comma (قال الوزير "...");
 *   <li>else (after the cues after the quotation, see {@link TrailingCues}) the nearest
 *       <em>weak</em> cue: a verb with no complement, a noun cue;
 *   <li>else the nearest "according to" word.
 * </ol>
 *
 * <p>Mutable; one per pass. The sentence's scope ends at a sentence end and at phrases that return
 * to the writer's narration (في إشارة إلى): {@link #reset()}.
 */
final class SentenceCues {

  private static final int MAX_CUES = 8;
  /** Cues further back than this many words are out of scope. */
  static final int CUE_REACH = 40;
  /** A complementizer belongs to a cue at most this many words before it. */
  private static final int COMPLEMENT_REACH = 25;
  /** A noun cue takes its complement closer: اتهامات واشنطن بأن ... */
  private static final int NOUN_COMPLEMENT_REACH = 6;
  /** A speech verb this close before a quotation introduces it directly. */
  static final int DIRECT_REACH = 10;

  /** The cues a quotation may take, each null when there is none. */
  record Choice(Cue strong, Cue weak, Cue source) {}

  private final Cue[] cues = new Cue[MAX_CUES];
  private int count;
  /** Words read in the sentence so far; a quotation counts as one. */
  int words;
  /** The end of the last عن of the sentence, or -1: ونقلت عن الوزير قوله. */
  int lastAnEnd = -1;
  /** The end of the last copula of the sentence, or -1: وكان السفير ... صرح. */
  int lastCopulaEnd = -1;
  /** True when a comma came right before the next word. */
  boolean comma;
  final RecentWords recent = new RecentWords();

  void add(Cue cue) {
    if (count == MAX_CUES) {
      System.arraycopy(cues, 1, cues, 0, MAX_CUES - 1);
      count--;
    }
    cues[count++] = cue;
  }

  boolean isEmpty() {
    return count == 0;
  }

  /** Returns the latest cue; the sentence must have one. */
  Cue last() {
    return cues[count - 1];
  }

  /** Returns the speaker the nearest speech verb of the sentence names, or null. */
  Span verbSpeaker() {
    for (int k = count - 1; k >= 0; k--) {
      if (cues[k].kind == Cue.Kind.VERB) {
        return cues[k].speaker;
      }
    }
    return null;
  }

  /** Returns true when a cue of the sentence already took its complement. */
  boolean insideReport() {
    for (int k = 0; k < count; k++) {
      if (cues[k].complement && cues[k].kind != Cue.Kind.SOURCE) {
        return true;
      }
    }
    return false;
  }

  /** Marks every cue of the sentence as having taken its complement. */
  void complementAll() {
    for (int k = 0; k < count; k++) {
      cues[k].complement = true;
    }
  }

  /** Returns the nearest cue that may still take a complement, or null. */
  Cue open() {
    for (int k = count - 1; k >= 0; k--) {
      Cue c = cues[k];
      if (words - c.word > COMPLEMENT_REACH) {
        return null;
      }
      if (c.kind == Cue.Kind.NOUN && words - c.word > NOUN_COMPLEMENT_REACH) {
        continue;
      }
      if (!c.complement && c.kind != Cue.Kind.SOURCE && c.kind != Cue.Kind.PHRASE) {
        return c;
      }
    }
    return null;
  }

  /**
   * Returns the cues a quotation at the current word may take.
   *
   * @param direct true for a quotation of three words or more, or one after a colon or comma
   */
  Choice choose(boolean direct) {
    Cue strong = null;
    Cue weak = null;
    Cue source = null;
    for (int k = count - 1; k >= 0; k--) {
      Cue q = cues[k];
      int between = words - q.word - 1;
      if (between > CUE_REACH) {
        break;
      }
      boolean isStrong =
          switch (q.kind) {
            case PARTICIPLE -> true;
            case VERB -> q.complement || (between <= DIRECT_REACH && direct);
            case SAYING -> q.complement;
            default -> false;
          };
      if (isStrong) {
        strong = strong == null ? q : strong;
      } else if (q.kind == Cue.Kind.SOURCE) {
        source = source == null ? q : source;
      } else {
        weak = weak == null ? q : weak;
      }
    }
    return new Choice(strong, weak, source);
  }

  /** Forgets the sentence: its cues, words and marks. */
  void reset() {
    count = 0;
    words = 0;
    lastAnEnd = -1;
    lastCopulaEnd = -1;
    recent.clear();
    comma = false;
  }
}
