/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The iteration, stream and list a reader gives over its {@code read()}. */
class DocumentReaderTest {

  /** Reads the given ids, then fails with {@code failure} if one is given; counts its closes. */
  private static final class Listed implements DocumentReader {
    private final Iterator<String> ids;
    private final IOException failure;
    int reads;
    int closes;

    Listed(IOException failure, String... ids) {
      this.ids = List.of(ids).iterator();
      this.failure = failure;
    }

    @Override
    public Optional<Document> read() throws IOException {
      reads++;
      if (ids.hasNext()) {
        return Optional.of(Document.of(ids.next(), "نص"));
      }
      if (failure != null) {
        throw failure;
      }
      return Optional.empty();
    }

    @Override
    public void close() {
      closes++;
    }
  }

  private static List<String> ids(Iterable<Document> docs) {
    List<String> out = new ArrayList<>();
    docs.forEach(d -> out.add(d.id()));
    return out;
  }

  @Test
  void iteratesOncePastWhatWasRead() throws IOException {
    Listed r = new Listed(null, "a", "b", "c");
    assertEquals("a", r.read().orElseThrow().id());
    assertEquals(List.of("b", "c"), ids(r));
    assertEquals(List.of(), ids(r), "one pass");
  }

  @Test
  void hasNextReadsAheadOnceAndNextPastTheEndThrows() {
    Listed r = new Listed(null, "a");
    Iterator<Document> it = r.iterator();
    assertTrue(it.hasNext());
    assertTrue(it.hasNext());
    assertEquals(1, r.reads);
    assertEquals("a", it.next().id());
    assertFalse(it.hasNext());
    assertThrows(NoSuchElementException.class, it::next);
  }

  @Test
  void readAllListsTheRest() throws IOException {
    assertEquals(List.of("a", "b"), ids(new Listed(null, "a", "b").readAll()));
    assertEquals(List.of(), new Listed(null).readAll());
  }

  @Test
  void aFailedReadIsUncheckedInIterationAndCheckedInReadAll() {
    IOException broken = new IOException("disk gone");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> ids(new Listed(broken, "a")));
    assertSame(broken, e.getCause());
    assertSame(broken, assertThrows(IOException.class, () -> new Listed(broken, "a").readAll()));
  }

  @Test
  void closingTheStreamClosesTheReader() {
    Listed r = new Listed(null, "a", "b");
    try (Stream<Document> s = r.stream()) {
      assertEquals(List.of("a", "b"), s.map(Document::id).toList());
      assertEquals(0, r.closes);
    }
    assertEquals(1, r.closes);
  }
}
