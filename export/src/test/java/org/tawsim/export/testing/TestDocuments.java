/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.Quotation;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;
import org.tawsim.core.Token;

/**
 * Documents built by hand for the writer tests (the annotators are not used here): a tiny
 * tokenizer, entities by their text, and golden-file comparison.
 */
public final class TestDocuments {

  private static final String PUNCTUATION = "\".,:،؛!?()«»";

  private TestDocuments() {}

  /** Tokens: runs of non-space characters, with punctuation marks as tokens of their own. */
  public static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (PUNCTUATION.indexOf(c) >= 0) {
        i++;
      } else {
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))
            && PUNCTUATION.indexOf(text.charAt(i)) < 0) {
          i++;
        }
      }
      tokens.add(new Token(new Span(start, i), text.substring(start, i)));
    }
    return tokens;
  }

  /** Sentences: the lines of the text, trimmed, empty ones left out. */
  public static List<Sentence> lines(String text) {
    List<Sentence> list = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int b = start;
        int e = i;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
          b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        if (e > b) {
          list.add(new Sentence(new Span(b, e)));
        }
        start = i + 1;
      }
    }
    return list;
  }

  /** Returns the span of the first occurrence of {@code part} in {@code text}. */
  public static Span find(String text, String part) {
    int i = text.indexOf(part);
    if (i < 0) {
      throw new IllegalArgumentException("'" + part + "' not in '" + text + "'");
    }
    return new Span(i, i + part.length());
  }

  /** Returns an entity over the first occurrence of {@code part}. */
  public static Entity entity(String text, String part, EntityType type, String source) {
    return new Entity(find(text, part), type, source);
  }

  /** The news text of the golden files: Arabic, an emoji flag, a quotation, three sentences. */
  public static final String NEWS_TEXT =
      "قال الرئيس فلاديمير بوتين في موسكو 🇷🇺 إن \"الحوار مستمر\".\n"
          + "وأكدت وزارة الخارجية الروسية ذلك يوم الاثنين.\n"
          + "👍 شكرا لبوتين و 50٪ من الناس.";

  /** A news document with every layer: sentences, tokens, entities, one quotation. */
  public static Document news() {
    String t = NEWS_TEXT;
    Entity putin = entity(t, "فلاديمير بوتين", EntityType.PER, "rule:title+name");
    List<Entity> entities = List.of(
        putin,
        entity(t, "موسكو", EntityType.LOC, "gazetteer:cities"),
        entity(t, "وزارة الخارجية الروسية", EntityType.ORG, "rule:org"),
        entity(t, "يوم الاثنين", EntityType.DATE, "rule:date"),
        entity(t, "50٪", EntityType.PERCENT, "rule:percent"));
    Quotation q = new Quotation(find(t, "\"الحوار مستمر\""), find(t, "الحوار مستمر"),
        QuoteKind.SPEECH, false, find(t, "الرئيس فلاديمير بوتين"), find(t, "قال"), putin);
    return Document.of("news-1", t, java.util.Map.of("source", "test"))
        .withLayer(Sentence.class, lines(t))
        .withLayer(Token.class, tokens(t))
        .withLayer(Entity.class, entities)
        .withLayer(Quotation.class, List.of(q));
  }

  /** The awkward text: an entity inside a token, a token with a space, no sentence layer. */
  public static final String AWKWARD_TEXT = "شكرا لبوتين و عبد الله في الرياض";

  /**
   * A document without a sentence layer, where {@code بوتين} lies inside the token {@code لبوتين}
   * and the token {@code عبد الله} holds a space.
   */
  public static Document awkward() {
    String t = AWKWARD_TEXT;
    List<Token> tokens = new ArrayList<>();
    for (Token tok : tokens(t)) {
      if (t.substring(tok.span().begin(), tok.span().end()).equals("الله")) {
        Token previous = tokens.remove(tokens.size() - 1);
        tokens.add(new Token(new Span(previous.span().begin(), tok.span().end()), "عبد الله"));
      } else {
        tokens.add(tok);
      }
    }
    return Document.of("awkward-1", t)
        .withLayer(Token.class, tokens)
        .withLayer(Entity.class, List.of(
            entity(t, "بوتين", EntityType.PER, ""),
            entity(t, "عبد الله", EntityType.PER, ""),
            entity(t, "الرياض", EntityType.LOC, "")));
  }

  /** The documents every golden file holds, in order. */
  public static List<Document> golden() {
    return List.of(news(), awkward());
  }

  /**
   * Compares output with the golden file {@code resource} (under this package's resources), after
   * normalising newlines; with {@code -Dtawsim.golden.update=true} rewrites the file instead.
   */
  public static void assertGolden(Class<?> owner, String resource, String actual) {
    String path = owner.getPackageName().replace('.', '/') + "/" + resource;
    if (Boolean.getBoolean("tawsim.golden.update")) {
      try {
        Path file = Path.of("src/test/resources").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    // Class, not ClassLoader: a class loader finds no resource of a named module's package unless
    // the package is open to everyone.
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("no golden file " + path + " (run with -Dtawsim.golden.update=true)");
      }
      String expected = new String(in.readAllBytes(), UTF_8).replace("\r\n", "\n");
      assertEquals(expected, actual.replace("\r\n", "\n"), "golden file " + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Entities as {@code TYPE[begin, end)}, sources left out (annotation tools do not keep them). */
  public static String entities(Document d) {
    List<String> out = new ArrayList<>();
    d.layer(Entity.class).forEach(e -> out.add(e.type() + "" + e.span()));
    return String.join(" ", out);
  }

  /** Quotations with kind, span, content, speaker, cue and the speaker's entity, sources left out. */
  public static String quotes(Document d) {
    List<String> out = new ArrayList<>();
    for (Quotation q : d.layer(Quotation.class)) {
      out.add(q.kind() + "" + q.span() + " content " + q.content() + " unclosed " + q.unclosed()
          + " speaker " + q.speaker()
          + " cue " + q.cue() + " entity " + (q.speakerEntity() == null
              ? null : q.speakerEntity().type() + "" + q.speakerEntity().span()));
    }
    return String.join(" ", out);
  }
}
