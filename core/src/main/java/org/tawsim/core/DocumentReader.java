/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A source of documents read one at a time, such as a JSONL file or a folder of text files.
 *
 * <p>Bad input is never dropped silently: a reader either throws an {@link InvalidInputException}
 * naming the input and the place, or hands that exception to the {@link RejectHandler} it was
 * built with and goes on with the next document. Readers are not thread-safe.
 *
 * <p>A reader is also an {@link Iterable} and gives a {@link #stream}, both over the documents not
 * read yet (one pass: a second iteration continues where the first stopped). They throw what
 * {@link #read} throws, an {@link IOException} wrapped in an {@link UncheckedIOException}.
 *
 * <pre>{@code
 * try (DocumentReader r = Formats.reader(ReaderFormat.JSONL, Path.of("corpus.jsonl"))) {
 *   for (Document d : r) { ... }
 * }
 * }</pre>
 */
public interface DocumentReader extends Closeable, Iterable<Document> {

  /**
   * {@return the next document, or empty at the end of the input}
   *
   * @throws InvalidInputException when the next document is bad and the reject handler rethrows
   * @throws IOException when reading fails
   */
  Optional<Document> read() throws IOException;

  /**
   * Reads the documents not read yet into a list.
   *
   * @return the documents in input order
   * @throws InvalidInputException when a document is bad and the reject handler rethrows
   * @throws IOException when reading fails
   */
  default List<Document> readAll() throws IOException {
    List<Document> docs = new ArrayList<>();
    for (Optional<Document> d = read(); d.isPresent(); d = read()) {
      docs.add(d.get());
    }
    return docs;
  }

  /** Returns an iterator over the documents not read yet. */
  @Override
  default Iterator<Document> iterator() {
    return new Iterator<>() {
      private Optional<Document> next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          try {
            next = read();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return next.isPresent();
      }

      @Override
      public Document next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Document d = next.get();
        next = null;
        return d;
      }
    };
  }

  /** {@return a sequential stream of the documents not read yet; closing it closes the reader} */
  default Stream<Document> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(() -> {
          try {
            close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
