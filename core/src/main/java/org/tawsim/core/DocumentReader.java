package org.tawsim.core;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * A source of documents read one at a time, such as a JSONL file or a folder of text files.
 *
 * <p>Bad input is never dropped silently: a reader either throws an {@link InvalidInputException}
 * naming the input and the place, or hands that exception to the {@link RejectHandler} it was
 * built with and goes on with the next document. Readers are not thread-safe.
 */
public interface DocumentReader extends Closeable {

  /**
   * Returns the next document, or empty at the end of the input.
   *
   * @throws InvalidInputException when the next document is bad and the reject handler rethrows
   * @throws IOException when reading fails
   */
  Optional<Document> read() throws IOException;
}
