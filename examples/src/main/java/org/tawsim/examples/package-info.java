/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Small programs that show how to use Tawsim, one per task; each has a test.
 *
 * <p>Every example is a class whose {@code run…()} method does the work and returns a value (a
 * record or a string) that its {@code main} prints, so a test can call the same method and check
 * the result. Start with {@link org.tawsim.examples.QuickStart}; then {@link
 * org.tawsim.examples.BuildNerCorpus} (a folder of text to CoNLL train/dev/test), {@link
 * org.tawsim.examples.ExportForSpacyAndHuggingFace}, {@link org.tawsim.examples.WhoSaidWhat},
 * {@link org.tawsim.examples.CustomGazetteer}, {@link org.tawsim.examples.TrainOpenNlpNameFinder}
 * (from raw text to a trained, evaluated OpenNLP name finder) and {@link
 * org.tawsim.examples.TrainSentenceModel}.
 *
 * <p>The examples use only the public API, as a user's program would. Run one from the repository
 * root after {@code ./tawsim --help} has built the jar and {@code mvn -q -pl examples -am
 * -DskipTests package} the examples:
 *
 * <pre>
 * java -cp cli/target/tawsim.jar:examples/target/classes org.tawsim.examples.QuickStart
 * </pre>
 */
package org.tawsim.examples;
