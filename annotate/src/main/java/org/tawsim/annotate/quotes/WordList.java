/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import java.util.List;
import org.tawsim.annotate.ClosedClass;
import org.tawsim.core.io.WordLists;

/**
 * The word lists that drive the quotation tagger, each a UTF-8 resource file with one entry a line
 * ({@code #} starts a comment) under {@code org/tawsim/annotate/quotes/}, but for the lists shared
 * with the entity tagger ({@link ClosedClass}).
 *
 * <p>Entries are compared under a fold that ignores diacritics, tatweel and the hamza forms of
 * alef, so lists need not spell variants out. A user replaces or extends a list through {@link
 * CueLexicon.Builder}.
 */
public enum WordList {
  /**
   * Speech verbs, past and present ({@code قال، أكدت، يضيف}); {@code و} and {@code ف} may precede.
   * Shipped as {@link ClosedClass#SPEECH_VERBS}, shared with the entity tagger.
   */
  SPEECH_VERBS(ClosedClass.SPEECH_VERBS, CueLexicon.VERB),
  /**
   * Participles that continue a report ({@code مضيفا، مشيرة}). Shipped as {@link
   * ClosedClass#SPEECH_PARTICIPLES}, shared with the entity tagger.
   */
  SPEECH_PARTICIPLES(ClosedClass.SPEECH_PARTICIPLES, CueLexicon.PARTICIPLE),
  /** Verbs that quote a text named after في ({@code وجاء في البيان}). */
  TEXT_VERBS("text-verbs.txt", CueLexicon.TEXT_VERB),
  /** "According to" words followed by the source ({@code بحسب، وفقا}). */
  SOURCE_CUES("source-cues.txt", CueLexicon.SOURCE),
  /** Nouns whose complement is the speaker ({@code دعوة، اتهامات، سؤال}). */
  NOUN_CUES("noun-cues.txt", CueLexicon.NOUN_CUE),
  /** Verbal nouns with a pronoun, the speaker named after عن ({@code قوله}). */
  SAYING_NOUNS("saying-nouns.txt", CueLexicon.SAYING),
  /** Multi-word cues ({@code على حد تعبيره}). */
  PHRASE_CUES("phrase-cues.txt", 0),
  /** Words opening reported content ({@code أن، إن، بأنه}). */
  COMPLEMENTIZERS("complementizers.txt", CueLexicon.COMPLEMENTIZER),
  /** Words ending a speaker's mention (prepositions, relative pronouns, particles). */
  SPEAKER_STOPS("speaker-stops.txt", CueLexicon.STOP),
  /** Time words and adverbs skipped before a speaker and ending one after it. */
  ADVERBS("adverbs.txt", CueLexicon.ADVERB),
  /** Words after which a subject may precede its speech verb ({@code لكنّ، بينما}). */
  CLAUSE_OPENERS("clause-openers.txt", CueLexicon.CLAUSE_OPENER),
  /** Prepositions and quantifiers: a cue word right after one is a noun ({@code دون ذكر}). */
  PREPOSITIONS("prepositions.txt", CueLexicon.PREPOSITION),
  /** Titles, never taken for a surname. */
  TITLES("titles.txt", CueLexicon.TITLE),
  /** Auxiliaries before a subject that precedes its speech verb ({@code كان}). */
  COPULAS("copulas.txt", CueLexicon.COPULA),
  /** Words before a quotation that make it a name ({@code مجموعة، صحيفة، بعنوان}). */
  NAME_HEADS("name-heads.txt", CueLexicon.NAME_HEAD),
  /** First words that make a short quotation a name ({@code اتفاق، مبادرة}). */
  CONTENT_HEADS("content-heads.txt", CueLexicon.CONTENT_HEAD),
  /**
   * First words of a clause, never of a name or term: pronouns, negations, particles ({@code نحن،
   * لن، لقد}). A short quotation that opens with one is someone's words.
   */
  CLAUSE_STARTS("clause-starts.txt", CueLexicon.CLAUSE_START),
  /** Platforms and services quoted as names ({@code إكس، تويتر}); may be several words. */
  MEDIA_NAMES("media-names.txt", 0),
  /** Words and phrases that end a speech verb's scope ({@code في إشارة، وذلك}). */
  SCOPE_BREAKS("scope-breaks.txt", 0);

  private final String file;
  private final int flag;
  /** The list shared with the entity tagger this one is, or null for a list of its own. */
  private final ClosedClass shared;

  WordList(String file, int flag) {
    this.file = file;
    this.flag = flag;
    this.shared = null;
  }

  WordList(ClosedClass shared, int flag) {
    this.file = shared.fileName();
    this.flag = flag;
    this.shared = shared;
  }

  /** {@return the resource file's name} */
  public String fileName() {
    return file;
  }

  int flag() {
    return flag;
  }

  /** Reads the shipped entries of this list. */
  List<String> shipped() {
    return shared != null ? shared.entries() : WordLists.resource(WordList.class, file);
  }
}
