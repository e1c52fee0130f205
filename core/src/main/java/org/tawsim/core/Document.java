/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable text with its annotations: the unit that flows through a {@link Pipeline}.
 *
 * <p>A document has an id, the original text (never changed by any annotator), string metadata
 * (sorted by key, so output is stable) and one sorted list per annotation kind, its <em>layers</em>.
 * Adding a layer returns a new document:
 *
 * <pre>{@code
 * Document d = Document.of("doc-1", "قال الرئيس ...");
 * Document withSentences = d.withLayer(Sentence.class, List.of(new Sentence(new Span(0, 14))));
 * List<Sentence> sentences = withSentences.layer(Sentence.class);
 * }</pre>
 *
 * <p>A layer that was never added is absent ({@link #hasLayer} is false, {@link #layer} gives an
 * empty list); a layer added empty is present. Writers use the difference to omit layers that were
 * not computed. Layers are sorted by span (begin, then longer first), ties kept in the order given.
 * Every span of every annotation, quotation speaker and cue included, lies inside the text.
 *
 * <p>Offsets are UTF-16 units. Documents are immutable and thread-safe.
 */
public final class Document {

  private static final Comparator<Annotation> BY_SPAN = Comparator.comparing(Annotation::span);

  private final String id;
  private final String text;
  private final Map<String, String> metadata;
  private final Map<Class<? extends Annotation>, List<? extends Annotation>> layers;

  private Document(
      String id,
      String text,
      Map<String, String> metadata,
      Map<Class<? extends Annotation>, List<? extends Annotation>> layers) {
    this.id = id;
    this.text = text;
    this.metadata = metadata;
    this.layers = layers;
  }

  /**
   * {@return a document with no metadata and no layers}
   *
   * @param id the document's id, not empty
   * @param text the original text
   * @throws IllegalArgumentException when the id is empty
   */
  public static Document of(String id, String text) {
    return of(id, text, Map.of());
  }

  /**
   * {@return a document with metadata and no layers}
   *
   * @param id the document's id, not empty
   * @param text the original text
   * @param metadata string keys and values, copied and sorted by key
   * @throws IllegalArgumentException when the id is empty
   * @throws NullPointerException when a key or value of the metadata is null
   */
  public static Document of(String id, String text, Map<String, String> metadata) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("document id is empty");
    }
    TreeMap<String, String> sorted = new TreeMap<>();
    metadata.forEach(
        (k, v) ->
            sorted.put(
                Objects.requireNonNull(k, "metadata key"),
                Objects.requireNonNull(v, () -> "metadata value of '" + k + "'")));
    return new Document(id, text, Collections.unmodifiableMap(sorted), Map.of());
  }

  /** {@return the document's id, never empty} */
  public String id() {
    return id;
  }

  /** {@return the original text} */
  public String text() {
    return text;
  }

  /** {@return the metadata, sorted by key, unmodifiable} */
  public Map<String, String> metadata() {
    return metadata;
  }

  /**
   * {@return the text a span covers}
   *
   * @param span a span inside the text
   */
  public String text(Span span) {
    return span.coveredText(text);
  }

  /**
   * {@return true when the layer of this kind was added, even if empty}
   *
   * @param kind the annotation class of the layer
   */
  public boolean hasLayer(Class<? extends Annotation> kind) {
    return layers.containsKey(kind);
  }

  /** {@return the kinds of the layers present, in the order they were added} */
  public Set<Class<? extends Annotation>> layerKinds() {
    return Collections.unmodifiableSet(layers.keySet());
  }

  /**
   * {@return the layer of this kind, sorted by span; an empty list when it is absent}
   *
   * @param <A> the annotation type
   * @param kind the annotation class of the layer
   */
  @SuppressWarnings("unchecked") // withLayer stores a List<A> under the key Class<A>
  public <A extends Annotation> List<A> layer(Class<A> kind) {
    Objects.requireNonNull(kind, "kind");
    return (List<A>) layers.getOrDefault(kind, List.of());
  }

  /**
   * {@return the token layer, as {@link #layer layer(Token.class)} does, typed so that long loops
   * can read offsets without making a {@link Token} per token; an empty list when it is absent}
   */
  public TokenList tokens() {
    return (TokenList) layers.getOrDefault(Token.class, TokenList.of());
  }

  /**
   * {@return a copy of this document with the layer of this kind set to {@code annotations},
   * sorted} A {@link Token} layer is kept as a {@link TokenList}.
   *
   * @param <A> the annotation type
   * @param kind the annotation class of the layer
   * @param annotations the layer's annotations, in any order; their spans must lie inside the text
   * @throws IllegalArgumentException naming the document, the annotation and the text length when
   *     a span (or a quotation's speaker or cue) ends past the text
   */
  public <A extends Annotation> Document withLayer(Class<A> kind, List<? extends A> annotations) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(annotations, "annotations");
    if (kind == Token.class) {
      @SuppressWarnings("unchecked") // kind is Token.class, so A is Token
      TokenList tokens = TokenList.copyOf((List<? extends Token>) annotations);
      if (tokens.maxEnd() > text.length()) {
        for (Token t : tokens) {
          checkInside(t);
        }
      }
      return with(kind, tokens);
    }
    List<A> sorted = new ArrayList<>(annotations.size());
    for (A a : annotations) {
      checkInside(Objects.requireNonNull(a, "annotation"));
      sorted.add(kind.cast(a));
    }
    sorted.sort(BY_SPAN);
    return with(kind, Collections.unmodifiableList(sorted));
  }

  private Document with(Class<? extends Annotation> kind, List<? extends Annotation> layer) {
    Map<Class<? extends Annotation>, List<? extends Annotation>> copy = new LinkedHashMap<>(layers);
    copy.put(kind, layer);
    return new Document(id, text, metadata, Collections.unmodifiableMap(copy));
  }

  /**
   * {@return a copy of this document without the layer of this kind}
   *
   * @param kind the annotation class of the layer to drop
   */
  public Document withoutLayer(Class<? extends Annotation> kind) {
    if (!layers.containsKey(kind)) {
      return this;
    }
    Map<Class<? extends Annotation>, List<? extends Annotation>> copy = new LinkedHashMap<>(layers);
    copy.remove(kind);
    return new Document(id, text, metadata, Collections.unmodifiableMap(copy));
  }

  /**
   * {@return a copy of this document with other metadata and the same text and layers}
   *
   * @param newMetadata the metadata that replaces this document's, copied and sorted by key
   */
  public Document withMetadata(Map<String, String> newMetadata) {
    Document d = of(id, text, newMetadata);
    return new Document(id, text, d.metadata, layers);
  }

  private void checkInside(Annotation a) {
    checkInside(a, a.span());
    if (a instanceof Quotation q) {
      checkInside(a, q.content());
      if (q.speaker() != null) {
        checkInside(a, q.speaker());
      }
      if (q.cue() != null) {
        checkInside(a, q.cue());
      }
    }
  }

  private void checkInside(Annotation a, Span span) {
    if (span.end() > text.length()) {
      throw new IllegalArgumentException(
          "document '"
              + id
              + "': "
              + a.getClass().getSimpleName()
              + " span "
              + span
              + " ends past the text (length "
              + text.length()
              + ")");
    }
  }

  /** Documents are equal when id, text, metadata and every layer are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Document d
        && id.equals(d.id)
        && text.equals(d.text)
        && metadata.equals(d.metadata)
        && layers.equals(d.layers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text, metadata, layers);
  }

  @Override
  public String toString() {
    return "Document[" + id + ", " + text.length() + " chars, layers=" + layerSummary() + "]";
  }

  private String layerSummary() {
    StringBuilder sb = new StringBuilder("{");
    layers.forEach(
        (k, v) -> {
          if (sb.length() > 1) {
            sb.append(", ");
          }
          sb.append(k.getSimpleName()).append('=').append(v.size());
        });
    return sb.append('}').toString();
  }
}
