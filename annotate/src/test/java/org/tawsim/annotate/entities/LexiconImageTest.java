/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The image of the lexicon that the build writes gives every lookup the lists give. */
class LexiconImageTest {

  private static LexiconLoader.Builder lists;
  private static Lexicon fromLists;
  private static Lexicon shipped;

  @BeforeAll
  static void load() {
    lists = LexiconLoader.load();
    fromLists = Lexicon.of(lists);
    shipped = LexiconImage.shipped();
  }

  /** The build wrote the image (annotate's pom, process-classes), and the default lexicon is it. */
  @Test
  void theBuildShipsTheImage() throws IOException {
    assertNotNull(shipped);
    try (InputStream in = LexiconImage.class.getResourceAsStream(LexiconImage.RESOURCE)) {
      assertArrayEquals(image(fromLists), in.readAllBytes(), "the image is not that of the lists");
    }
  }

  /** Every word of every list: the same classes and the same phrases from it, value for value. */
  @Test
  void everyWordHasTheSameClassesAndPhrases() {
    Set<String> words = new TreeSet<>(lists.flags.keySet());
    for (Lexicon.Trie t : Lexicon.Trie.values()) {
      words.addAll(fromLists.trie(t).firstWords());
    }
    for (String w : words) {
      assertEquals(lists.flags.getOrDefault(w, 0), shipped.flags(w), w);
      assertEquals(fromLists.flags(w), shipped.flags(w), w);
      Lexicon.WordInfo a = fromLists.info(w);
      Lexicon.WordInfo b = shipped.info(w);
      assertEquals(a.flags, b.flags, w);
      assertEquals(a.rootMask, b.rootMask, w);
      for (Lexicon.Trie t : Lexicon.Trie.values()) {
        assertEquals(phrases(w, a.root(t)), phrases(w, b.root(t)), w + " " + t);
        assertSame(a.root(t), fromLists.trie(t).root(w), w + " " + t);
        assertSame(b.root(t), shipped.trie(t).root(w), w + " " + t);
      }
      // a word that is not there (a letter more) is not there in either
      assertNull(fromLists.info(w + "\u0629"), w);
      assertNull(shipped.info(w + "\u0629"), w);
    }
  }

  /** The seven tries hold the same phrases with equal values; the types are the shared constants. */
  @Test
  void theTriesHoldTheSamePhrases() {
    List<List<PhraseTrie<?>>> both = List.of(tries(fromLists), tries(shipped));
    for (int t = 0; t < 7; t++) {
      List<String> a = new ArrayList<>();
      List<String> b = new ArrayList<>();
      both.get(0).get(t).rootNodes().forEach((w, n) -> a.addAll(phrases(w, n)));
      both.get(1).get(t).rootNodes().forEach((w, n) -> b.addAll(phrases(w, n)));
      a.sort(null);
      b.sort(null);
      assertEquals(a, b, "trie " + t);
    }
    shipped.entities.rootNodes().forEach((w, n) -> {
      Entry e = n.value();
      if (e != null) {
        assertSame(fromLists.entities.root(w).value().type(), e.type(), w);
      }
    });
  }

  @Test
  void theSetsAreTheSame() {
    assertEquals(fromLists.governmentBodies, shipped.governmentBodies);
    assertEquals(fromLists.governmentHeads, shipped.governmentHeads);
    assertEquals(fromLists.countryNames, shipped.countryNames);
  }

  /** Read back and written again, an image is byte for byte what it was: nothing is lost. */
  @Test
  void anImageReadBackWritesTheSameBytes() throws IOException {
    byte[] bytes = image(fromLists);
    assertArrayEquals(bytes, image(LexiconImage.read(ByteBuffer.wrap(bytes))));
    assertArrayEquals(bytes, image(Lexicon.of(LexiconLoader.load())), "not deterministic");
  }

  /**
   * A damaged image (a truncated or altered jar) fails at start with a message that names it and
   * the byte where reading stopped, never with a bare buffer exception or a request for gigabytes.
   * Each row: how the image is damaged, and the message's "at byte ..." part.
   */
  @Test
  void aDamagedImageFailsWithAMessageThatNamesIt() throws IOException {
    byte[] whole = image(fromLists);
    int n = whole.length;
    int strings = ByteBuffer.wrap(whole, 8, 4).getInt();
    byte[] badMagic = whole.clone();
    badMagic[0] ^= 1;
    byte[] hugeCount = whole.clone();
    ByteBuffer.wrap(hugeCount).putInt(8, Integer.MAX_VALUE);
    Object[][] rows = {
      {new byte[0], "at byte 0 of 0: it ends too early"},
      {badMagic, "at byte 4 of " + n + ": not a lexicon image of this version"},
      {Arrays.copyOf(whole, 12), "at byte 12 of 12: a count of " + strings + " with 0 bytes left"},
      {hugeCount, "at byte 12 of " + n + ": a count of 2147483647 with " + (n - 12) + " bytes left"},
      {Arrays.copyOf(whole, n + 1), "at byte " + n + " of " + (n + 1) + ": bytes after its end: 1"},
    };
    for (Object[] row : rows) {
      ByteBuffer damaged = ByteBuffer.wrap((byte[]) row[0]);
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class, () -> LexiconImage.read(damaged, "x.jar!/lexicon.bin"));
      assertEquals(
          "the entity lexicon image x.jar!/lexicon.bin is damaged (" + row[1]
              + "); the annotate module's build writes it again",
          e.getMessage());
    }
  }

  private static byte[] image(Lexicon lexicon) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LexiconImage.write(lexicon, out);
    return out.toByteArray();
  }

  private static List<PhraseTrie<?>> tries(Lexicon l) {
    return List.of(l.entities, l.titles, l.orgHeads, l.currencies, l.months, l.givenNames,
        l.namesAfterHeads);
  }

  /** Every phrase under a node, as its words and its value, sorted; empty for no node. */
  private static List<String> phrases(String path, PhraseTrie.Node<?> node) {
    List<String> out = new ArrayList<>();
    if (node != null) {
      collect(path, node, out);
    }
    out.sort(null);
    return out;
  }

  private static void collect(String path, PhraseTrie.Node<?> node, List<String> out) {
    if (node.value() != null) {
      out.add(path + " = " + node.value());
    }
    for (Map.Entry<String, ? extends PhraseTrie.Node<?>> c : node.children().entrySet()) {
      collect(path + " " + c.getKey(), c.getValue(), out);
    }
  }
}
