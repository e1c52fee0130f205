/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tawsim.core.Annotation;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.Quotation;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.core.TokenList;
import org.tawsim.core.Zone;

/**
 * What every annotated document must be, whatever its text: the text unchanged; every span of every
 * layer inside the text and on code-point boundaries (never between the halves of a surrogate
 * pair); each layer sorted; sentences apart, trimmed, covering every non-whitespace character
 * exactly once; tokens apart, non-empty, with a norm, covering every character that is not a space;
 * quotation content, speaker and cue inside the text, a linked speaker entity one of the document's.
 * Each check throws an {@link AssertionError} naming the layer, the span and the offset.
 */
final class DocumentInvariants {

  private static final List<Class<? extends Annotation>> LAYERS =
      List.of(Zone.class, Sentence.class, Token.class, Entity.class, Quotation.class);

  private DocumentInvariants() {}

  /** Checks {@code out}, the annotation of {@code in}. */
  static void check(Document in, Document out) {
    String text = in.text();
    require(text.equals(out.text()), "the text changed");
    require(in.id().equals(out.id()), "the id changed");
    for (Class<? extends Annotation> kind : LAYERS) {
      Span previous = null;
      for (Annotation a : out.layer(kind)) {
        Span s = a.span();
        span(text, kind.getSimpleName(), s);
        if (previous != null) {
          Span p = previous;
          require(p.compareTo(s) <= 0, () -> kind.getSimpleName() + " out of order: " + p + " " + s);
        }
        previous = s;
      }
    }
    if (out.hasLayer(Sentence.class)) {
      sentences(text, out.layer(Sentence.class));
    }
    if (out.hasLayer(Token.class)) {
      tokens(text, out.tokens());
    }
    Set<Entity> entities = new HashSet<>(out.layer(Entity.class));
    for (Quotation q : out.layer(Quotation.class)) {
      span(text, "quotation content", q.content());
      if (q.speaker() != null) {
        span(text, "speaker", q.speaker());
      }
      if (q.cue() != null) {
        span(text, "cue", q.cue());
      }
      require(q.speakerEntity() == null || entities.contains(q.speakerEntity()),
          () -> "speaker entity " + q.speakerEntity() + " is not in the entity layer");
    }
  }

  private static void span(String text, String what, Span s) {
    require(s.end() <= text.length(), () -> what + " " + s + " past the end " + text.length());
    require(onBoundary(text, s.begin()) && onBoundary(text, s.end()),
        () -> what + " " + s + " splits a surrogate pair");
  }

  private static boolean onBoundary(String text, int i) {
    return i == 0 || i == text.length()
        || !(Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i)));
  }

  private static void sentences(String text, List<Sentence> sentences) {
    int end = 0;
    for (Sentence sentence : sentences) {
      Span s = sentence.span();
      int from = end;
      require(s.begin() >= end, () -> "sentence " + s + " overlaps the one ending at " + from);
      require(!s.isEmpty() && !sentenceSpace(text.charAt(s.begin()))
          && !sentenceSpace(text.charAt(s.end() - 1)), () -> "sentence " + s + " untrimmed or empty");
      outside(text, end, s.begin(), "sentence");
      end = s.end();
    }
    outside(text, end, text.length(), "sentence");
  }

  private static void tokens(String text, TokenList tokens) {
    int end = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int b = tokens.begin(i);
      int e = tokens.end(i);
      int from = end;
      require(b >= end && e > b, () -> "token [" + b + ", " + e + ") empty or overlaps " + from);
      require(!tokens.norm(i).isEmpty(), () -> "token [" + b + ", " + e + ") has an empty norm");
      for (int c = b; c < e; c++) {
        int at = c;
        require(!tokenSpace(text.charAt(c)), () -> "space at " + at + " inside a token");
      }
      outside(text, end, b, "token");
      end = e;
    }
    outside(text, end, text.length(), "token");
  }

  private static void outside(String text, int from, int to, String layer) {
    for (int c = from; c < to; c++) {
      char ch = text.charAt(c);
      boolean space = layer.equals("token") ? tokenSpace(ch) : sentenceSpace(ch);
      int at = c;
      require(space, () -> String.format(java.util.Locale.ROOT,
          "character %d (U+%04X) in no %s", at, (int) ch, layer));
    }
  }

  /** Whitespace as the sentence annotator reads it (OpenNLP's, with no-break spaces). */
  private static boolean sentenceSpace(char c) {
    return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /** Whitespace as the tokenizer reads it (with NEL). */
  private static boolean tokenSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(message);
    }
  }

  private static void require(boolean ok, java.util.function.Supplier<String> message) {
    if (!ok) {
      throw new AssertionError(message.get());
    }
  }
}
