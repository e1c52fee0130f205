/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicateIndexTest {

  /** A text of {@code n} words drawn with a fixed seed from a small Arabic vocabulary. */
  static String words(long seed, int n) {
    String[] vocab = {
      "قال", "الرئيس", "إن", "الحكومة", "ستعمل", "على", "تطوير", "الاقتصاد", "في", "المنطقة",
      "خلال", "العام", "المقبل", "وأضاف", "أن", "المشاريع", "الجديدة", "سوف", "تساهم", "بشكل",
      "كبير", "التنمية", "والتعليم", "والصحة", "للمواطنين", "بيروت", "الرياض", "القاهرة", "وزير",
      "الخارجية", "مؤتمر", "صحفي", "اليوم", "الثلاثاء", "المفاوضات", "السلام", "الاتفاق"
    };
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i > 0 ? (i % 17 == 0 ? ".\n" : " ") : "").append(vocab[r.nextInt(vocab.length)]);
    }
    return sb.toString();
  }

  /** Replaces every {@code k}th word with another, changing about 3/k of the 3-shingles. */
  static String edit(String text, int k) {
    String[] w = text.split(" ");
    for (int i = k / 2; i < w.length; i += k) {
      w[i] = "كلمة" + i;
    }
    return String.join(" ", w);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "diacritics and tatweel|قَالَ الرئيـــس إنّ الحكومة ستعمل",
        "alef forms and teh marbuta|قال الرئيس ان الحكومه ستعمل",
        "spacing and punctuation|  قال   الرئيس، إن «الحكومة» ستعمل!",
        "line breaks|قال الرئيس<br>إن الحكومة<br><br>ستعمل"
      })
  void findsExactCopiesWhateverTheSpelling(String name, String copy) {
    DuplicateIndex index = new DuplicateIndex(0.8);
    Fingerprint original = Fingerprint.of("قال الرئيس إن الحكومة ستعمل");
    assertEquals(DuplicateIndex.Kind.NEW, index.add(original, Split.TEST, "a").kind());
    DuplicateIndex.Verdict v =
        index.add(Fingerprint.of(copy.replace("<br>", "\n")), Split.TRAIN, "b");
    assertEquals(DuplicateIndex.Kind.EXACT, v.kind());
    assertEquals("a", index.id(v.group()));
    assertEquals(Split.TEST, index.split(v.group()));
  }

  @Test
  void findsANearCopyAndGivesItTheFirstOnesSplit() {
    String text = words(1, 300);
    DuplicateIndex index = new DuplicateIndex(0.8);
    index.add(Fingerprint.of(text), Split.DEV, "first");
    DuplicateIndex.Verdict v = index.add(Fingerprint.of(edit(text, 40)), Split.TRAIN, "second");
    assertEquals(DuplicateIndex.Kind.NEAR, v.kind());
    assertEquals(Split.DEV, index.split(v.group()));
  }

  @Test
  void leavesDifferentTextsApart() {
    DuplicateIndex index = new DuplicateIndex(0.8);
    for (int i = 0; i < 500; i++) {
      assertEquals(
          DuplicateIndex.Kind.NEW,
          index.add(Fingerprint.of(words(i, 200)), Split.TRAIN, "d" + i).kind(),
          "text " + i);
    }
    assertEquals(500, index.groups());
  }

  @Test
  void aHeavilyEditedTextIsNotANearCopy() {
    String text = words(3, 300);
    DuplicateIndex index = new DuplicateIndex(0.8);
    index.add(Fingerprint.of(text), Split.TRAIN, "a");
    // every 4th word changed: most 3-shingles differ
    assertEquals(
        DuplicateIndex.Kind.NEW, index.add(Fingerprint.of(edit(text, 4)), Split.TRAIN, "b").kind());
  }

  @Test
  void similarityEstimateTracksJaccard() {
    // over many pairs, the estimate is within 0.15 of the true Jaccard of the 3-shingle sets
    Random r = new Random(5);
    for (int t = 0; t < 50; t++) {
      String a = words(r.nextLong(), 150 + r.nextInt(300));
      String b = edit(a, 3 + r.nextInt(60));
      double truth = jaccard(a, b);
      short[] sig = new short[Fingerprint.HASHES];
      Fingerprint.of(b).copySignature(sig, 0);
      double estimate = Fingerprint.of(a).similarity(sig, 0);
      assertEquals(truth, estimate, 0.15, "pair " + t);
    }
  }

  private static double jaccard(String a, String b) {
    List<String> x = shingles(a);
    List<String> y = shingles(b);
    java.util.Set<String> union = new java.util.HashSet<>(x);
    union.addAll(y);
    java.util.Set<String> both = new java.util.HashSet<>(x);
    both.retainAll(new java.util.HashSet<>(y));
    return both.size() / (double) union.size();
  }

  private static List<String> shingles(String t) {
    String[] w = t.replaceAll("[^\\p{L}\\p{N}]+", " ").trim().split(" ");
    List<String> s = new ArrayList<>();
    for (int i = 0; i + 3 <= w.length; i++) {
      s.add(w[i] + " " + w[i + 1] + " " + w[i + 2]);
    }
    return s;
  }

  @Test
  void fingerprintsAreTheSameInEveryRun() {
    Fingerprint a = Fingerprint.of(words(9, 100));
    Fingerprint b = Fingerprint.of(words(9, 100));
    assertEquals(a.exact(), b.exact());
    for (int i = 0; i < Fingerprint.HASHES; i++) {
      assertEquals(a.minimum(i), b.minimum(i));
    }
  }

  @Test
  void shortAndEmptyTextsWork() {
    DuplicateIndex index = new DuplicateIndex(0.8);
    assertEquals(DuplicateIndex.Kind.NEW, index.add(Fingerprint.of("سلام"), Split.TRAIN, "a").kind());
    assertEquals(DuplicateIndex.Kind.EXACT, index.add(Fingerprint.of("سلامٌ"), Split.TRAIN, "b").kind());
    assertEquals(DuplicateIndex.Kind.NEW, index.add(Fingerprint.of("وداعا"), Split.TRAIN, "c").kind());
    assertEquals(DuplicateIndex.Kind.NEW, index.add(Fingerprint.of("!!"), Split.TRAIN, "d").kind());
    assertTrue(index.groups() == 3);
  }

  @Test
  void tableGrowsWithoutLosingKeys() {
    LongIntTable t = new LongIntTable(4);
    for (int i = 0; i < 10_000; i++) {
      t.putIfAbsent(i * 7919L, i);
    }
    for (int i = 0; i < 10_000; i++) {
      assertEquals(i, t.get(i * 7919L));
    }
    assertEquals(-1, t.get(-5));
    assertEquals(0, t.get(0L), "key 0 is a key like any other");
    assertEquals(-1, t.get(1L));
    assertEquals(5, t.putIfAbsent(1L, 5));
    assertEquals(0, t.putIfAbsent(0L, 4));
  }
}
