/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tawsim.core.io.WordLists;
import org.tawsim.core.text.ArabicCharacters;

/**
 * The words the {@link QuotationTagger} recognises: speech verbs, participles, "according to"
 * words, noun cues, complementizers and the lists that tell names from speech.
 *
 * <p>{@link #defaults()} holds the lists shipped as resources (see {@link WordList}), loaded once.
 * A lexicon is immutable and thread-safe.
 *
 * <pre>{@code
 * CueLexicon mine = CueLexicon.defaults().toBuilder()
 *     .add(WordList.SPEECH_VERBS, List.of("همس", "همست"))
 *     .build();
 * QuotationTagger tagger = QuotationTagger.withLexicon(mine);
 * }</pre>
 */
public final class CueLexicon {

  static final int VERB = 1;
  static final int PARTICIPLE = 1 << 1;
  static final int SOURCE = 1 << 2;
  static final int NOUN_CUE = 1 << 3;
  static final int SAYING = 1 << 4;
  static final int COMPLEMENTIZER = 1 << 5;
  static final int STOP = 1 << 6;
  static final int ADVERB = 1 << 7;
  static final int TITLE = 1 << 8;
  static final int COPULA = 1 << 9;
  static final int NAME_HEAD = 1 << 10;
  static final int CONTENT_HEAD = 1 << 11;
  /** Set on the last word of a phrase cue. */
  static final int PHRASE_CUE_END = 1 << 12;
  /** Set on the last word of a scope break. */
  static final int BREAK_END = 1 << 13;
  static final int CLAUSE_OPENER = 1 << 14;
  static final int PREPOSITION = 1 << 15;
  static final int TEXT_VERB = 1 << 16;
  static final int CLAUSE_START = 1 << 17;
  static final int OBJECT_VERB = 1 << 18;
  static final int AUXILIARY = 1 << 19;
  static final int DEMONSTRATIVE = 1 << 20;
  static final int OUTLET = 1 << 21;
  static final int ACCOUNT_HEAD = 1 << 22;
  static final int TELLING_VERB = 1 << 23;

  /** Any cue word. */
  static final int CUE = VERB | PARTICIPLE | SOURCE | NOUN_CUE | SAYING;
  /** Flags a conjunction و or ف may precede. */
  private static final int AFTER_CONJUNCTION =
      CUE | COPULA | CLAUSE_START | OBJECT_VERB | TELLING_VERB;

  private final Map<WordList, List<String>> lists;
  private final WordTable words = new WordTable();
  /** Folded last word of each phrase cue: the folded words before it, each phrase an array. */
  private final Map<String, List<String[]>> phraseCues = new HashMap<>();
  private final Map<String, List<String[]>> scopeBreaks = new HashMap<>();
  /** Folded phrases of the account heads (التواصل الاجتماعي), words joined by one space. */
  private final Set<String> platformPhrases = new HashSet<>();

  private CueLexicon(Map<WordList, List<String>> lists) {
    this.lists = lists;
    lists.forEach(
        (list, entries) -> {
          for (String e : entries) {
            switch (list) {
              case PHRASE_CUES:
                addPhrase(phraseCues, e, PHRASE_CUE_END);
                break;
              case SCOPE_BREAKS:
                addPhrase(scopeBreaks, e, BREAK_END);
                break;
              case ACCOUNT_HEADS:
                List<String> parts = splitFolded(e);
                if (parts.size() > 1) {
                  platformPhrases.add(String.join(" ", parts));
                } else {
                  words.add(e, list.flag());
                }
                break;
              default:
                words.add(e, list.flag());
            }
          }
        });
  }

  private void addPhrase(Map<String, List<String[]>> table, String phrase, int flag) {
    List<String> parts = splitFolded(phrase);
    if (parts.isEmpty()) {
      return;
    }
    String last = parts.get(parts.size() - 1);
    words.add(last, flag);
    table
        .computeIfAbsent(last, k -> new ArrayList<>())
        .add(parts.subList(0, parts.size() - 1).toArray(new String[0]));
  }

  private static List<String> splitFolded(String phrase) {
    List<String> parts = new ArrayList<>();
    for (String p : phrase.trim().split("\\s+")) {
      String f = ArabicWords.fold(p);
      if (!f.isEmpty()) {
        parts.add(f);
      }
    }
    return parts;
  }

  /** {@return the lexicon of the shipped lists} */
  public static CueLexicon defaults() {
    return DefaultHolder.DEFAULT;
  }

  /** Lazily loads the shipped lists once. */
  private static final class DefaultHolder {
    static final CueLexicon DEFAULT = load();

    private static CueLexicon load() {
      Map<WordList, List<String>> lists = new EnumMap<>(WordList.class);
      for (WordList list : WordList.values()) {
        lists.put(list, list.shipped());
      }
      return new CueLexicon(lists);
    }
  }

  /** {@return a builder that starts from this lexicon's lists} */
  public Builder toBuilder() {
    return new Builder(lists);
  }

  /**
   * {@return the entries of a list, as given}
   *
   * @param list which list
   */
  public List<String> list(WordList list) {
    return lists.get(Objects.requireNonNull(list, "list"));
  }

  // ---- lookups used by the tagger; offsets index into the text -------------------------------

  /** Returns the flags of the word [begin, end), with a leading و or ف stripped for cue words. */
  int flags(String text, int begin, int end) {
    // one pass: the hash of the whole word and of the word without its first letter
    int h = 0;
    int rest = 0;
    int len = 0;
    char first = 0;
    for (int i = begin; i < end; i++) {
      char c = ArabicWords.fold(text.charAt(i));
      if (c == 0) {
        continue;
      }
      if (len == 0) {
        first = c;
      } else {
        rest = 31 * rest + c;
      }
      h = 31 * h + c;
      len++;
    }
    int f = words.lookup(h, len, text, begin, end, false);
    if (opensWithConjunction(first, len)) {
      f |= words.lookup(rest, len - 1, text, begin, end, true) & AFTER_CONJUNCTION;
    }
    return f;
  }

  /** Returns true when the word [begin, end), with up to two clitics و ف ب ل ك, is a name head. */
  boolean isNameHead(String text, int begin, int end) {
    return hasWithClitics(text, begin, end, NAME_HEAD);
  }

  /**
   * Returns true when the word [begin, end), with up to two clitics و ف ب ل ك, is an account head
   * (بحسابه، وصفحتها).
   */
  boolean isAccountHead(String text, int begin, int end) {
    return hasWithClitics(text, begin, end, ACCOUNT_HEAD);
  }

  private boolean hasWithClitics(String text, int begin, int end, int flag) {
    int b = begin;
    for (int k = 0; k <= 2; k++) {
      if ((words.flags(text, b, end) & flag) != 0) {
        return true;
      }
      b = ArabicWords.firstKept(text, b, end);
      if (b >= end) {
        return false;
      }
      char c = ArabicWords.fold(text.charAt(b));
      if (c != ArabicCharacters.WAW
          && c != ArabicCharacters.FEH
          && c != ArabicCharacters.BEH
          && c != ArabicCharacters.LAM
          && c != ArabicCharacters.KAF) {
        return false;
      }
      b++;
      if (ArabicWords.foldedLength(text, b, end) < 2) {
        return false;
      }
    }
    return false;
  }

  /** Returns the raw flags of the word, no clitic stripped. */
  int exactFlags(String text, int begin, int end) {
    return words.flags(text, begin, end);
  }

  /**
   * Returns the number of words before the last one that a phrase ending in the word at {@code
   * index} of {@code starts}/{@code ends} uses, or -1 when none matches. {@code starts} and {@code
   * ends} hold the recent words in text order, the last at {@code index}.
   */
  int phraseCueLength(String text, int[] starts, int[] ends, int count) {
    return phrase(phraseCues, text, starts, ends, count);
  }

  /** As {@link #phraseCueLength}, for the scope breaks. */
  int scopeBreakLength(String text, int[] starts, int[] ends, int count) {
    return phrase(scopeBreaks, text, starts, ends, count);
  }

  private static int phrase(
      Map<String, List<String[]>> table, String text, int[] starts, int[] ends, int count) {
    if (count == 0) {
      return -1;
    }
    int last = count - 1;
    List<String[]> candidates =
        table.get(ArabicWords.fold(text.subSequence(starts[last], ends[last])));
    if (candidates == null) {
      return -1;
    }
    int best = -1;
    for (String[] before : candidates) {
      if (before.length > last || before.length <= best) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < before.length && ok; k++) {
        int w = last - before.length + k;
        String word = ArabicWords.fold(text.subSequence(starts[w], ends[w]));
        // the phrase's first word may carry و or ف: وعلى حد قوله
        ok = word.equals(before[k]) || (k == 0 && withoutConjunction(word).equals(before[k]));
      }
      if (ok) {
        best = before.length;
      }
    }
    return best;
  }

  private static String withoutConjunction(String folded) {
    return !folded.isEmpty() && opensWithConjunction(folded.charAt(0), folded.length())
        ? folded.substring(1)
        : folded;
  }

  /**
   * True when a folded word of {@code foldedLength} letters that starts with {@code first} may be
   * read as the conjunction و or ف and a word of at least two letters; {@link #flags} and the
   * phrase match share this rule.
   */
  private static boolean opensWithConjunction(char first, int foldedLength) {
    return (first == ArabicCharacters.WAW || first == ArabicCharacters.FEH) && foldedLength >= 3;
  }

  /**
   * Returns true when the folded words, joined by one space, are a phrase of the account heads
   * (التواصل الاجتماعي).
   */
  boolean isPlatformPhrase(String foldedWords) {
    return platformPhrases.contains(foldedWords);
  }

  /** Builds a lexicon from lists replaced or extended. */
  public static final class Builder {
    private final Map<WordList, Set<String>> lists = new EnumMap<>(WordList.class);

    private Builder(Map<WordList, List<String>> from) {
      from.forEach((k, v) -> lists.put(k, new LinkedHashSet<>(v)));
    }

    /**
     * Adds entries to a list.
     *
     * @param list which list
     * @param entries the entries to add
     * @return this builder
     */
    public Builder add(WordList list, Collection<String> entries) {
      lists.get(Objects.requireNonNull(list, "list")).addAll(checked(entries));
      return this;
    }

    /**
     * Replaces a list.
     *
     * @param list which list
     * @param entries its new entries
     * @return this builder
     */
    public Builder replace(WordList list, Collection<String> entries) {
      Set<String> set = lists.get(Objects.requireNonNull(list, "list"));
      set.clear();
      set.addAll(checked(entries));
      return this;
    }

    /**
     * Replaces each list whose file ({@link WordList#fileName()}) exists in the folder; lists
     * without a file keep their entries.
     *
     * @param folder the folder of list files
     * @return this builder
     * @throws IOException when a file cannot be read
     */
    public Builder replaceFrom(Path folder) throws IOException {
      Objects.requireNonNull(folder, "folder");
      if (!Files.isDirectory(folder)) {
        throw new IOException(folder + ": not a folder of word lists");
      }
      for (WordList list : WordList.values()) {
        Path file = folder.resolve(list.fileName());
        if (Files.isRegularFile(file)) {
          replace(list, WordLists.read(file));
        }
      }
      return this;
    }

    private static List<String> checked(Collection<String> entries) {
      List<String> out = new ArrayList<>();
      for (String e : Objects.requireNonNull(entries, "entries")) {
        String s = Objects.requireNonNull(e, "entry").strip();
        if (s.isEmpty()) {
          throw new IllegalArgumentException("empty word list entry");
        }
        out.add(s);
      }
      return out;
    }

    /** {@return the lexicon} */
    public CueLexicon build() {
      Map<WordList, List<String>> copy = new EnumMap<>(WordList.class);
      lists.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      return new CueLexicon(copy);
    }
  }
}
