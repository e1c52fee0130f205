/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The style sheet and script every page inlines, loaded once from this package's resources, and
 * the hashes that the page's Content-Security-Policy allows them by.
 */
final class PageAssets {

  /** The base style sheet; the entity colours are appended per corpus. */
  static final String CSS = load("render.css");

  /** The page's script: paging, navigation, toggles, speaker arrows. */
  static final String JS = load("render.js");

  private PageAssets() {}

  /** Returns {@code 'sha256-...'}, the CSP source that allows an inline element with this text. */
  static String cspHash(String inline) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String load(String name) {
    try (InputStream in = PageAssets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("missing resource " + PageAssets.class.getPackageName() + "/" + name));
      }
      // A checkout with CRLF line ends must give the same page bytes as one with LF.
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
