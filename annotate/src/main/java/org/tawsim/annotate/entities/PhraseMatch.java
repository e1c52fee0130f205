/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

/**
 * The longest phrase of a trie that starts at a token: the first token matched through any of its
 * readings (clitics off), the following ones as they are.
 *
 * @param end token just past the match
 * @param value what the trie holds for the phrase
 * @param reading which reading of the first token matched
 * @param cut characters that reading took off the first token
 */
record PhraseMatch<V>(int end, V value, int reading, int cut) {

  /** Returns the longest match of a lexicon trie at token {@code i} (see the other overload). */
  static <V> PhraseMatch<V> longest(Lexicon.Trie trie, Words w, int i) {
    // most calls end here, known from one array element; kept this small so that the compiler
    // inlines it into the rules' long methods, and only the rest is a call
    return (w.trieRoots[i] & 1 << trie.ordinal()) == 0 ? null : walkReadings(trie, w, i);
  }

  private static <V> PhraseMatch<V> walkReadings(Lexicon.Trie trie, Words w, int i) {
    PhraseMatch<V> best = null;
    int count = w.firstWordReadings(i);
    for (int r = 0; r < count; r++) {
      Lexicon.WordInfo info = w.info(i, r);
      if (info == null) {
        continue;
      }
      PhraseTrie.Node<V> node = info.root(trie);
      if (node != null) {
        best = better(best, walk(node, w, i, r));
      }
    }
    return best;
  }

  private static <V> PhraseMatch<V> better(PhraseMatch<V> best, PhraseMatch<V> m) {
    return m != null && (best == null || m.end > best.end) ? m : best;
  }

  private static <V> PhraseMatch<V> walk(PhraseTrie.Node<V> node, Words w, int i, int r) {
    int end = -1;
    V value = null;
    if (node.value() != null) {
      end = i + 1;
      value = node.value();
    }
    for (int j = i + 1; j < w.size && node.hasChildren() && !w.breakBefore[j]; j++) {
      node = node.child(w.key[j]);
      if (node == null) {
        break;
      }
      if (node.value() != null) {
        end = j + 1;
        value = node.value();
      }
    }
    return value == null ? null : new PhraseMatch<>(end, value, r, w.cut(i, r));
  }

  /** Returns the longest match at token {@code i}, the whole-token reading first on ties; or null. */
  static <V> PhraseMatch<V> longest(PhraseTrie<V> trie, Words w, int i) {
    if (!w.letters[i]) {
      return null;
    }
    PhraseMatch<V> best = null;
    int count = w.firstWordReadings(i);
    for (int r = 0; r < count; r++) {
      PhraseTrie.Node<V> node = trie.root(w.reading(i, r));
      if (node != null) {
        best = better(best, walk(node, w, i, r));
      }
    }
    return best;
  }
}
