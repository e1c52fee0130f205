/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteKindTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "speech   | SPEECH",
    "SPEECH   | SPEECH",
    "QUOTE    | SPEECH",
    "quote    | SPEECH",
    "Indirect | INDIRECT",
    "other    | OTHER",
  })
  void readsAFileLabelIgnoringCaseWithQuoteForSpeech(String label, QuoteKind expected) {
    assertEquals(expected, QuoteKind.fromLabel(label));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "rumour  | unknown QuoteKind 'rumour' (expected one of: speech, indirect, other)",
    "SPEAKER | unknown QuoteKind 'SPEAKER' (expected one of: speech, indirect, other)",
    "quotes  | unknown QuoteKind 'quotes' (expected one of: speech, indirect, other)",
  })
  void rejectsAnotherLabelNamingTheValidOnes(String label, String message) {
    assertEquals(message,
        assertThrows(IllegalArgumentException.class, () -> QuoteKind.fromLabel(label)).getMessage());
  }
}
