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
 * holds a value. Lookup costs one hash probe per word, whatever the number of phrases.
 *
 * <p>Built once by one thread, then only read: safe to share after it is published (the lexicon is
 * built before any tagger uses it).
 */
final class PhraseTrie<V> {

  /** One node: the word that led here was the last of a phrase when {@link #value} is set. */
  static final class Node<V> {
    private Map<String, Node<V>> next;
    private V value;

    Node<V> child(String word) {
      return next == null ? null : next.get(word);
    }

    V value() {
      return value;
    }

    boolean hasChildren() {
      return next != null;
    }
  }

  private final Map<String, Node<V>> roots = new HashMap<>();

  /** Returns the node the phrase's first word leads to, or null. */
  Node<V> root(String word) {
    return roots.get(word);
  }

  /**
   * Adds a phrase; when it is already there, {@code merge} decides which value stays.
   *
   * @param words the phrase's normalised words, at least one
   */
  void put(List<String> words, V value, java.util.function.BinaryOperator<V> merge) {
    Node<V> node = roots.computeIfAbsent(words.get(0), w -> new Node<>());
    for (int i = 1; i < words.size(); i++) {
      Node<V> parent = node;
      if (parent.next == null) {
        parent.next = new HashMap<>(4);
      }
      node = parent.next.computeIfAbsent(words.get(i), w -> new Node<>());
    }
    node.value = node.value == null ? value : merge.apply(node.value, value);
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
