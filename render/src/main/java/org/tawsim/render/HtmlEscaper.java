/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.render;

/**
 * Escapes text for HTML: document text, ids and metadata never become markup.
 *
 * <p>Besides {@code & < > " '}, characters that HTML does not allow in a document are replaced by
 * U+FFFD so the page stays well formed and the output stays the same bytes: lone surrogates (a
 * span that splits a surrogate pair leaves one on each side), NUL and the other C0 and C1 controls
 * except tab, line feed and carriage return, and the noncharacters U+FFFE and U+FFFF.
 */
final class HtmlEscaper {

  static final char REPLACEMENT = '\uFFFD';

  private HtmlEscaper() {}

  /** Appends {@code s} escaped for a text node or a quoted attribute value. */
  static StringBuilder escape(StringBuilder out, CharSequence s) {
    return escape(out, s, 0, s.length());
  }

  /** Appends {@code s[begin, end)} escaped for a text node or a quoted attribute value. */
  static StringBuilder escape(StringBuilder out, CharSequence s, int begin, int end) {
    for (int i = begin; i < end; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)) {
            if (i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
              out.append(c).append(s.charAt(++i));
            } else {
              out.append(REPLACEMENT);
            }
          } else if (Character.isLowSurrogate(c) || !allowed(c)) {
            out.append(REPLACEMENT);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out;
  }

  /** Returns {@code s} escaped. */
  static String escape(CharSequence s) {
    return escape(new StringBuilder(s.length() + 16), s).toString();
  }

  private static boolean allowed(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    return !(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF');
  }
}
