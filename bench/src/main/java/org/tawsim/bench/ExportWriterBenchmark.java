/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.Formats;
import org.tawsim.export.OutputFormat;

/**
 * Each export writer ({@code -p format=conll,conllu,spacy,hf,doccano,jsonl}) writing a whole
 * corpus to a byte-counting sink, one thread. The {@code bytes} counter is the score to read:
 * output bytes per second.
 *
 * <p>The corpus documents have text only, so the setup gives them layers the simple way, not with
 * Tawsim's annotators (this measures writers, not annotators): tokens are whitespace-separated runs,
 * sentences are lines, and a synthetic entity marks every 7th token (LOC) and every 13th token pair
 * (PER), so that tag encoding and span writing are exercised.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar ExportWriterBenchmark \
 *     -p corpus=../shared/corpora/saudinewsnet/saudinewsnet-2015-07-22to24.jsonl
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExportWriterBenchmark {

  /**
   * The corpus: a file or folder of text or JSONL, or {@code sample} for samples/ntrex ({@link
   * Corpus#load}).
   */
  @Param("sample")
  public String corpus;

  /** The output format by its name ({@code conll}, {@code hf}, ...). */
  @Param({"conll", "conllu", "spacy", "hf", "doccano", "jsonl"})
  public String format;

  private List<Document> docs;
  private OutputFormat outputFormat;

  /** Output bytes, reported by JMH as a rate: bytes per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Output {
    /** Bytes written in this iteration. */
    public long bytes;

    /** Starts the count of an iteration at zero. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  /** Reads the corpus and builds what the benchmark runs, once per trial. */
  @Setup
  public void load() throws IOException {
    outputFormat = OutputFormat.fromLabel(format);
    docs = new ArrayList<>();
    for (Document d : Corpus.load(corpus).documents()) {
      docs.add(withLayers(d));
    }
    long bytes = writeAll();
    System.out.printf("%n%s, %s: %d documents, %d output bytes per pass%n",
        corpus, format, docs.size(), bytes);
  }

  /** Tokens at whitespace, sentences at lines, synthetic entities (see the class comment). */
  static Document withLayers(Document d) {
    String t = d.text();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    int i = 0;
    int sentenceBegin = -1;
    int sentenceEnd = -1;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '\n' && sentenceBegin >= 0) {
        sentences.add(new Sentence(new Span(sentenceBegin, sentenceEnd)));
        sentenceBegin = -1;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
        i++;
      }
      tokens.add(new Token(new Span(start, i), t.substring(start, i)));
      if (sentenceBegin < 0) {
        sentenceBegin = start;
      }
      sentenceEnd = i;
    }
    if (sentenceBegin >= 0) {
      sentences.add(new Sentence(new Span(sentenceBegin, sentenceEnd)));
    }
    List<Entity> entities = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      if (k % 13 == 12 && k + 1 < tokens.size()) {
        entities.add(new Entity(new Span(tokens.get(k).span().begin(), tokens.get(k + 1).span().end()),
            EntityType.PER, "bench"));
        k++;
      } else if (k % 7 == 6) {
        entities.add(new Entity(tokens.get(k).span(), EntityType.LOC, "bench"));
      }
    }
    return d.withLayer(Sentence.class, sentences)
        .withLayer(Token.class, tokens)
        .withLayer(Entity.class, entities);
  }

  /** The measured operation: writes every document in the format; returns the byte count. */
  @Benchmark
  public long write(Output output) throws IOException {
    long n = writeAll();
    output.bytes += n;
    return n;
  }

  private long writeAll() throws IOException {
    CountingSink sink = new CountingSink();
    CountingSink labels = new CountingSink();
    try (DocumentWriter w = Formats.writer(outputFormat, sink, labels, ExportOptions.defaults())) {
      for (Document d : docs) {
        w.write(d);
      }
    }
    return sink.count;
  }

  /** Discards bytes, counting them. */
  static final class CountingSink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
