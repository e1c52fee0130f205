/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JarPairTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the defaults: 5 rounds, the whole pipeline, turns of 50, every document
        "a.jar b.jar c.jsonl|a.jar b.jar c.jsonl 5 [] 50 2147483647 1",
        "a.jar b.jar c.jsonl --rounds 3 --stage Entity"
            + "|a.jar b.jar c.jsonl 3 [Entity] 50 2147483647 1",
        "--turn 10 a.jar --documents 500 b.jar c --forks 4|a.jar b.jar c 5 [] 10 500 4",
        // the older form: A B CORPUS ROUNDS [STAGE]
        "a.jar b.jar c.jsonl 7|a.jar b.jar c.jsonl 7 [] 50 2147483647 1",
        "a.jar b.jar c.jsonl 7 Quotation|a.jar b.jar c.jsonl 7 [Quotation] 50 2147483647 1",
      })
  void readsArguments(String args, String expected) {
    JarPair.Settings s = JarPair.Settings.parse(args.split(" "));
    assertEquals(expected, String.join(" ", s.buildA(), s.buildB(), s.corpus(),
        String.valueOf(s.rounds()), "[" + s.stage() + "]", String.valueOf(s.turn()),
        String.valueOf(s.documents()), String.valueOf(s.forks())));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a.jar b.jar|expected 3 arguments before the options, got 2; " + JarPair.Settings.USAGE,
        "a b c 5 Entity extra|expected 3 arguments before the options, got 6; "
            + JarPair.Settings.USAGE,
        "a b c --rounds|--rounds needs a value; " + JarPair.Settings.USAGE,
        "a b c --rounds 0|--rounds wants a whole number above 0, got 0",
        "a b c --turn x|--turn wants a whole number above 0, got x",
        "a b c five|ROUNDS wants a whole number above 0, got five",
        "a b c --threads 2|unknown option --threads; " + JarPair.Settings.USAGE,
      })
  void rejectsBadArguments(String args, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JarPair.Settings.parse(args.split(" ")));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1.0|1.0",
        "1.2 0.9 1.0|1.0",
        "1.2 0.9 1.0 1.1|1.05",
      })
  void takesTheMedian(String values, double expected) {
    String[] parts = values.split(" ");
    double[] v = new double[parts.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = Double.parseDouble(parts[i]);
    }
    assertEquals(expected, JarPair.median(v), 1e-9);
  }
}
