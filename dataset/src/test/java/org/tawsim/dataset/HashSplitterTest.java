/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashSplitterTest {

  /** The contract: these ids land here in every version, or every published split changes. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"snn-00010, TRAIN", "snn-00014, DEV", "snn-00018, TEST", "snn-00021, TEST"})
  void assignsTheSameSplitInEveryVersion(String id, Split expected) {
    assertEquals(expected, HashSplitter.DEFAULT.assign(id));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @CsvSource({
    "snn-00000, 0, 0.4144867530132724",
    "page-1.txt, 0, 0.30543291285079366",
    "page-1.txt, 42, 0.735109665981135",
    "مقال-١, 0, 0.7003144992987148"
  })
  void hashesTheSameInEveryVersion(String id, long seed, double unit) {
    // the contract a Spark job relies on: change this and every published split changes
    assertEquals(unit, HashSplitter.of(80, 10, 10, seed).unit(id), 0.0);
  }

  @Test
  void sharesFollowTheRatios() {
    HashSplitter s = HashSplitter.of(80, 10, 10, 7);
    Map<Split, Integer> counts = new EnumMap<>(Split.class);
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      counts.merge(s.assign("doc-" + i), 1, Integer::sum);
    }
    assertEquals(0.80, counts.get(Split.TRAIN) / (double) n, 0.01);
    assertEquals(0.10, counts.get(Split.DEV) / (double) n, 0.01);
    assertEquals(0.10, counts.get(Split.TEST) / (double) n, 0.01);
  }

  @Test
  void theSeedReshuffles() {
    int moved = 0;
    for (int i = 0; i < 1000; i++) {
      if (HashSplitter.of(50, 25, 25, 1).assign("d" + i) != HashSplitter.of(50, 25, 25, 2).assign("d" + i)) {
        moved++;
      }
    }
    assertTrue(moved > 400, "only " + moved + " of 1000 moved");
  }

  @Test
  void growingDevMovesOnlyDocumentsNearTheBoundary() {
    HashSplitter a = HashSplitter.of(80, 10, 10, 0);
    HashSplitter b = HashSplitter.of(80, 15, 5, 0);
    for (int i = 0; i < 10_000; i++) {
      String id = "d" + i;
      if (a.assign(id) != b.assign(id)) {
        assertEquals(Split.TEST, a.assign(id));
        assertEquals(Split.DEV, b.assign(id));
      }
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"80,10,10; 0.8", "0.8/0.1/0.1; 0.8", "8:1:1; 0.8", "1,1,2; 0.25", "100,0,0; 1.0"})
  void parsesRatiosOfAnyScale(String text, double train) {
    assertEquals(train, HashSplitter.parse(text, 0).share(Split.TRAIN), 1e-12);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"80,10", "a,b,c", "-1,1,1", "0,0,0", "80,10,10,0"})
  void rejectsBadRatios(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HashSplitter.parse(text, 0));
    assertTrue(e.getMessage().contains("ratios"), e.getMessage());
  }

  @Test
  void allTrainPutsEverythingInTrain() {
    HashSplitter s = HashSplitter.of(1, 0, 0, 3);
    for (int i = 0; i < 1000; i++) {
      assertEquals(Split.TRAIN, s.assign("x" + i));
    }
  }

  @Test
  void survivesSerialisationForSpark() throws IOException, ClassNotFoundException {
    HashSplitter s = HashSplitter.of(70, 20, 10, 99);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(s);
    }
    Object back =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
    assertEquals(s, back);
    assertEquals(s.assign("id-17"), ((HashSplitter) back).assign("id-17"));
    assertNotEquals(0L, s.hash(""));
  }
}
