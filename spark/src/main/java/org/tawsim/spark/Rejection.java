/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.io.Serializable;
import org.tawsim.core.InvalidInputException;

/**
 * An input that was not written, with its reason (and, for a dropped duplicate, the id of the
 * document it copies): what travels back from the executors to the
 * driver's {@code rejects.jsonl} (the exception itself would drag its stack and cause along).
 */
record Rejection(String input, String location, String reason, String duplicateOf)
    implements Serializable {

  /** A rejection that is not a duplicate. */
  Rejection(String input, String location, String reason) {
    this(input, location, reason, null);
  }

  static Rejection of(InvalidInputException e) {
    return new Rejection(e.input(), e.location(), e.reason());
  }

  /** Returns the message {@code tawsim build} prints for it. */
  String message() {
    return new InvalidInputException(input, location, reason).getMessage();
  }
}
