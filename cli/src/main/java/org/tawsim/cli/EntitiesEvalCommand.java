/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tawsim.annotate.entities.ArabicEntityTagger;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.RejectHandler;
import org.tawsim.export.conll.ConllReader;
import org.tawsim.eval.ConllevalWriter;
import org.tawsim.eval.EntityScorer;
import org.tawsim.eval.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tawsim eval entities}: runs the entity tagger over the tokens of CoNLL gold data and prints
 * CoNLL-style exact-match precision, recall and F1, overall and per type.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the entity tagger against CoNLL gold data (token first, tag last, IOB1 or IOB2,"
          + " an empty line between sentences).",
      "Gold tokens and sentences are kept; only entity tags are predicted. Each sentence is a"
          + " document unless --documents docstart.",
      "With --label-map, tagger types map to gold labels; types on neither side of the map are O"
          + " in gold and predictions alike."
    })
final class EntitiesEvalCommand implements Callable<Integer> {

  /** What one document of the gold data is. */
  enum Documents {
    SENTENCE,
    DOCSTART
  }

  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "CoNLL gold file.")
  Path gold;

  @Option(
      names = "--label-map",
      paramLabel = "TYPE=LABEL,...",
      split = ",",
      description = "Tagger type = gold label, e.g. PER=PERS,LOC=LOC,ORG=ORG. Default: every type as"
          + " it is.")
  List<String> labelMap = new ArrayList<>();

  @Option(
      names = "--write-predictions",
      paramLabel = "FILE",
      description = "Writes 'token gold predicted' lines (IOB2) as conlleval.pl reads them.")
  String predictions;

  @Mixin TaggerOptions taggerOptions;

  @Option(
      names = "--documents",
      paramLabel = "UNIT",
      description = "sentence (each sentence alone) or docstart (documents end at -DOCSTART- lines;"
          + " document-level consistency works across their sentences). Default: ${DEFAULT-VALUE}.")
  Documents documents = Documents.SENTENCE;

  @Option(
      names = "--sentences-per-document",
      paramLabel = "N",
      description = "With --documents sentence: groups N consecutive sentences into one document, so"
          + " that document-level consistency sees them together (gold without document marks,"
          + " such as ANERcorp, is running news text). Default: ${DEFAULT-VALUE}.")
  int sentencesPerDocument = 1;

  @Option(
      names = "--part",
      paramLabel = "PART",
      description = "look (the first 80%% of the sentences, or documents, in file order: study its"
          + " errors), check (the last 20%%: read only its score; --write-predictions is refused)"
          + " or all. Default: ${DEFAULT-VALUE}.")
  EvalPart part = EvalPart.ALL;

  @Option(names = "--stem-only", description = "Entities start after the proclitics of their first word.")
  boolean stemOnly;

  @Override
  public Integer call() throws IOException {
    // the predictions are the errors, token by token
    part.refuseErrors(spec.commandLine(), "--write-predictions", predictions != null);
    Map<EntityType, EntityType> map = parseMap(labelMap);
    ArabicEntityTagger tagger = taggerOptions.tagger(stemOnly);
    EntityScorer scorer = new EntityScorer();
    PrintWriter err = spec.commandLine().getErr();
    int cut = part == EvalPart.ALL ? 0 : EvalPart.lookShare(countUnits());
    int unit = 0;
    try (InputStream in = Files.newInputStream(gold);
        ConllReader reader = reader(in);
        Output out = predictions == null ? null : Output.open(predictions, System.out)) {
      Writer w = out == null ? null : new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8);
      ConllevalWriter conll = w == null ? null : new ConllevalWriter(w);
      if (sentencesPerDocument < 1) {
        throw new IllegalArgumentException("--sentences-per-document must be at least 1");
      }
      List<Document> group = new ArrayList<>();
      for (Optional<Document> d = reader.read(); ; d = reader.read()) {
        if (d.isPresent()) {
          if (!part.includes(unit++, cut)) {
            continue;
          }
          group.add(d.get());
          if (group.size() < sentencesPerDocument) {
            continue;
          }
        } else if (group.isEmpty()) {
          break;
        }
        Document doc = DocumentGroups.concat(group);
        group.clear();
        List<Entity> goldEntities = mapped(doc.layer(Entity.class), map, true);
        Document tagged = tagger.annotate(doc.withoutLayer(Entity.class));
        List<Entity> predicted =
            ConllevalWriter.aligned(doc, mapped(tagged.layer(Entity.class), map, false));
        scorer.add(goldEntities, predicted);
        if (conll != null) {
          conll.write(doc, goldEntities, predicted);
        }
        if (d.isEmpty()) {
          break;
        }
      }
      if (w != null) {
        w.flush();
        out.commit();
      }
    }
    PrintWriter o = spec.commandLine().getOut();
    o.print(scorer.report());
    if (!map.isEmpty()) {
      Score s = scorer.overall(new java.util.HashSet<>(map.values()));
      o.printf(Locale.ROOT, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f%n",
          "mapped types", 100 * s.precision(), 100 * s.recall(), 100 * s.f1());
    }
    o.flush();
    err.flush();
    return 0;
  }

  /** Returns a reader of the gold file, one document per unit of {@code --documents}. */
  private ConllReader reader(InputStream in) {
    return ConllReader.builder()
        .documentPerSentence(documents == Documents.SENTENCE)
        .build(gold.toString(), in, RejectHandler.FAIL);
  }

  /** Returns how many documents the gold file holds as this command reads it. */
  private int countUnits() throws IOException {
    int n = 0;
    try (InputStream in = Files.newInputStream(gold);
        ConllReader reader = reader(in)) {
      while (reader.read().isPresent()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Maps entity types: predictions by the map (unmapped types dropped), gold kept when its type is a
   * target of the map (the rest dropped). An empty map keeps everything.
   */
  private static List<Entity> mapped(
      List<Entity> entities, Map<EntityType, EntityType> map, boolean gold) {
    if (map.isEmpty()) {
      return entities;
    }
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities) {
      if (gold) {
        if (map.containsValue(e.type())) {
          out.add(e);
        }
      } else {
        EntityType t = map.get(e.type());
        if (t != null) {
          out.add(new Entity(e.span(), t, e.source()));
        }
      }
    }
    return out;
  }

  static Map<EntityType, EntityType> parseMap(List<String> pairs) {
    Map<EntityType, EntityType> map = new LinkedHashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new IllegalArgumentException(
            "--label-map: '" + pair + "' is not TYPE=LABEL (e.g. PER=PERS)");
      }
      map.put(EntityType.of(pair.substring(0, eq).strip()),
          EntityType.of(pair.substring(eq + 1).strip()));
    }
    return map;
  }
}
