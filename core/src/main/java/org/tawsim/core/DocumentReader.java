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
import java.util.Objects;
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
   * One input read but not parsed yet: the line of a JSONL file, the bytes of a text file. {@link
   * #parse} may run on another thread than the reader's, so that a reader thread only cuts the
   * input and parallel workers parse it. Parsing may read no state of the reader.
   */
  interface Pending {
    /**
     * {@return the document}
     *
     * @throws InvalidInputException when the input is bad, the rejection {@link #read} would have
     *     handed to the reader's {@link RejectHandler}
     */
    Document parse() throws InvalidInputException;

    /**
     * {@return the document, or null when the input is bad and {@code rejects} took the
     * rejection}
     *
     * @param rejects what to do with a bad input
     * @throws InvalidInputException when the input is bad and {@code rejects} rethrows
     */
    default Document parse(RejectHandler rejects) throws InvalidInputException {
      try {
        return parse();
      } catch (InvalidInputException e) {
        rejects.reject(e);
        return null;
      }
    }

    /** {@return an upper bound on the characters of the document's text, to budget memory} */
    int length();

    /**
     * {@return a pending input that is this document, already parsed}
     *
     * @param doc the document
     */
    static Pending of(Document doc) {
      Objects.requireNonNull(doc, "doc");
      return new Pending() {
        @Override
        public Document parse() {
          return doc;
        }

        @Override
        public int length() {
          return doc.text().length();
        }
      };
    }
  }

  /**
   * {@return the next input, read but perhaps not parsed yet, or empty at the end of the input}
   * Rejections met while reading go to the reader's {@link RejectHandler} as with {@link #read}; a
   * bad input found only when parsing is thrown by {@link Pending#parse} instead. The default reads
   * a whole document; a reader whose parsing costs more than its reading parses later.
   *
   * @throws InvalidInputException when the next input is bad and the reject handler rethrows
   * @throws IOException when reading fails
   */
  default Optional<Pending> readPending() throws IOException {
    return read().map(Pending::of);
  }

  /**
   * {@return the next input of {@code reader} parsed, or empty at the end of the input}: {@link
   * #read} for a reader that implements {@link #readPending}, each bad input handed to {@code
   * rejects} and reading going on.
   *
   * @param reader the reader
   * @param rejects what to do with a bad input
   * @throws InvalidInputException when an input is bad and {@code rejects} rethrows
   * @throws IOException when reading fails
   */
  static Optional<Document> readParsed(DocumentReader reader, RejectHandler rejects)
      throws IOException {
    for (Optional<Pending> p = reader.readPending(); p.isPresent(); p = reader.readPending()) {
      Document d = p.get().parse(rejects);
      if (d != null) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

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
