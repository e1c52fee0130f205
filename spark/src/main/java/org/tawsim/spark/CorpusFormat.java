package org.tawsim.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import org.tawsim.core.DocumentWriter;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.OutputFormat;

/**
 * An output format of the job: an {@link OutputFormat} by name (only the name travels to the
 * executors), written with {@link ExportOptions#defaults()}, to {@code NAME/SPLIT/part-N.EXT}.
 *
 * <p>{@code hf} is not offered: its label list covers the whole corpus, and each task sees only
 * its partition.
 */
record CorpusFormat(String name, String extension) implements Serializable {

  /** Native JSONL under the staging folder's {@code _annotated}: pass one of duplicate detection. */
  static final CorpusFormat STAGED = new CorpusFormat("_annotated", ".jsonl");

  /**
   * Returns the format of this name.
   *
   * @throws IllegalArgumentException naming the formats there are, for an unknown name or hf
   */
  static CorpusFormat named(String name) {
    OutputFormat f = OutputFormat.fromLabel(name.trim());
    if (f == OutputFormat.HF) {
      throw new IllegalArgumentException(
          "format hf is not available in the Spark job yet: its label list spans every"
              + " partition; use tawsim build, or tawsim export on the jsonl output");
    }
    return new CorpusFormat(f.label(), f.extension());
  }

  /** Returns true when the format writes tokens, so documents need a token layer. */
  boolean needsTokens() {
    return !this.equals(STAGED) && OutputFormat.fromLabel(name).needsTokens();
  }

  /** Returns a writer onto the stream; it does not close the stream. */
  DocumentWriter open(OutputStream out) throws IOException {
    OutputFormat f = this.equals(STAGED) ? OutputFormat.JSONL : OutputFormat.fromLabel(name);
    return f.open(out, null, ExportOptions.defaults());
  }
}
