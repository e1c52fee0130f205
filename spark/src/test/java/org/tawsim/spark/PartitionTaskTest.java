/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartitionTaskTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "line 7       | 100 | line 1         | line 7",
        "line 7       | 100 | 'line 1, byte 4' | 'line 7, byte 104'",
        "line at byte 100 | 100 | 'line 1, byte 4' | 'line at byte 100, byte 104'",
        "line 7       | -1  | 'line 1, byte 4' | 'line 7, byte of the line 4'",
      })
  void putsBackTheLinesPlaceInItsFile(String line, long start, String seen, String expected) {
    RawInput raw = RawInput.jsonlLine("f.jsonl", line, new byte[0], start);
    assertEquals(expected, PartitionTask.relocate(raw, seen));
  }
}
