/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.DocumentWriter;

/**
 * Renders documents as one self-contained HTML page that a person reads to check annotations.
 *
 * <p>The page is right to left ({@code <html lang="ar" dir="rtl">}). Each document shows its text
 * with entities highlighted by type (a colour per type and a legend; types without a fixed colour
 * get one derived from their name, the same in every run), quotations underlined by kind with an
 * arrow from each speaker to its quotation, and, on demand, sentence boundaries and zones. Above the
 * documents, the corpus view: totals, entities per type, quotations per kind and sentence lengths as
 * inline SVG charts. Documents come in pages of {@link Builder#pageSize(int)} with an index per
 * page, a pager and a search by id, so a corpus of 10,000 documents stays usable; the address
 * {@code #d<n>} opens document number {@code n} (from 1), {@code #p<k>} page {@code k}.
 *
 * <p>The page is one file with its style sheet and script inline. It loads nothing: a
 * Content-Security-Policy allows only its own style sheet and script (by their SHA-256 hashes), no
 * network access of any kind, so even a document text that escaped its escaping could not run. All
 * document text, ids and metadata are escaped: a document containing {@code <script>} shows that
 * text.
 *
 * <p>Rendering streams: documents are written to a temporary file in pages as they come and the
 * page is assembled when the writer is closed, so memory holds one page of documents and the
 * corpus counts, whatever the number of documents. The same documents and settings give the same
 * bytes. Offsets are those of {@link Document}, UTF-16 units; overlapping annotations are drawn as
 * properly nested elements, split where they cross.
 *
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.builder().title("news, November").pageSize(50).build();
 * try (OutputStream out = Files.newOutputStream(Path.of("corpus.html"));
 *     DocumentReader in = Formats.reader(ReaderFormat.JSONL, Path.of("corpus.jsonl"))) {
 *   renderer.render(in, out);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each writer they make is not.
 */
public final class HtmlRenderer {

  /** Documents per page unless set. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  /** The page title unless set. */
  public static final String DEFAULT_TITLE = "Tawsim corpus";

  private final String title;
  private final int pageSize;
  private final Path spoolDirectory;

  private HtmlRenderer(Builder b) {
    this.title = b.title;
    this.pageSize = b.pageSize;
    this.spoolDirectory = b.spoolDirectory;
  }

  /** {@return a renderer with the default title and page size} */
  public static HtmlRenderer defaults() {
    return builder().build();
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the page title} */
  public String title() {
    return title;
  }

  /** {@return the number of documents per page} */
  public int pageSize() {
    return pageSize;
  }

  /**
   * {@return a writer that renders the documents written to it; the page is written to {@code out}
   * when the writer is closed, which flushes {@code out} but does not close it} Closing writes the
   * page of whatever was written so far; {@link #render} writes nothing when its input fails.
   *
   * @param out where the page goes
   * @throws IOException when the temporary file cannot be created
   */
  public DocumentWriter writer(OutputStream out) throws IOException {
    return new HtmlCorpusWriter(this, Objects.requireNonNull(out, "out"), spoolDirectory);
  }

  /**
   * Renders every document of {@code in} to {@code out}, which is flushed, not closed. When reading
   * or rendering fails, nothing is written to {@code out} and the exception propagates.
   *
   * @param in the documents to render
   * @param out where the page goes
   * @return the number of documents rendered
   * @throws java.io.IOException when reading, rendering or writing fails
   */
  public int render(DocumentReader in, OutputStream out) throws IOException {
    Objects.requireNonNull(in, "in");
    return renderAll(in::read, out);
  }

  /**
   * Renders the documents to {@code out}, which is flushed, not closed. When iterating or rendering
   * fails, nothing is written to {@code out} and the exception propagates.
   *
   * @param documents the documents to render
   * @param out where the page goes
   * @return the number of documents rendered
   * @throws java.io.IOException when rendering or writing fails
   */
  public int render(Iterable<Document> documents, OutputStream out) throws IOException {
    Iterator<Document> it = Objects.requireNonNull(documents, "documents").iterator();
    return renderAll(() -> it.hasNext() ? Optional.of(it.next()) : Optional.empty(), out);
  }

  /** Where the documents come from: the next one, or empty at the end. */
  @FunctionalInterface
  private interface Source {
    Optional<Document> next() throws IOException;
  }

  private int renderAll(Source documents, OutputStream out) throws IOException {
    HtmlCorpusWriter w = new HtmlCorpusWriter(this, Objects.requireNonNull(out, "out"), spoolDirectory);
    int count = 0;
    boolean complete = false;
    try {
      for (Optional<Document> d = documents.next(); d.isPresent(); d = documents.next()) {
        w.write(d.get());
        count++;
      }
      complete = true;
    } finally {
      finish(w, complete);
    }
    return count;
  }

  /** Writes the page, or, when reading failed, nothing: a partial corpus must not look whole. */
  private static void finish(HtmlCorpusWriter w, boolean complete) throws IOException {
    if (complete) {
      w.close();
    } else {
      w.discard();
    }
  }

  /** Configures a {@link HtmlRenderer}. Not thread-safe. */
  public static final class Builder {
    private String title = DEFAULT_TITLE;
    private int pageSize = DEFAULT_PAGE_SIZE;
    private Path spoolDirectory;

    private Builder() {}

    /**
     * Sets the page title, shown as it is (escaped).
     *
     * @param title the page title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets how many documents a page shows.
     *
     * @param pageSize documents per page, at least 1
     * @return this builder
     * @throws IllegalArgumentException when it is less than 1
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1) {
        throw new IllegalArgumentException("page size must be at least 1, not " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Sets where the temporary file goes; by default the system's temporary folder.
     *
     * @param directory the folder for the temporary file
     * @return this builder
     */
    public Builder spoolDirectory(Path directory) {
      this.spoolDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /** {@return the renderer} */
    public HtmlRenderer build() {
      return new HtmlRenderer(this);
    }
  }
}
