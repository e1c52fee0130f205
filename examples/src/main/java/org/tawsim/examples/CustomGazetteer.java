/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.examples;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tawsim.annotate.Annotators;
import org.tawsim.annotate.entities.ArabicEntityTagger;
import org.tawsim.core.Annotation;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Pipeline;
import org.tawsim.core.Span;
import org.tawsim.core.Token;

/**
 * Teaches the entity tagger a new type: a list of product names (a gazetteer) and a rule of one's
 * own that runs after the tagger, here "a product name followed by a number is one product"
 * (آيفون 15).
 *
 * <p>The list goes through {@link ArabicEntityTagger.Builder#addList}: its phrases are normalised
 * as the tokens are, match with proclitics (وآيفون، بآيفون) and win over the default lists. A list
 * can also come from a UTF-8 file, one phrase a line: {@code addList(PRODUCT,
 * Path.of("products.txt"))}. The rule is an ordinary {@link Annotator} that reads the token and
 * entity layers and returns a new entity layer; the {@link Pipeline} checks that it comes after the
 * steps that produce them.
 */
public final class CustomGazetteer {

  /** The new entity type. */
  public static final EntityType PRODUCT = EntityType.of("PRODUCT");

  private CustomGazetteer() {}

  /**
   * Extends each entity of one type over a number that follows it ({@code آيفون 15}), unless
   * another entity starts there. Immutable and thread-safe.
   */
  static final class ModelNumberRule implements Annotator {
    private final EntityType type;

    ModelNumberRule(EntityType type) {
      this.type = Objects.requireNonNull(type, "type");
    }

    @Override
    public Document annotate(Document doc) {
      List<Token> tokens = doc.layer(Token.class);
      List<Entity> entities = doc.layer(Entity.class);
      List<Entity> out = new ArrayList<>(entities.size());
      int t = 0;
      for (int i = 0; i < entities.size(); i++) {
        Entity e = entities.get(i);
        while (t < tokens.size() && tokens.get(t).span().end() <= e.span().end()) {
          t++;
        }
        // t is now the first token after the entity
        int nextBegin = i + 1 < entities.size() ? entities.get(i + 1).span().begin() : Integer.MAX_VALUE;
        if (e.type().equals(type) && t < tokens.size()
            && isNumber(doc.text(tokens.get(t).span()))
            && tokens.get(t).span().end() <= nextBegin) {
          e = new Entity(new Span(e.span().begin(), tokens.get(t).span().end()), type,
              "rule:model-number");
        }
        out.add(e);
      }
      return doc.withLayer(Entity.class, out);
    }

    private static boolean isNumber(String token) {
      return !token.isEmpty() && token.codePoints().allMatch(Character::isDigit); // 15 and ١٥
    }

    @Override
    public Set<Class<? extends Annotation>> requires() {
      return Set.of(Token.class, Entity.class);
    }

    @Override
    public Set<Class<? extends Annotation>> produces() {
      return Set.of(Entity.class);
    }
  }

  /**
   * Returns the default pipeline with an entity tagger that also knows these product names, and
   * the model-number rule after it.
   */
  public static Pipeline pipeline(Collection<String> products) {
    ArabicEntityTagger tagger = ArabicEntityTagger.builder()
        .addList(PRODUCT, "products", products)
        .build();
    // the default pipeline, with our tagger and rule in place of its tagger
    return Annotators.defaultPipeline()
        .replace(ArabicEntityTagger.class, tagger, new ModelNumberRule(PRODUCT));
  }

  /**
   * Annotates {@code text} with the product list and rule, and returns {@code TYPE text (source)}
   * for each entity.
   */
  public static List<String> run(String text, Collection<String> products) {
    Document doc = pipeline(products).annotate(Document.of("custom", text));
    List<String> found = new ArrayList<>();
    for (Entity e : doc.layer(Entity.class)) {
      found.add(e.type() + " " + doc.text(e.span()) + " (" + e.source() + ")");
    }
    return found;
  }

  /** Prints the entities of a short text with a product list. */
  public static void main(String[] args) {
    String text = "أعلنت شركة أبل في كاليفورنيا عن هاتف آيفون 15، فيما تستعد سامسونج لإطلاق جالاكسي 24.\n";
    run(text, List.of("آيفون", "جالاكسي")).forEach(e -> Utf8Out.print(e + "\n"));
  }
}
