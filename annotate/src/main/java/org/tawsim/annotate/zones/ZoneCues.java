/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.zones;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tawsim.core.io.WordLists;

/**
 * The cue words a {@link ZoneTagger} recognises page furniture by: line openings of source lines,
 * keyword lists, related-article blocks and bylines, and the agency names of datelines.
 *
 * <p>Cues are folded by the tagger's normaliser when they are made (see {@code CueNormalizer}:
 * diacritics, tatweel and alef forms do not matter), and kept longest first so that the longest
 * cue wins. The shipped lists live in {@code org/tawsim/annotate/zones/*-cues.txt}, one cue a line,
 * {@code #} starting a comment. Immutable.
 *
 * @param source openings of a source line ({@code المصدر:})
 * @param keywords openings of a keyword list ({@code كلمات دلالية:})
 * @param related openings of a related-article block ({@code إقرأ أيضاً:}, {@code مقالات مشابهة})
 * @param byline openings of an author line ({@code بقلم})
 * @param agencies words that make a short line opening ending in a colon a dateline ({@code وكالات})
 */
public record ZoneCues(
    List<String> source,
    List<String> keywords,
    List<String> related,
    List<String> byline,
    List<String> agencies) {

  /**
   * Folds and sorts the cues, longest first; rejects nulls.
   *
   * @param byline openings of an author line
   * @param source openings of a source line
   * @param related openings of a related-article block
   * @param keywords openings of a keyword list
   * @param agencies words that make a short line opening a dateline
   */
  public ZoneCues {
    source = prepare(source, "source");
    keywords = prepare(keywords, "keywords");
    related = prepare(related, "related");
    byline = prepare(byline, "byline");
    agencies = prepare(agencies, "agencies");
  }

  private static List<String> prepare(List<String> cues, String name) {
    Objects.requireNonNull(cues, name);
    List<String> folded = new ArrayList<>();
    for (String c : cues) {
      String f = CueNormalizer.fold(Objects.requireNonNull(c, name + " cue"));
      if (!f.isEmpty() && !folded.contains(f)) {
        folded.add(f);
      }
    }
    folded.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    return List.copyOf(folded);
  }

  /** {@return the shipped cues} */
  public static ZoneCues defaults() {
    return Holder.DEFAULTS;
  }

  /**
   * Reads a cue list in the shipped format (see {@link WordLists}): UTF-8, one cue a line, {@code #}
   * comments, blank lines skipped.
   *
   * @param file the cue file
   * @return the cues, in file order
   * @throws java.io.IOException when the file cannot be read or is not UTF-8
   */
  public static List<String> read(Path file) throws IOException {
    return WordLists.read(file);
  }

  /** Reads a shipped list of this package; a missing one is an {@link java.io.UncheckedIOException}. */
  static List<String> resource(String name) {
    return WordLists.resource(ZoneCues.class, name);
  }

  /** Loads the shipped lists once, when first needed. */
  private static final class Holder {
    static final ZoneCues DEFAULTS =
        new ZoneCues(
            resource("source-cues.txt"),
            resource("keyword-cues.txt"),
            resource("related-cues.txt"),
            resource("byline-cues.txt"),
            resource("agency-cues.txt"));
  }
}
