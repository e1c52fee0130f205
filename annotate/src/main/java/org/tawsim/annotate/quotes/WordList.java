/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import org.tawsim.annotate.ClosedClass;
import org.tawsim.core.io.WordLists;

/**
 * The word lists that drive the quotation tagger, each a UTF-8 resource file with one entry a line
 * ({@code #} starts a comment) under {@code org/tawsim/annotate/quotes/}, the closed classes it
 * shares with the entity tagger ({@link ClosedClass}), or both: a list made of shared classes reads
 * their one-word entries ({@link ClosedClass#words()}), then its own file if it has one.
 *
 * <p>Entries are compared under a fold that ignores diacritics, tatweel and the hamza forms of
 * alef, so lists need not spell variants out. A user replaces or extends a list through {@link
 * CueLexicon.Builder}.
 */
public enum WordList {
  /**
   * Speech verbs, past and present ({@code قال، أكدت، يضيف}); {@code و} and {@code ف} may precede.
   * Shipped as {@link ClosedClass#SPEECH_VERBS}, shared with the entity tagger, and verbs of its
   * own ({@code ناشد، انتقد، استنكر}), which the entity tagger does not read.
   */
  SPEECH_VERBS("speech-verbs.txt", CueLexicon.VERB, ClosedClass.SPEECH_VERBS),
  /**
   * Participles that continue a report ({@code مضيفا، مشيرة}). Shipped as {@link
   * ClosedClass#SPEECH_PARTICIPLES}, shared with the entity tagger, and participles of its own
   * ({@code منتقدا}).
   */
  SPEECH_PARTICIPLES("speech-participles.txt", CueLexicon.PARTICIPLE,
      ClosedClass.SPEECH_PARTICIPLES),
  /**
   * Speech verbs that take an object ({@code أكد ضرورة التنسيق}): a common noun without the
   * article after one is no speaker.
   */
  OBJECT_VERBS("object-verbs.txt", CueLexicon.OBJECT_VERB),
  /**
   * Verbs of telling ({@code أبلغ، أخبر}): their object, right after the subject, is whom the words
   * were told to ({@code وأبلغ الوزير الصحفيين}), never part of the speaker.
   */
  TELLING_VERBS("telling-verbs.txt", CueLexicon.TELLING_VERB),
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
  /**
   * Words ending a speaker's mention: {@link ClosedClass#PREPOSITIONS} and {@link
   * ClosedClass#FUNCTION_WORDS}, shared, and clitics written apart and a few verbs of its own.
   */
  SPEAKER_STOPS("speaker-stops.txt", CueLexicon.STOP, ClosedClass.PREPOSITIONS,
      ClosedClass.FUNCTION_WORDS),
  /** Time words and adverbs skipped before a speaker and ending one after it. */
  ADVERBS("adverbs.txt", CueLexicon.ADVERB),
  /**
   * Demonstratives ({@code هذا، هؤلاء}): passed over before the definite noun of a speaker's
   * mention ({@code وقال هذا المسؤول}); alone they name no one; after a speaker they end it.
   */
  DEMONSTRATIVES("demonstratives.txt", CueLexicon.DEMONSTRATIVE),
  /**
   * Auxiliaries of aspect between a subject and its speech verb ({@code أوباما سبق ووعد، الوزير
   * عاد وأكد}).
   */
  AUXILIARIES("auxiliaries.txt", CueLexicon.AUXILIARY),
  /**
   * Media outlets by their kind ({@code وكالة، صحيفة، قناة}): ل and one of them after a speaker
   * names whom the words were said to ({@code قال مصدر لوكالة «الأناضول»}), not who said them.
   */
  OUTLETS("outlets.txt", CueLexicon.OUTLET),
  /** Words after which a subject may precede its speech verb ({@code لكنّ، بينما}). */
  CLAUSE_OPENERS("clause-openers.txt", CueLexicon.CLAUSE_OPENER),
  /**
   * Prepositions and quantifiers: a cue word right after one is a noun ({@code دون ذكر}). Shipped
   * as {@link ClosedClass#PREPOSITIONS} and {@link ClosedClass#QUANTIFIERS}, shared.
   */
  PREPOSITIONS(null, CueLexicon.PREPOSITION, ClosedClass.PREPOSITIONS, ClosedClass.QUANTIFIERS),
  /**
   * Titles and roles, never taken for a surname: the unmarked one-word entries of {@link
   * ClosedClass#PERSON_TITLES}, shared, and forms and roles of its own.
   */
  TITLES("titles.txt", CueLexicon.TITLE, ClosedClass.PERSON_TITLES),
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
  /**
   * Nouns of an account or a post and verbs of posting ({@code حسابه، تغريدة، غرد}): a short
   * quotation after a preposition that follows one names the platform ({@code حسابه على «تويتر»},
   * a platform no list needs to hold); a two-word entry
   * is a phrase right before such a name ({@code التواصل الاجتماعي}).
   */
  ACCOUNT_HEADS("account-heads.txt", CueLexicon.ACCOUNT_HEAD),
  /** Words and phrases that end a speech verb's scope ({@code في إشارة، وذلك}). */
  SCOPE_BREAKS("scope-breaks.txt", 0);

  /** The list's own resource file, or null for a list made only of shared classes. */
  private final String file;
  private final int flag;
  /** The lists shared with the entity tagger this one reads first. */
  private final List<ClosedClass> shared;

  WordList(String file, int flag, ClosedClass... shared) {
    this.file = file;
    this.flag = flag;
    this.shared = List.of(shared);
  }

  WordList(ClosedClass shared, int flag) {
    this(null, flag, shared);
  }

  /**
   * {@return the name of the file that replaces this list in a folder of lists (see {@link
   * CueLexicon.Builder#replaceFrom}): its own resource's name, or the first shared class's}
   */
  public String fileName() {
    return file != null ? file : shared.get(0).fileName();
  }

  int flag() {
    return flag;
  }

  /** Reads the shipped entries of this list: the shared classes' words, then its own file's. */
  List<String> shipped() {
    List<String> entries = new ArrayList<>();
    for (ClosedClass c : shared) {
      entries.addAll(c.words());
    }
    if (file != null) {
      entries.addAll(WordLists.resource(WordList.class, file));
    }
    return entries;
  }
}
