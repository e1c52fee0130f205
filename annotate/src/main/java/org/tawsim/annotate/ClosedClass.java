/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate;

import java.io.UncheckedIOException;
import java.util.List;
import org.tawsim.core.io.WordLists;

/**
 * The closed-class word lists that more than one tagger reads, shipped once under {@code
 * org/tawsim/annotate/} in the format of {@link WordLists}. Each tagger folds the entries as it
 * matches words; the entries are as written.
 *
 * <p>The entity tagger reads {@link #SPEECH_VERBS} as verbs followed by their subject (وقال
 * الوزير), with its own non-speech verbs of that kind ({@code entities/subject-verbs.txt}); the
 * quotation tagger reads it as the verbs that attribute words to a speaker (its {@code
 * WordList.SPEECH_VERBS}). The entity tagger reads {@link #SPEECH_PARTICIPLES} as common words,
 * never the start of a name (وأردف مؤكدا); the quotation tagger as participles that continue a
 * report.
 */
public enum ClosedClass {
  /** Speech verbs, past and present, masculine, feminine and plural ({@code قال، أكدت، يضيفون}). */
  SPEECH_VERBS("speech-verbs.txt"),
  /** Active participles of saying that continue a report ({@code مضيفا، مشيرة، مؤكدين}). */
  SPEECH_PARTICIPLES("speech-participles.txt");

  private final String file;

  ClosedClass(String file) {
    this.file = file;
  }

  /** {@return the resource file's name, under {@code org/tawsim/annotate/}} */
  public String fileName() {
    return file;
  }

  /**
   * Reads the shipped entries, in file order; each call reads the resource again.
   *
   * @return the entries, in file order
   * @throws UncheckedIOException when the resource is missing or unreadable
   */
  public List<String> entries() {
    return WordLists.resource(ClosedClass.class, file);
  }
}
