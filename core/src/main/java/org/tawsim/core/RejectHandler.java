/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a reader does with bad input: stop there, or record it and go on.
 *
 * <p>{@link #FAIL} rethrows, so reading stops at the first bad document. {@link #collecting()}
 * keeps every rejection for a report, so a run can write the good documents and list the rest.
 */
@FunctionalInterface
public interface RejectHandler {

  /** Stops at the first bad document by rethrowing. */
  RejectHandler FAIL =
      e -> {
        throw e;
      };

  /**
   * Takes one rejection.
   *
   * @param rejection what is wrong with the document, and where
   * @throws InvalidInputException to stop reading
   */
  void reject(InvalidInputException rejection) throws InvalidInputException;

  /** {@return a handler that keeps every rejection, in order} Not thread-safe. */
  static Collecting collecting() {
    return new Collecting();
  }

  /** A handler that keeps what it is given. */
  final class Collecting implements RejectHandler {
    private final List<InvalidInputException> rejections = new ArrayList<>();

    private Collecting() {}

    @Override
    public void reject(InvalidInputException rejection) {
      rejections.add(rejection);
    }

    /** {@return the rejections so far, in order} */
    public List<InvalidInputException> rejections() {
      return Collections.unmodifiableList(rejections);
    }
  }
}
