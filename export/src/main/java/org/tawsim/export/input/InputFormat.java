/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.input;

import java.util.Locale;

/** How {@link InputReader} reads a file. */
public enum InputFormat {
  /** By the file name: {@code .jsonl} and {@code .json} (also gzipped) are JSONL, the rest text. */
  AUTO,
  /** One document per UTF-8 text file. */
  TXT,
  /** One document per line of JSON with {@code id} and {@code text}. */
  JSONL;

  /**
   * {@return the format a file of this name is read as; {@link #AUTO} resolves by extension}
   *
   * @param fileName the file's name
   */
  public InputFormat resolve(String fileName) {
    if (this != AUTO) {
      return this;
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    return name.endsWith(".jsonl") || name.endsWith(".json") ? JSONL : TXT;
  }

  /**
   * {@return true when a file met while walking a folder is an input in this format}
   *
   * @param fileName the file's name
   */
  public boolean accepts(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    boolean text = name.endsWith(".txt");
    boolean json = name.endsWith(".jsonl") || name.endsWith(".json");
    return switch (this) {
      case AUTO -> text || json;
      case TXT -> text;
      case JSONL -> json;
    };
  }
}
