/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.Pipeline;
import org.tawsim.core.Sentence;

class DefaultPipelineSentencesTest {

  @Test
  void runsTheAnnotatorsInDesignOrder() {
    Pipeline p = Annotators.defaultPipeline();
    assertEquals(
        List.of("ZoneTagger", "OpenNlpSentenceAnnotator", "ArabicTokenizer", "ArabicEntityTagger", "QuotationTagger"),
        p.steps().stream().map(Annotator::name).toList());
  }

  @Test
  void splitsSentencesAtLineBreaksAndEndMarks() {
    Document d = Annotators.defaultPipeline().annotate(Document.of("d", "عنوان\nجملة أولى. جملة ثانية."));
    assertEquals(3, d.layer(Sentence.class).size());
  }
}
