/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tawsim.core.text.ArabicNormalizer;

class TokenListTest {

  private static Token token(int begin, int end, String norm) {
    return new Token(new Span(begin, end), norm);
  }

  @Test
  void readsWhatWasAdded() {
    TokenList t = TokenList.builder(0).add(0, 3, "قال").add(4, 10, "الرييس").build();
    assertEquals(2, t.size());
    assertEquals(List.of(token(0, 3, "قال"), token(4, 10, "الرييس")), t);
    assertEquals(4, t.begin(1));
    assertEquals(10, t.end(1));
    assertEquals("الرييس", t.norm(1));
    assertThrows(IndexOutOfBoundsException.class, () -> t.begin(2));
    assertThrows(IndexOutOfBoundsException.class, () -> t.get(-1));
    assertThrows(UnsupportedOperationException.class, () -> t.add(token(11, 12, "x")));
  }

  /** A list knows the normaliser its builder was told of, that one only, and equals ignore it. */
  @Test
  void knowsOnlyTheNormaliserItsBuilderWasToldOf() {
    ArabicNormalizer standard = ArabicNormalizer.standard();
    ArabicNormalizer other = ArabicNormalizer.builder().disable(ArabicNormalizer.Step.ALEF).build();
    TokenList told = TokenList.builder(0).normalizedBy(standard).add(0, 3, "قال").build();
    TokenList untold = TokenList.builder(0).add(0, 3, "قال").build();
    assertTrue(told.normalizedBy(standard));
    assertFalse(told.normalizedBy(other));
    assertFalse(told.normalizedBy(null));
    assertFalse(untold.normalizedBy(standard));
    assertFalse(untold.normalizedBy(null));
    assertFalse(TokenList.copyOf(new ArrayList<>(told)).normalizedBy(standard));
    assertEquals(untold, told);
  }

  @Test
  void builderRejectsBadTokensNamingTheSpans() {
    TokenList.Builder b = TokenList.builder(4).add(5, 8, "abc");
    IllegalArgumentException before =
        assertThrows(IllegalArgumentException.class, () -> b.add(2, 4, "ab"));
    assertTrue(before.getMessage().contains("[2, 4)"), before.getMessage());
    assertTrue(before.getMessage().contains("[5, 8)"), before.getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.add(5, 9, "abcd")); // longer goes first
    assertThrows(IllegalArgumentException.class, () -> b.add(9, 8, "x"));
    assertThrows(IllegalArgumentException.class, () -> b.add(-1, 8, "x"));
    assertThrows(NullPointerException.class, () -> b.add(9, 10, null));
    b.add(5, 7, "ab"); // same begin, shorter: in span order
    assertEquals(2, b.build().size());
  }

  @Test
  void listsAlreadyBuiltDoNotChangeWhenTheBuilderGoesOn() {
    TokenList.Builder b = TokenList.builder(1).add(0, 1, "a");
    TokenList one = b.build(); // copies: the arrays have room for 16
    b.add(2, 3, "b");
    TokenList two = b.build();
    assertEquals(List.of(token(0, 1, "a")), one);
    assertEquals(List.of(token(0, 1, "a"), token(2, 3, "b")), two);
  }

  /** 15 tokens in room for 16 share the builder's arrays; the 16th and 17th go past them. */
  @Test
  void aListThatSharesTheBuildersArraysDoesNotSeeLaterTokens() {
    TokenList.Builder b = TokenList.builder(16);
    List<Token> expected = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      expected.add(token(2 * i, 2 * i + 1, "w" + i));
    }
    for (Token t : expected.subList(0, 15)) {
      b.add(t.span().begin(), t.span().end(), t.norm());
    }
    TokenList fifteen = b.build();
    for (Token t : expected.subList(15, 17)) {
      b.add(t.span().begin(), t.span().end(), t.norm());
    }
    assertEquals(expected.subList(0, 15), fifteen);
    assertEquals(expected, b.build());
    assertEquals(expected.subList(0, 15).hashCode(), fifteen.hashCode());
  }

  @Test
  void tokensOfOneFormShareItsNorm() {
    TokenList.Builder b = TokenList.builder(4);
    int qala = b.addForm("قال");
    b.add(0, 3, qala).add(4, 10, "الرييس").add(11, 14, qala).add(15, 18, "قال");
    TokenList t = b.build();
    assertEquals(3, t.formCount());
    assertEquals(t.form(0), t.form(2));
    assertSame(t.norm(0), t.norm(2));
    assertNotEquals(t.form(0), t.form(3)); // added with its norm: a form of its own
    assertEquals(t.norm(0), t.norm(3));
    assertEquals(
        List.of(token(0, 3, "قال"), token(4, 10, "الرييس"), token(11, 14, "قال"),
            token(15, 18, "قال")),
        t);
    assertEquals(t, TokenList.copyOf(new ArrayList<>(t))); // equal norms, other forms
    assertThrows(IndexOutOfBoundsException.class, () -> b.add(19, 20, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> b.add(19, 20, -1));
    assertThrows(NullPointerException.class, () -> b.addForm(null));
    assertThrows(IndexOutOfBoundsException.class, () -> t.form(4));
  }

  /** Forms added after a list was built do not reach it, whether or not it shares the arrays. */
  @Test
  void formsAddedLaterDoNotChangeAListBuilt() {
    TokenList.Builder b = TokenList.builder(16);
    List<Token> expected = new ArrayList<>();
    List<TokenList> built = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      b.add(2 * i, 2 * i + 1, b.addForm("w" + i));
      expected.add(token(2 * i, 2 * i + 1, "w" + i));
      built.add(b.build());
    }
    for (int i = 0; i < 40; i++) {
      assertEquals(expected.subList(0, i + 1), built.get(i), "after " + i);
      assertEquals(i + 1, built.get(i).formCount());
    }
  }

  @Test
  void equalsAnyListOfTheSameTokens() {
    List<Token> plain = List.of(token(0, 3, "قال"), token(4, 10, "الرييس"));
    TokenList compact = TokenList.copyOf(plain);
    assertEquals(plain, compact);
    assertEquals(compact, plain);
    assertEquals(plain.hashCode(), compact.hashCode());
    assertEquals(compact, TokenList.copyOf(new ArrayList<>(plain)));
    assertFalse(compact.equals(TokenList.copyOf(List.of(token(0, 3, "قال")))));
    assertSame(compact, TokenList.copyOf(compact));
    assertSame(TokenList.of(), TokenList.copyOf(List.of()));
  }

  /** Seeded random layers: the compact copy is the list sorted as every other layer is. */
  @Test
  void copyOfSortsAsDocumentLayersAreSorted() {
    Random random = new Random(20261129);
    for (int round = 0; round < 200; round++) {
      List<Token> tokens = new ArrayList<>();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        int begin = random.nextInt(30);
        tokens.add(token(begin, begin + random.nextInt(5), "t" + i));
      }
      List<Token> expected = new ArrayList<>(tokens);
      expected.sort(Comparator.comparing(Token::span)); // stable, as Document sorts
      TokenList compact = TokenList.copyOf(tokens);
      assertEquals(expected, compact, "round " + round);
      for (int i = 0; i < n; i++) {
        assertEquals(expected.get(i).span().begin(), compact.begin(i));
        assertEquals(expected.get(i).span().end(), compact.end(i));
        assertEquals(expected.get(i).norm(), compact.norm(i));
      }
    }
  }

  @Test
  void documentsKeepTheirTokenLayerCompact() {
    Document d = Document.of("d1", "قال الرئيس");
    Document t = d.withLayer(Token.class, List.of(token(4, 10, "الرييس"), token(0, 3, "قال")));
    assertTrue(t.layer(Token.class) instanceof TokenList);
    assertSame(t.layer(Token.class), t.tokens());
    assertEquals(0, t.tokens().begin(0));
    assertEquals(List.of(token(0, 3, "قال"), token(4, 10, "الرييس")), t.layer(Token.class));
    assertEquals(TokenList.of(), d.tokens());
    assertEquals(t, d.withLayer(Token.class, TokenList.copyOf(t.tokens())));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> d.withLayer(Token.class, TokenList.builder(1).add(4, 11, "x").build()));
    assertTrue(e.getMessage().contains("d1") && e.getMessage().contains("[4, 11)"), e.getMessage());
  }
}
