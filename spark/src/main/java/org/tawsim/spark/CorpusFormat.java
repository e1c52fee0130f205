/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Entity;
import org.tawsim.export.Formats;
import org.tawsim.export.OutputFormat;
import org.tawsim.export.conll.ExportReport;

/**
 * An output format of the job: an {@link OutputFormat} by name (only the name and the writer
 * settings travel to the executors), written with the job's {@link WriterSettings}, to {@code
 * NAME/SPLIT/part-N.EXT}.
 *
 * <p>{@code hf}: its label list covers a whole split, and each task sees only its partition. One
 * machine appends the names of a type not in the default list in order of first appearance; here
 * each task reports the names each document would append ({@link #hfNamesBeyondDefaults}), the
 * driver joins them in input order into the split's list, and every task of the second pass
 * writes with that list ({@link #open(OutputStream, List, ExportReport)}), so the ids and the
 * labels file are the one machine's.
 */
record CorpusFormat(String name, String extension, WriterSettings writer) implements Serializable {

  /** Native JSONL with every layer under the staging folder's {@code _annotated}: pass one of a two-pass run. */
  static final CorpusFormat STAGED = new CorpusFormat("_annotated", ".jsonl", WriterSettings.DEFAULTS);

  /** Each staged document's statistics, Java-serialized: pass two adds them to its split's. */
  static final CorpusFormat STATS = new CorpusFormat("_stats", ".ser", WriterSettings.DEFAULTS);

  private static final JsonFactory JSON = new JsonFactory();

  /**
   * Returns the format of this name, written with these settings.
   *
   * @throws IllegalArgumentException naming the formats there are, for an unknown name
   */
  static CorpusFormat named(String name, WriterSettings writer) {
    OutputFormat f = OutputFormat.fromLabel(name.trim());
    if (f == OutputFormat.LABELSTUDIO) {
      // one JSON array per file: partitions cannot each write a part of it
      throw new IllegalArgumentException("format labelstudio is one JSON array, which partitions"
          + " cannot write: build jsonl, then run tawsim export --format labelstudio");
    }
    return new CorpusFormat(f.label(), f.extension(), writer);
  }

  /** Returns true for the Hugging Face format, whose label list spans partitions. */
  boolean isHf() {
    return name.equals(OutputFormat.HF.label());
  }

  /** Returns where pass one stages this format's bytes of every document, before the split. */
  CorpusFormat staged() {
    return new CorpusFormat("_" + name, extension, writer);
  }

  /**
   * Returns the bytes this format writes for the document: what a writer writes for it within a
   * file, since every format writes each document as a block of its own, whatever came before
   * (the comparison tests check it against whole files).
   *
   * @param hfLabels for {@code hf}, the label list; ignored by the other formats
   * @param report where the writer tells what it adjusted
   */
  byte[] render(Document d, List<String> hfLabels, ExportReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try (DocumentWriter w = open(out, hfLabels, report)) {
      w.write(d);
    }
    return out.toByteArray();
  }

  /** Returns true when the format writes tokens, so documents need a token layer. */
  boolean needsTokens() {
    return !this.equals(STAGED) && OutputFormat.fromLabel(name).needsTokens();
  }

  /**
   * Returns a writer onto the stream; it does not close the stream.
   *
   * @param hfLabels for {@code hf}, the label list of the split (see the class comment); ignored
   *     by the other formats
   * @param report where the writer tells what it adjusted
   */
  DocumentWriter open(OutputStream out, List<String> hfLabels, ExportReport report)
      throws IOException {
    if (isHf()) {
      if (hfLabels == null) {
        throw new IllegalStateException("hf parts are written only with the split's label list");
      }
      // the driver writes the labels file, once per split
      return Formats.writer(OutputFormat.HF, out, OutputStream.nullOutputStream(),
          writer.options(report).withHfLabels(hfLabels));
    }
    OutputFormat f = this.equals(STAGED) ? OutputFormat.JSONL : OutputFormat.fromLabel(name);
    return Formats.writer(f, out, null, writer.options(report));
  }

  /** Returns the hf label list before any document: {@code O} and the default types' names. */
  List<String> hfDefaultLabels() {
    return names(hfLabelsFile(List.of(), List.of()));
  }

  /**
   * Returns the names an hf writer appends to the default list for this document, in the order
   * it appends them; empty (the usual case, checked without writing) when every entity's type is
   * a default one.
   */
  List<String> hfNamesBeyondDefaults(Document d) {
    boolean all = true;
    for (Entity e : d.layer(Entity.class)) {
      all &= writer.hfTypes().contains(e.type().name());
    }
    if (all) {
      return List.of();
    }
    List<String> names = names(hfLabelsFile(List.of(d), List.of()));
    return List.copyOf(names.subList(hfDefaultLabels().size(), names.size()));
  }

  /** Returns the labels file of a split, as the one-machine hf writer writes it. */
  byte[] hfLabelsFile(List<String> labels) {
    return hfLabelsFile(List.of(), labels);
  }

  /**
   * Returns the labels file an hf writer writes after these documents, its list started from
   * {@code labels} (empty: the default types' names).
   */
  private byte[] hfLabelsFile(List<Document> docs, List<String> labels) {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    try (DocumentWriter w = Formats.writer(OutputFormat.HF, OutputStream.nullOutputStream(), file,
        writer.options(ExportReport.counting()).withHfLabels(labels))) {
      for (Document d : docs) {
        w.write(d);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // into memory: does not fail
    }
    return file.toByteArray();
  }

  /** Returns the {@code names} of a labels file, in id order. */
  private static List<String> names(byte[] labelsFile) {
    try (JsonParser p = JSON.createParser(labelsFile)) {
      p.nextToken(); // the object
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("names")) {
          List<String> names = new ArrayList<>();
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            names.add(p.getText());
          }
          return names;
        }
        p.skipChildren();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("an hf labels file without names");
  }
}
