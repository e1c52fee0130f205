/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over normalised words: a phrase is a path of word keys, and a node ends a phrase when it
 * holds a value. Lookup costs one hash probe per word, whatever the number of phrases, and most
 * words that continue no phrase not even that: each node keeps a bit per child word's hash.
 *
 * <p>Built once by one thread, then only read: safe to share after it is published (the lexicon is
 * built before any tagger uses it).
 */
final class PhraseTrie<V> {

  /** One node: the word that led here was the last of a phrase when {@link #value} is set. */
  static final class Node<V> {
    private Map<String, Node<V>> next;
    /**
     * One bit per child, chosen by its word's hash ({@link #bit}): a word whose bit is clear is no
     * child, known without the map. Most walks stop at the second word (a listed first word, and
     * a next word that continues none of its phrases), and most nodes have a few children.
     */
    private long childBits;
    private V value;

    Node<V> child(String word) {
      return (childBits & bit(word)) == 0 ? null : next.get(word);
    }

    V value() {
      return value;
    }

    boolean hasChildren() {
      return next != null;
    }

    /** Returns the node of a next word, added when absent. */
    Node<V> addChild(String word) {
      if (next == null) {
        next = new HashMap<>(4);
      }
      childBits |= bit(word);
      return next.computeIfAbsent(word, w -> new Node<>());
    }

    /** Returns the next words and their nodes (for {@link LexiconImage}); empty when none. */
    Map<String, Node<V>> children() {
      return next == null ? Map.of() : java.util.Collections.unmodifiableMap(next);
    }

    /** Sets the value of a phrase that ends here (for {@link LexiconImage}). */
    void value(V v) {
      value = v;
    }
  }

  private static long bit(String word) {
    int h = word.hashCode();
    return 1L << ((h ^ h >>> 16) & 63);
  }

  private final Map<String, Node<V>> roots = new HashMap<>();
  /**
   * One bit per first word, as {@link Node#childBits}: a small trie (a document's names, a user's
   * list) answers most words without its map.
   */
  private long rootBits;

  /** Returns the node the phrase's first word leads to, or null. */
  Node<V> root(String word) {
    return (rootBits & bit(word)) == 0 ? null : roots.get(word);
  }

  /**
   * Adds a phrase; when it is already there, {@code merge} decides which value stays.
   *
   * @param words the phrase's normalised words, at least one
   */
  void put(List<String> words, V value, java.util.function.BinaryOperator<V> merge) {
    Node<V> node = addRoot(words.get(0));
    for (int i = 1; i < words.size(); i++) {
      node = node.addChild(words.get(i));
    }
    node.value = node.value == null ? value : merge.apply(node.value, value);
  }

  /** Returns the node of a first word, added when absent. */
  Node<V> addRoot(String word) {
    rootBits |= bit(word);
    return roots.computeIfAbsent(word, w -> new Node<>());
  }

  /** Returns the first words and their nodes (for {@link LexiconImage}). */
  Map<String, Node<V>> rootNodes() {
    return java.util.Collections.unmodifiableMap(roots);
  }

  /** Returns the first words of the phrases. */
  java.util.Set<String> firstWords() {
    return roots.keySet();
  }

  /** Returns the number of first words. */
  int size() {
    return roots.size();
  }
}
