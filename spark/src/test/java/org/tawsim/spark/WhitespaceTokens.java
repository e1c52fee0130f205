package org.tawsim.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.tawsim.annotate.zones.ZoneTagger;
import org.tawsim.core.Annotation;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.Pipeline;
import org.tawsim.core.Span;
import org.tawsim.core.Token;

/**
 * A test annotator: one token per run of non-space characters, so that the Spark job has a real
 * layer to carry (the shipped pipeline may still be empty) and a text with {@code boom} fails.
 */
final class WhitespaceTokens implements Annotator {

  /** How many pipelines {@link #pipeline()} made in this JVM. */
  static final AtomicInteger CREATED = new AtomicInteger();

  /** The factory the tests give the job: counts what it creates. */
  static Pipeline pipeline() {
    CREATED.incrementAndGet();
    return Pipeline.of(new WhitespaceTokens());
  }

  /** The zone tagger then this: a pipeline that can cut pages into articles. */
  static Pipeline zonedPipeline() {
    CREATED.incrementAndGet();
    return Pipeline.of(new ZoneTagger(), new WhitespaceTokens());
  }

  @Override
  public Document annotate(Document d) {
    String text = d.text();
    if (text.contains("boom")) {
      throw new IllegalStateException("the test annotator fails on 'boom'");
    }
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        tokens.add(new Token(new Span(start, i), text.substring(start, i)));
      }
    }
    return d.withLayer(Token.class, tokens);
  }

  @Override
  public Set<Class<? extends Annotation>> requires() {
    return Set.of();
  }

  @Override
  public Set<Class<? extends Annotation>> produces() {
    return Set.of(Token.class);
  }
}
