/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import static org.tawsim.export.internal.Utf8Sink.ascii;

import com.fasterxml.jackson.core.JsonGenerator;


import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.EntityType;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.conll.BoundaryPolicy;
import org.tawsim.export.conll.Chunk;
import org.tawsim.export.conll.ExportReport;
import org.tawsim.export.conll.TagScheme;
import org.tawsim.export.conll.TokenAlignment;
import org.tawsim.export.internal.JsonOutput;
import org.tawsim.export.internal.PreparedDocument;
import org.tawsim.export.internal.PreparedWriter;
import org.tawsim.export.internal.Utf8Sink;

/**
 * Writes Hugging Face token classification data: one JSON line per sentence (or per document) with
 * its tokens and integer tags, and, beside it, the list of tag names the integers index.
 *
 * <pre>{@code
 * {"id":"news-1-1","tokens":["قال","الرئيس","فلاديمير","بوتين"],"ner_tags":[0,0,9,10]}
 * }</pre>
 *
 * <p>Opened by {@link org.tawsim.export.Formats#writer} for {@link
 * org.tawsim.export.OutputFormat#HF}, with the settings of {@link ExportOptions}. The labels file,
 * written onto its own stream when the writer is closed, is one JSON object: {@code scheme},
 * {@code names} (the list for {@code datasets.ClassLabel(names=...)}), and {@code id2label} /
 * {@code label2id} as {@code transformers} configurations take them. Load with {@code
 * load_dataset("json", data_files=...)} and cast {@code ner_tags} to {@code
 * Sequence(ClassLabel(names=names))}.
 *
 * <p><b>Stable label ids.</b> The names start from the given types ({@link #DEFAULT_TYPES} unless
 * set): {@code O}, then each type in name order with the scheme's prefixes ({@link
 * TagScheme#labels}). A type met in a document but not in that list gets its names appended at the
 * end, in order of first appearance, so the ids already written stay right; give the same types to
 * the writers of a train, dev and test split to get the same list for all three, or start from a
 * list of names ({@link ExportOptions#withHfLabels}) to continue one written in pieces.
 *
 * <p>Rows: per sentence, {@code id} is the document id, {@code -} and the sentence's number from 1;
 * per document, the document id. Sentences, tokens and tags come from {@link TokenAlignment} (its
 * policies counted in the {@link ExportReport}). A document without a token layer fails naming it.
 * Output is UTF-8, byte-stable. Not thread-safe; closes the stream only if it opened it.
 */
public final class HfJsonlWriter implements PreparedWriter {

  /** The types whose labels are always listed: Tawsim's built-in entity types. */
  public static final Set<EntityType> DEFAULT_TYPES = Set.of(EntityType.PER, EntityType.LOC,
      EntityType.ORG, EntityType.NORP, EntityType.DATE, EntityType.TIME, EntityType.MONEY,
      EntityType.PERCENT, EntityType.MISC);

  // emoji as UTF-8, not as surrogate escapes, as the native JSONL writes them
  private static final byte[] ID_FIELD = ascii("{\"id\":");
  private static final byte[] TOKENS_FIELD = ascii(",\"tokens\":[");
  private static final byte[] TAGS_FIELD = ascii("],\"ner_tags\":[");
  private static final byte[] ROW_END = ascii("]}\n");

  private final Utf8Sink sink;
  /** Where {@link #close} writes the labels file, or null. */
  private final OutputStream labelsOut;
  private final TagScheme scheme;
  private final BoundaryPolicy boundaries;
  private final ExportReport report;
  private final boolean perDocument;
  private final List<String> names;
  private final Map<String, Integer> ids = new HashMap<>();
  private String[] tags = new String[64];

  private HfJsonlWriter(Builder b, OutputStream out, boolean closeStream, OutputStream labelsOut) {
    this.labelsOut = labelsOut;
    this.scheme = b.scheme;
    this.boundaries = b.boundaries;
    this.report = b.report;
    this.perDocument = b.perDocument;
    this.names = new ArrayList<>(b.labels != null ? b.labels : scheme.labels(b.types));
    for (int i = 0; i < names.size(); i++) {
      ids.put(names.get(i), i);
    }
    this.sink = new Utf8Sink(out, closeStream);
  }

  /**
   * {@return a writer with these settings onto a stream that the caller closes, which writes the
   * labels file onto {@code labels} when closed, the only time the list is complete}
   *
   * @param out the stream of the rows
   * @param labels the stream of the labels file, which the caller closes
   * @param o the settings: scheme, boundaries, report, rows per document, types, label list
   */
  public static DocumentWriter open(OutputStream out, OutputStream labels, ExportOptions o) {
    Objects.requireNonNull(labels, "labels");
    Builder b = builder().scheme(o.scheme()).boundaries(o.boundaries()).report(o.report())
        .perDocument(o.hfPerDocument()).types(o.hfTypes());
    if (!o.hfLabels().isEmpty()) {
      b.labels(o.hfLabels());
    }
    return new HfJsonlWriter(b, out, false, labels);
  }

  /** {@return a builder: IOB2, expanded entities, one row per sentence, the default types} */
  static Builder builder() {
    return new Builder();
  }

  /** Settings of an {@link HfJsonlWriter}; reusable, not thread-safe. */
  static final class Builder {
    private TagScheme scheme = TagScheme.IOB2;
    private BoundaryPolicy boundaries = BoundaryPolicy.EXPAND;
    private ExportReport report = ExportReport.counting();
    private boolean perDocument;
    private Collection<EntityType> types = DEFAULT_TYPES;
    private List<String> labels;

    private Builder() {}

    /**
     * Sets the tag scheme.
     *
     * @param scheme the tag scheme
     * @return this builder
     */
    Builder scheme(TagScheme scheme) {
      this.scheme = Objects.requireNonNull(scheme, "scheme");
      return this;
    }

    /**
     * Sets what happens to entities off token boundaries.
     *
     * @param boundaries the boundary policy
     * @return this builder
     */
    Builder boundaries(BoundaryPolicy boundaries) {
      this.boundaries = Objects.requireNonNull(boundaries, "boundaries");
      return this;
    }

    /**
     * Sets where adjustments are counted and warned about.
     *
     * @param report the report
     * @return this builder
     */
    Builder report(ExportReport report) {
      this.report = Objects.requireNonNull(report, "report");
      return this;
    }

    /**
     * Writes one row per document instead of one per sentence.
     *
     * @param perDocument whether rows are per document
     * @return this builder
     */
    Builder perDocument(boolean perDocument) {
      this.perDocument = perDocument;
      return this;
    }

    /**
     * Sets the types whose labels come first, in name order.
     *
     * @param types the types
     * @return this builder
     */
    Builder types(Collection<EntityType> types) {
      this.types = List.copyOf(types);
      return this;
    }

    /**
     * Starts the label list from exactly these names, instead of the scheme's labels of the
     * types: the ids of a corpus written in pieces (one writer per piece, such as the Spark
     * job's tasks) or of a list written earlier ({@link #labels()}). A type met whose names are
     * not in the list still gets them appended.
     *
     * @param names the label names, in id order
     * @return this builder
     * @throws IllegalArgumentException when a name is repeated
     */
    Builder labels(List<String> names) {
      List<String> copy = List.copyOf(names);
      if (new java.util.HashSet<>(copy).size() != copy.size()) {
        throw new IllegalArgumentException("label names repeat: " + copy);
      }
      this.labels = copy;
      return this;
    }

    /**
     * {@return a writer onto a stream that the caller closes}
     *
     * @param out the stream to write to
     * @throws java.io.IOException when the stream cannot be opened for writing
     */
    HfJsonlWriter to(OutputStream out) {
      return new HfJsonlWriter(this, out, false, null);
    }

    /**
     * {@return a writer that owns the stream and closes it with itself}
     *
     * @param out the stream to write to
     * @throws java.io.IOException when the stream cannot be opened for writing
     */
    HfJsonlWriter owning(OutputStream out) {
      return new HfJsonlWriter(this, out, true, null);
    }
  }

  @Override
  public void write(PreparedDocument p) throws IOException {
    Document d = p.document();
    TokenAlignment a = p.alignment(boundaries, report);
    String text = d.text();
    // rows are written by hand onto a UTF-8 sink: the rows are mostly small numbers and short
    // strings, where a JSON generator's per-value bookkeeping costs more than the bytes
    if (perDocument) {
      sink.append(ID_FIELD).appendJsonString(d.id(), 0, d.id().length());
      tokens(a, text, 0, a.tokens().size());
      sink.append(TAGS_FIELD);
      for (int s = 0; s < a.sentenceCount(); s++) {
        tags(a, s, s > 0);
      }
      sink.append(ROW_END);
      return;
    }
    for (int s = 0; s < a.sentenceCount(); s++) {
      String id = d.id() + "-" + (s + 1);
      sink.append(ID_FIELD).appendJsonString(id, 0, id.length());
      tokens(a, text, a.sentenceStart(s), a.sentenceEnd(s));
      sink.append(TAGS_FIELD);
      tags(a, s, false);
      sink.append(ROW_END);
    }
  }

  private void tokens(TokenAlignment a, String text, int from, int to) throws IOException {
    sink.append(TOKENS_FIELD);
    for (int i = from; i < to; i++) {
      if (i > from) {
        sink.append(',');
      }
      sink.appendJsonString(text, a.tokens().begin(i), a.tokens().end(i));
    }
  }

  private void tags(TokenAlignment a, int s, boolean comma) throws IOException {
    int n = a.sentenceEnd(s) - a.sentenceStart(s);
    if (tags.length < n) {
      tags = new String[Math.max(n, tags.length * 2)];
    }
    List<Chunk> chunks = a.chunks(s);
    scheme.encode(chunks, tags, n);
    for (int i = 0; i < n; i++) {
      if (comma || i > 0) {
        sink.append(',');
      }
      sink.append(id(tags[i]));
    }
  }

  private int id(String tag) {
    Integer id = ids.get(tag);
    if (id == null) {
      // a type not listed up front: append all its names, in the scheme's order
      String type = tag.substring(2);
      for (String name : scheme.labels(List.of(EntityType.of(type)))) {
        if (!ids.containsKey(name)) {
          ids.put(name, names.size());
          names.add(name);
        }
      }
      id = ids.get(tag);
    }
    return id;
  }

  /** {@return the tag names so far: the integers written index this list} */
  List<String> labels() {
    return List.copyOf(names);
  }

  /**
   * Writes the labels file: {@code {"scheme":..,"names":[..],"id2label":{..},"label2id":{..}}}.
   * Call after the last document, since a new type may still add names until then.
   *
   * @param labelsOut the stream of the labels file, not closed
   * @throws java.io.IOException when writing fails
   */
  void writeLabels(OutputStream labelsOut) throws IOException {
    try (JsonGenerator g = JsonOutput.generator(labelsOut)) {
      g.writeStartObject();
      g.writeStringField("scheme", scheme.name());
      g.writeArrayFieldStart("names");
      for (String name : names) {
        g.writeString(name);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("id2label");
      for (int i = 0; i < names.size(); i++) {
        g.writeStringField(Integer.toString(i), names.get(i));
      }
      g.writeEndObject();
      g.writeObjectFieldStart("label2id");
      for (int i = 0; i < names.size(); i++) {
        g.writeNumberField(names.get(i), i);
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
    }
    labelsOut.flush();
  }

  /** Passes what was written on to the stream. */
  public void flush() throws IOException {
    sink.flush();
  }

  @Override
  public void close() throws IOException {
    sink.close();
    if (labelsOut != null) {
      writeLabels(labelsOut);
    }
  }
}
