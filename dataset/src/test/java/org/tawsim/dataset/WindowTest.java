/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.InvalidInputException;

/**
 * The window bounds the documents in flight (read and not yet handed to the sink), whatever the
 * batches the workers take them in, and the sink hears them in input order.
 */
class WindowTest {

  private static final int DOCUMENTS = 300;

  @ParameterizedTest
  @CsvSource({"1, 1", "1, 4", "2, 5", "3, 16", "2, 128", "2, 1000"})
  @Timeout(30)
  void documentsInFlightNeverExceedTheWindow(int threads, int window) throws IOException {
    AtomicInteger read = new AtomicInteger();
    List<String> written = new ArrayList<>();
    int[] most = {0};
    ParallelAnnotator.builder(TestAnnotators.jitteryPipeline())
        .threads(threads)
        .window(window)
        .build()
        .run(
            rejects ->
                new DocumentReader() {
                  @Override
                  public Optional<Document> read() {
                    int i = read.get();
                    if (i == DOCUMENTS) {
                      return Optional.empty();
                    }
                    read.incrementAndGet();
                    return Optional.of(Document.of("d" + i, "نص رقم " + i + "."));
                  }

                  @Override
                  public void close() {}
                },
            Document::id,
            new ParallelAnnotator.Sink<String>() {
              @Override
              public void accept(String id) {
                most[0] = Math.max(most[0], read.get() - written.size());
                written.add(id);
              }

              @Override
              public void reject(InvalidInputException e) {
                throw new AssertionError(e);
              }
            });
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      expected.add("d" + i);
    }
    assertEquals(expected, written);
    // the one read last may wait for its place
    assertTrue(most[0] <= Math.min(window, DOCUMENTS) + 1, most[0] + " in flight, window " + window);
  }
}
