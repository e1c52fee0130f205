/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import java.io.IOException;
import java.util.Objects;

/**
 * Bad input: a line that is not JSON, a text with invalid UTF-8, a span out of range.
 *
 * <p>The message names the input, the place in it and the reason, such as {@code
 * "corpus.jsonl:17: span [3, 90) ends past the text (length 40)"}.
 */
public final class InvalidInputException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The file or stream, as the user named it. */
  private final String input;

  /** Where in the input, such as {@code "line 17"}; empty for the whole input. */
  private final String location;

  /** What is wrong. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param input the file or stream, as the user named it
   * @param location where in it, such as {@code "line 17"} or {@code "byte 4096"}; empty for the
   *     whole input
   * @param reason what is wrong
   */
  public InvalidInputException(String input, String location, String reason) {
    this(input, location, reason, null);
  }

  /**
   * Creates the exception with the error that revealed the problem.
   *
   * @param input the file or stream, as the user named it
   * @param location where in it, such as {@code "line 17"}; empty for the whole input
   * @param reason what is wrong
   * @param cause the error that revealed the problem
   */
  public InvalidInputException(String input, String location, String reason, Throwable cause) {
    super(format(input, location, reason), cause);
    this.input = Objects.requireNonNull(input, "input");
    this.location = Objects.requireNonNull(location, "location");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  private static String format(String input, String location, String reason) {
    return location.isEmpty() ? input + ": " + reason : input + ": " + location + ": " + reason;
  }

  /** {@return the input's name} */
  public String input() {
    return input;
  }

  /** {@return the place in the input, or the empty string for the whole input} */
  public String location() {
    return location;
  }

  /** {@return what is wrong} */
  public String reason() {
    return reason;
  }
}
