/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pipeline is loaded ahead only for the commands that annotate with it. */
class WarmupTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "annotate in.txt -o out.jsonl | true",
        "build pages -o corpus       | true",
        "export in.jsonl -o out.conll | false",
        "eval entities gold.conll     | false",
        "bench corpus                 | false",
        "--help                       | false",
        "''                           | false"
      })
  void loadsAheadOnlyForTheCommandsThatAnnotate(String line, boolean loads) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    assertEquals(loads, Warmup.annotates(args));
  }
}
