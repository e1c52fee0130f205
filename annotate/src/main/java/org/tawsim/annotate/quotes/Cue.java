/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import org.tawsim.core.Span;

/**
 * A cue word or phrase the scanner met in the current sentence, with the speaker it names.
 *
 * <p>{@link #complement} turns true once a complementizer (أن، إن) or a colon follows the cue: the
 * cue has then opened its reported words, and a quotation after it is what it introduces.
 */
final class Cue {

  /** What sort of cue. */
  enum Kind {
    /** A speech verb: قال، وأضاف، أكدت. */
    VERB,
    /** A participle going on from a verb: مضيفا، قائلا. */
    PARTICIPLE,
    /** An "according to" word: بحسب، وفقا، نقلا. */
    SOURCE,
    /** A noun cue: تصريحات، بيان. */
    NOUN,
    /** A verbal noun of saying after عن: ونقلت عن الوزير قوله. */
    SAYING,
    /** A fixed phrase: على حد تعبيره. */
    PHRASE
  }

  final Kind kind;
  final int begin;
  final int end;
  /** The index of the cue's word in its sentence. */
  final int word;
  /** The speaker the cue names, or null when it names nobody (وأضاف أن). */
  final Span speaker;

  boolean complement;
  /** True for a passive verb (وقيل، يقال): the words are nobody's, not the last speaker's. */
  boolean passive;
  /** The noun phrase after a verb taken for its object (أكد ضرورة التنسيق), or null. */
  Span object;

  Cue(Kind kind, int begin, int end, int word, Span speaker) {
    this.kind = kind;
    this.begin = begin;
    this.end = end;
    this.word = word;
    this.speaker = speaker;
  }

  Span span() {
    return new Span(begin, end);
  }
}
