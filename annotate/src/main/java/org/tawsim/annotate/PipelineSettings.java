/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceModel;
import org.tawsim.annotate.entities.ArabicEntityTagger;
import org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator;
import org.tawsim.core.EntityType;
import org.tawsim.core.Pipeline;

/**
 * The default pipeline with a user's changes: entity lists added, government bodies left
 * untagged, another sentence model. The files are read when they are given, and the settings hold
 * their content, not their paths: the settings are {@link Serializable}, so a Spark job ships them
 * to executors that cannot see the driver's files, and each executor builds the same pipeline
 * with {@link #pipeline()}. Immutable.
 *
 * <pre>{@code
 * PipelineSettings s = PipelineSettings.defaults()
 *     .withList(EntityType.ORG, Path.of("banks.txt"))
 *     .withSentenceModel(Path.of("ar-sent.bin"));
 * Pipeline p = s.pipeline();
 * }</pre>
 */
public final class PipelineSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An entity list as read, with its type's name. */
  private record EntityList(String type, ArabicEntityTagger.ListFile list) implements Serializable {}

  /** The lists added, in order. */
  private final List<EntityList> lists;
  /** Whether a state's own government bodies are tagged. */
  private final boolean governmentBodies;
  /** The sentence model file's bytes, or null for the shipped model. */
  private final byte[] sentenceModel;

  private PipelineSettings(List<EntityList> lists, boolean governmentBodies, byte[] sentenceModel) {
    this.lists = List.copyOf(lists);
    this.governmentBodies = governmentBodies;
    this.sentenceModel = sentenceModel;
  }

  /** {@return the settings of {@link Annotators#defaultPipeline()}} */
  public static PipelineSettings defaults() {
    return new PipelineSettings(List.of(), true, null);
  }

  /**
   * Returns a copy with a list of phrases (UTF-8, one a line, {@code #} comments) that the entity
   * tagger tags {@code type}, named after the file as {@link
   * ArabicEntityTagger.Builder#addList(EntityType, Path)} names it.
   *
   * @param type the type of the phrases' entities
   * @param file the list
   * @return the settings with the list added
   * @throws IOException when the file cannot be read, with its path in the message
   */
  public PipelineSettings withList(EntityType type, Path file) throws IOException {
    Objects.requireNonNull(type, "type");
    List<EntityList> more = new ArrayList<>(lists);
    more.add(new EntityList(type.name(), ArabicEntityTagger.ListFile.read(file)));
    return new PipelineSettings(more, governmentBodies, sentenceModel);
  }

  /**
   * Returns a copy that tags a state's own government bodies or not (default: tags them).
   *
   * @param tag whether to tag them
   * @return the changed settings
   */
  public PipelineSettings withGovernmentBodies(boolean tag) {
    return new PipelineSettings(lists, tag, sentenceModel);
  }

  /**
   * Returns a copy with the OpenNLP sentence model in this file (such as one {@code tawsim
   * train-sentences} wrote) in place of the shipped one. The model is read and checked now.
   *
   * @param file the model
   * @return the settings with the model's bytes
   * @throws IOException naming the file when it cannot be read or is no OpenNLP sentence model
   */
  public PipelineSettings withSentenceModel(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
      model(bytes);
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + ": not a readable OpenNLP sentence model (" + e + ")", e);
    }
    return new PipelineSettings(lists, governmentBodies, bytes);
  }

  /** {@return true when the entity tagger is not the default one} */
  public boolean changesEntityTagger() {
    return !lists.isEmpty() || !governmentBodies;
  }

  /** {@return a builder of the entity tagger with these lists and settings} */
  public ArabicEntityTagger.Builder entityTagger() {
    ArabicEntityTagger.Builder b = ArabicEntityTagger.builder().governmentBodies(governmentBodies);
    for (EntityList l : lists) {
      b.addList(EntityType.of(l.type()), l.list().name(), l.list().phrases());
    }
    return b;
  }

  /** {@return the default pipeline with these changes; thread-safe, as the default one} */
  public Pipeline pipeline() {
    Pipeline p = Annotators.defaultPipeline();
    if (changesEntityTagger()) {
      p = p.replace(ArabicEntityTagger.class, entityTagger().build());
    }
    if (sentenceModel != null) {
      try {
        p = p.replace(OpenNlpSentenceAnnotator.class, OpenNlpSentenceAnnotator.withModel(model(sentenceModel)));
      } catch (IOException e) {
        throw new UncheckedIOException("the sentence model, checked when given, is unreadable", e);
      }
    }
    return p;
  }

  private static SentenceModel model(byte[] bytes) throws IOException {
    return new SentenceModel(new ByteArrayInputStream(bytes));
  }
}
