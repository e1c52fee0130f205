package org.tawsim.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator;
import org.tawsim.core.Document;
import org.tawsim.core.Pipeline;
import org.tawsim.core.Sentence;

class DefaultPipelineSentencesTest {

  @Test
  void splitsSentencesFirst() {
    Pipeline p = Annotators.defaultPipeline();
    assertTrue(p.steps().get(0) instanceof OpenNlpSentenceAnnotator, p.name());
    Document d = p.annotate(Document.of("d", "عنوان\nجملة أولى. جملة ثانية."));
    assertEquals(3, d.layer(Sentence.class).size());
  }
}
