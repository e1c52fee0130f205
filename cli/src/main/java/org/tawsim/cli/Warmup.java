/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.util.Set;
import org.tawsim.annotate.Annotators;
import org.tawsim.annotate.entities.ArabicEntityTagger;
import org.tawsim.core.Document;

/**
 * Loads what the default pipeline needs on a thread of its own while the main thread parses the
 * command line: the pipeline's lists and model (each loaded once, in a holder the command's own
 * pipeline then finds filled), and, by annotating one short document, the lists the annotators
 * read only at their first document and the classes they run. The command's pipeline is built as
 * before and waits for a list only while this thread is still loading it.
 *
 * <p>Why: these loads are serial. The main thread built the entity lists only after picocli had
 * looked at every command, and the first document then loaded the quotation tagger's word sets,
 * the name-likeness model and the place spellings on one worker while the other waited for them.
 * The output is the same: the loaded lists are the same, and annotating a document leaves no state
 * behind (the caches of the taggers hold what a word is, never what a document said).
 *
 * <p>The entity tagger's lists, the largest load, are built on a second thread from the start, so
 * that they load while the first thread builds the other annotators (their cues, the sentence
 * model) instead of after them; its pipeline then waits for them only while they are still
 * loading (their holder is initialized once, by whichever thread comes first).
 *
 * <p>A failure here is ignored: the command meets it again where it builds its pipeline and
 * reports it there.
 */
final class Warmup {

  /** The commands that annotate with the default pipeline. */
  private static final Set<String> COMMANDS = Set.of("annotate", "build");

  /**
   * A dateline and a quotation with its speaker: «الرياض - قال وزير الخارجية الأمير
   * فيصل بن فرحان في مؤتمر صحفي: "نرحب بالاتفاق مع شركة أرامكو السعودية".»
   */
  private static final String TEXT =
      "\u0627\u0644\u0631\u064a\u0627\u0636 - \u0642\u0627\u0644"
          + " \u0648\u0632\u064a\u0631 \u0627\u0644\u062e\u0627\u0631\u062c\u064a\u0629"
          + " \u0627\u0644\u0623\u0645\u064a\u0631 \u0641\u064a\u0635\u0644 \u0628\u0646"
          + " \u0641\u0631\u062d\u0627\u0646 \u0641\u064a \u0645\u0624\u062a\u0645\u0631"
          + " \u0635\u062d\u0641\u064a: \"\u0646\u0631\u062d\u0628"
          + " \u0628\u0627\u0644\u0627\u062a\u0641\u0627\u0642 \u0645\u0639"
          + " \u0634\u0631\u0643\u0629 \u0623\u0631\u0627\u0645\u0643\u0648"
          + " \u0627\u0644\u0633\u0639\u0648\u062f\u064a\u0629\".";

  private Warmup() {}

  /** Starts the loading when the command is one that annotates; returns at once. */
  static void startFor(String[] args) {
    if (!annotates(args)) {
      return;
    }
    start(Warmup::loadEntityLists, "tawsim-warmup-entities");
    start(Warmup::load, "tawsim-warmup");
  }

  private static void start(Runnable task, String name) {
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
  }

  /** {@return whether these arguments name a command that annotates with the default pipeline} */
  static boolean annotates(String[] args) {
    return args.length > 0 && COMMANDS.contains(args[0]);
  }

  private static void loadEntityLists() {
    try {
      ArabicEntityTagger.create();
    } catch (RuntimeException | Error e) {
      // as below
    }
  }

  private static void load() {
    try {
      Annotators.defaultPipeline().annotate(Document.of("warm-up", TEXT));
    } catch (RuntimeException | Error e) {
      // the command builds the same pipeline and reports the failure
    }
  }
}
