/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.export.Formats;
import org.tawsim.export.ReaderFormat;

/**
 * The texts of a native JSONL file by document id, to check that an imported document is the one
 * that was exported: each text kept as its SHA-256, so a large corpus costs 32 bytes a document.
 */
final class KnownTexts {

  private final String name;
  private final Map<String, byte[]> digests = new HashMap<>();

  private KnownTexts(String name) {
    this.name = name;
  }

  /** Reads the file, failing at its first bad line. */
  static KnownTexts read(Path file) throws IOException {
    KnownTexts known = new KnownTexts(file.toString());
    try (DocumentReader r = Formats.reader(ReaderFormat.JSONL, file)) {
      for (Optional<Document> d = r.read(); d.isPresent(); d = r.read()) {
        known.digests.put(d.get().id(), digest(d.get().text()));
      }
    }
    return known;
  }

  /** Returns why the document does not match its namesake, or null when it does. */
  String mismatch(Document d) {
    byte[] expected = digests.get(d.id());
    if (expected == null) {
      return "no document '" + d.id() + "' in " + name;
    }
    return Arrays.equals(expected, digest(d.text()))
        ? null
        : "its text differs from the document '" + d.id() + "' in " + name;
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
