/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.tawsim.core.text.ArabicNormalizer;

/**
 * A token layer stored as parallel arrays (begins, ends, forms) instead of one {@link Token} and one
 * {@link Span} object per token.
 *
 * <p>This is how a {@link Document} holds its {@link Token} layer: {@code document.layer(Token.class)}
 * is a {@code TokenList}, and {@link Document#tokens()} returns it typed. A 10 MB document has about
 * two million tokens; as objects they are some hundred megabytes that the garbage collector must copy
 * and promote, so the cost per character of every later step grew with the document's length. In
 * arrays they are a few objects, and a token costs 12 bytes plus its share of its form's norm.
 *
 * <p>Forms: each token has a {@linkplain #form form}, an index into the list's table of normalised
 * forms, and tokens of one form have the same norm. A tokenizer that gives a word seen again the
 * form of its first occurrence ({@link Builder#addForm}, {@link Builder#add(int, int, int)}) lets
 * later steps do the work that depends on a token's norm alone once per form instead of once per
 * token (the entity tagger looks its readings up in its lexicon that way). Tokens with equal norms
 * may still have different forms: a token added with its norm ({@link Builder#add(int, int,
 * String)}) gets a form of its own.
 *
 * <p>{@link #get} makes a new {@code Token} on each call; loops over long layers read
 * {@link #begin}, {@link #end}, {@link #norm} and {@link #form} instead. Tokens are in span order
 * (begin, then the longer first), as every layer of a document is. Immutable and thread-safe.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {

  private static final TokenList EMPTY =
      new TokenList(new int[0], new int[0], new int[0], 0, new String[0], 0, null);

  private final int[] begins;
  private final int[] ends;
  private final int[] forms;
  private final int size;
  /** The norm of each form. */
  private final String[] norms;
  private final int formCount;
  /** The normaliser that made every norm, or null when not known. */
  private final ArabicNormalizer normalizer;

  private TokenList(int[] begins, int[] ends, int[] forms, int size, String[] norms, int formCount,
      ArabicNormalizer normalizer) {
    this.begins = begins;
    this.ends = ends;
    this.forms = forms;
    this.size = size;
    this.norms = norms;
    this.formCount = formCount;
    this.normalizer = normalizer;
  }

  /** {@return a list of no tokens} */
  public static TokenList of() {
    return EMPTY;
  }

  /**
   * {@return the tokens in span order; ties keep the order given}
   *
   * @param tokens the tokens, in any order
   * @throws NullPointerException when a token is null
   */
  public static TokenList copyOf(List<? extends Token> tokens) {
    if (tokens instanceof TokenList t) {
      return t;
    }
    Token[] sorted = tokens.toArray(new Token[0]);
    for (Token t : sorted) {
      Objects.requireNonNull(t, "token");
    }
    Arrays.sort(sorted, (a, b) -> a.span().compareTo(b.span())); // stable: ties keep their order
    Builder b = builder(sorted.length);
    for (Token t : sorted) {
      b.add(t.span().begin(), t.span().end(), t.norm());
    }
    return b.build();
  }

  /**
   * {@return a builder with room for about {@code expectedSize} tokens}
   *
   * @param expectedSize how many tokens the list will probably hold; the builder grows past it
   */
  public static Builder builder(int expectedSize) {
    return new Builder(expectedSize);
  }

  /** Returns the number of tokens. */
  @Override
  public int size() {
    return size;
  }

  /** Returns a new token for index {@code i}. */
  @Override
  public Token get(int i) {
    Objects.checkIndex(i, size);
    return new Token(new Span(begins[i], ends[i]), norms[forms[i]]);
  }

  /**
   * {@return where token {@code i} begins, as its span would}
   *
   * @param i the token's index
   */
  public int begin(int i) {
    Objects.checkIndex(i, size);
    return begins[i];
  }

  /**
   * {@return where token {@code i} ends, as its span would}
   *
   * @param i the token's index
   */
  public int end(int i) {
    Objects.checkIndex(i, size);
    return ends[i];
  }

  /**
   * {@return the normalised form of token {@code i}}
   *
   * @param i the token's index
   */
  public String norm(int i) {
    Objects.checkIndex(i, size);
    return norms[forms[i]];
  }

  /**
   * {@return the form of token {@code i}, in {@code [0, formCount())}: tokens of one form have the
   * same norm}
   *
   * @param i the token's index
   */
  public int form(int i) {
    Objects.checkIndex(i, size);
    return forms[i];
  }

  /** {@return how many forms the tokens have: one more than the largest {@link #form}} */
  public int formCount() {
    return formCount;
  }

  /**
   * {@return true when the builder was told ({@link Builder#normalizedBy}) that this very
   * normaliser made every norm} A step that needs the norms in that normal form can then take them
   * as they are instead of normalising each again. Not part of {@link #equals}: lists of the same
   * tokens are equal whatever they know of their norms.
   *
   * @param normalizer the normaliser asked about
   */
  public boolean normalizedBy(ArabicNormalizer normalizer) {
    return normalizer != null && normalizer == this.normalizer;
  }

  /** Returns the end of the last token, or 0 when there is none: the layer fits a text this long. */
  int maxEnd() {
    int max = 0;
    for (int i = 0; i < size; i++) {
      max = Math.max(max, ends[i]);
    }
    return max;
  }

  @Override
  public boolean equals(Object o) {
    if (o instanceof TokenList t) {
      if (size != t.size
          || !Arrays.equals(begins, 0, size, t.begins, 0, size)
          || !Arrays.equals(ends, 0, size, t.ends, 0, size)) {
        return false;
      }
      for (int i = 0; i < size; i++) {
        if (!norms[forms[i]].equals(t.norms[t.forms[i]])) {
          return false;
        }
      }
      return true;
    }
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode(); // the List contract: equal to an ArrayList of the same tokens
  }

  /**
   * Collects tokens in span order. Not thread-safe. Tokens added after {@link #build} do not change
   * the lists already built.
   */
  public static final class Builder {

    private int[] begins;
    private int[] ends;
    private int[] forms;
    private int size;
    private String[] norms;
    private int formCount;
    private ArabicNormalizer normalizer;

    private Builder(int expectedSize) {
      int capacity = Math.max(16, expectedSize);
      begins = new int[capacity];
      ends = new int[capacity];
      forms = new int[capacity];
      // a form per token when each token gets its own; far fewer when a tokenizer shares them
      norms = new String[Math.min(capacity, 1 << 12)];
    }

    /**
     * Declares that every norm of the list is {@code normalizer.normalizeToString} of its token's
     * text, or the token's text itself where that is empty (as {@code ArabicTokenizer} makes them),
     * for {@link TokenList#normalizedBy}. The caller vouches for it; nothing is checked.
     *
     * @param normalizer the normaliser of the norms, or null when not known
     * @return this builder
     */
    public Builder normalizedBy(ArabicNormalizer normalizer) {
      this.normalizer = normalizer;
      return this;
    }

    /**
     * Adds a form with this norm, for tokens added with {@link #add(int, int, int)}; returns its
     * index.
     *
     * @param norm the form's normalised text
     * @return the form's index, for {@link #add(int, int, int)}
     * @throws NullPointerException when {@code norm} is null
     */
    public int addForm(String norm) {
      Objects.requireNonNull(norm, "norm");
      if (formCount == norms.length) {
        norms = Arrays.copyOf(norms, formCount + (formCount >> 1));
      }
      norms[formCount] = norm;
      return formCount++;
    }

    /**
     * Adds the token {@code [begin, end)} with its normalised form, a form of its own.
     *
     * @param begin where the token begins
     * @param end where the token ends
     * @param norm its normalised form
     * @return this builder
     * @throws IllegalArgumentException when the span is invalid (see {@link Span}) or comes before
     *     the previous token's in span order
     * @throws NullPointerException when {@code norm} is null
     */
    public Builder add(int begin, int end, String norm) {
      Objects.requireNonNull(norm, "norm");
      checkSpan(begin, end);
      return append(begin, end, addForm(norm));
    }

    /**
     * Adds the token {@code [begin, end)} of a form already added: its norm is the form's.
     *
     * @param begin where the token begins
     * @param end where the token ends
     * @param form the index {@link #addForm} returned for its norm
     * @return this builder
     * @throws IllegalArgumentException when the span is invalid (see {@link Span}) or comes before
     *     the previous token's in span order
     * @throws IndexOutOfBoundsException when no such form was added
     */
    public Builder add(int begin, int end, int form) {
      Objects.checkIndex(form, formCount);
      checkSpan(begin, end);
      return append(begin, end, form);
    }

    private void checkSpan(int begin, int end) {
      if (begin < 0 || end < begin) {
        throw new IllegalArgumentException(
            "invalid span [" + begin + ", " + end + "): begin must be >= 0 and end >= begin");
      }
      if (size > 0
          && (begin < begins[size - 1] || begin == begins[size - 1] && end > ends[size - 1])) {
        throw new IllegalArgumentException(
            "token [" + begin + ", " + end + ") comes before the previous one ["
                + begins[size - 1] + ", " + ends[size - 1] + ") in span order");
      }
    }

    private Builder append(int begin, int end, int form) {
      if (size == begins.length) {
        int capacity = size + (size >> 1);
        begins = Arrays.copyOf(begins, capacity);
        ends = Arrays.copyOf(ends, capacity);
        forms = Arrays.copyOf(forms, capacity);
      }
      begins[size] = begin;
      ends[size] = end;
      forms[size] = form;
      size++;
      return this;
    }

    /**
     * {@return the tokens added, in a list that keeps at most an eighth more room than it needs}
     * The list shares the builder's arrays when they are that full: tokens and forms added later go
     * past its sizes or into copies, so they do not change it, and a long document is not copied
     * once more.
     */
    public TokenList build() {
      if (size == 0) {
        return EMPTY;
      }
      int[] b = begins;
      int[] e = ends;
      int[] f = forms;
      if (begins.length - size > begins.length >> 3) {
        b = Arrays.copyOf(begins, size);
        e = Arrays.copyOf(ends, size);
        f = Arrays.copyOf(forms, size);
      }
      String[] n = norms.length - formCount > norms.length >> 3
          ? Arrays.copyOf(norms, formCount)
          : norms;
      return new TokenList(b, e, f, size, n, formCount, normalizer);
    }
  }
}
