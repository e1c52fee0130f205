/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The given names that are also common words (أمل hope, نور light, كامل whole), which {@link
 * EntityListGenerator} writes to {@code ambiguous-given.txt} from open running text, so that no
 * hand-written list names them. A word of it is a name only beside a strong sign of a name (another
 * known name, a title): see {@link Lexicon#AMBIGUOUS}.
 *
 * <p>Pattern: a one-word given name of the open name lists ({@code names-given.txt}, {@code
 * names-given-extra.txt}) is ambiguous when open running text uses its word as a common word, by
 * either of two tests. (1) UD Arabic-PUD or NTREX has it as a common word at all: a word that the
 * treebank tags as no proper noun ({@code vocabulary.txt}, with the other forms of its nouns) or
 * that either text uses as no proper noun ({@code common}: see {@link
 * OpenNameSources#commonWords}). (2) Its common uses there and in WikiFANE gold (its words outside
 * every name) are {@link #MIN_COMMON} at least and at least as many as WikiFANE's uses of the word
 * in a person's name: the name is then not the word's main reading. Example: حسن (good) is a word
 * of UD PUD's vocabulary, so it is ambiguous by (1); كامل (whole) stands 52 times outside names in
 * WikiFANE and 11 times as a common word of UD PUD and NTREX, against 20 times in a person's name,
 * so it is ambiguous by (2); خالد, twice outside names against 45 times in a name and absent from
 * the treebank's vocabulary, is not.
 *
 * <p>Why two tests: UD PUD and NTREX are small (about 60,000 words) and annotated, or written, for
 * their common words, so one common use there marks a frequent word; WikiFANE is ten times larger
 * but written about named things and it leaves some names outside every name (an annotator's miss),
 * so its outside count is weighed against the name count. Why the majority: the flag asks for a
 * second sign before the word is read as a name, which costs the name where it stands alone; that
 * price is paid only where the word is read as a common word at least as often. Why two uses: one
 * outside use in about 600,000 words is as likely a miss as a common word.
 */
final class AmbiguousGivenNames {

  /** A word is ambiguous only when running text uses it as a common word this often. */
  static final int MIN_COMMON = 2;

  /** WikiFANE's coarse type of a person. */
  private static final String PERSON = "PER";

  private AmbiguousGivenNames() {}

  /** How often WikiFANE gold has each normalised word outside every name and in a person's name. */
  record Uses(Map<String, Integer> outside, Map<String, Integer> inPerson) {}

  /** Reads WikiFANE gold's TSV (token, fine tag, coarse tag). */
  static Uses read(Path tsv) throws IOException {
    Map<String, Integer> outside = new HashMap<>();
    Map<String, Integer> inPerson = new HashMap<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length != 3) {
        continue;
      }
      String word = Lexicon.NORMALIZER.normalizeToString(cols[0]);
      if (cols[2].equals("O")) {
        outside.merge(word, 1, Integer::sum);
      } else if (cols[2].length() > 2 && cols[2].substring(2).equals(PERSON)) {
        inPerson.merge(word, 1, Integer::sum);
      }
    }
    return new Uses(outside, inPerson);
  }

  /**
   * Returns the ambiguous words among the one-word entries of {@code given}, normalised: see the
   * class javadoc. {@code vocabulary} is the treebank's vocabulary, {@code common} counts the common
   * uses of UD PUD and NTREX ({@link OpenNameSources#commonWords}).
   */
  static Set<String> of(Collection<String> given, Set<String> vocabulary,
      Map<String, Integer> common, Uses wikifane) {
    Set<String> out = new TreeSet<>();
    for (String name : given) {
      List<String> words = Lexicon.words(name);
      if (words.size() != 1) {
        continue;
      }
      String w = words.get(0);
      int running = common.getOrDefault(w, 0);
      int commonUses = running + wikifane.outside().getOrDefault(w, 0);
      if (running > 0 || vocabulary.contains(w)
          || commonUses >= MIN_COMMON && commonUses >= wikifane.inPerson().getOrDefault(w, 0)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Returns the content of {@code ambiguous-given.txt}. */
  static String file(Collection<String> given, Set<String> vocabulary,
      Map<String, Integer> common, Uses wikifane) {
    return EntityListGenerator.file("the one-word given names of names-given.txt and"
        + " names-given-extra.txt that open running text uses as common words: every word of"
        + " vocabulary.txt or common-word-counts.txt (UD Arabic-PUD, CC BY-SA 3.0; NTREX-128"
        + " Arabic, CC BY-SA 4.0), and the words whose uses there and outside every name of"
        + " WikiFANE gold (Alotaibi and Lee, CC BY-SA 3.0) are " + MIN_COMMON + " at least and at"
        + " least as many as WikiFANE's uses in a person's name (AmbiguousGivenNames): a name"
        + " only beside a strong sign of a name", of(given, vocabulary, common, wikifane));
  }
}
