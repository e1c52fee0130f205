/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {

  /**
   * Seeded random phrases of one to three words over vocabularies from 3 words (few children a
   * node) to 400 (more first words and children than a trie's or a node's 64 bits): walking any
   * words finds exactly the phrases put, and the merge keeps the first value of a phrase put twice.
   */
  @Test
  void findsExactlyThePhrasesPut() {
    Random random = new Random(5);
    for (int vocabulary : new int[] {3, 20, 400}) {
      PhraseTrie<Integer> trie = new PhraseTrie<>();
      Map<List<String>, Integer> put = new HashMap<>();
      for (int p = 0; p < 2000; p++) {
        List<String> phrase = phrase(random, vocabulary);
        trie.put(phrase, p, (a, b) -> a);
        put.putIfAbsent(phrase, p);
      }
      for (int probe = 0; probe < 20_000; probe++) {
        List<String> words = phrase(random, vocabulary);
        assertEquals(put.get(words), walk(trie, words), words.toString());
      }
      for (Map.Entry<List<String>, Integer> e : put.entrySet()) {
        assertEquals(e.getValue(), walk(trie, e.getKey()), e.getKey().toString());
      }
    }
  }

  private static List<String> phrase(Random random, int vocabulary) {
    List<String> words = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      words.add("w" + random.nextInt(vocabulary));
    }
    return words;
  }

  private static Integer walk(PhraseTrie<Integer> trie, List<String> words) {
    PhraseTrie.Node<Integer> node = trie.root(words.get(0));
    for (int i = 1; i < words.size() && node != null; i++) {
      node = node.child(words.get(i));
    }
    return node == null ? null : node.value();
  }
}
