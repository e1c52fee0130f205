/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepeatedCorpusTest {

  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // one sentence: nothing to reorder
        "قال الوزير.|1|قال الوزير.",
        // each sentence keeps the space after it; a quoted value keeps its last space
        "قال الوزير. وصل الوفد؟ بدأ الاجتماع!|1|'وصل الوفد؟ بدأ الاجتماع!قال الوزير. '",
        "قال الوزير. وصل الوفد؟ بدأ الاجتماع!|2|'بدأ الاجتماع!قال الوزير. وصل الوفد؟ '",
      })
  void shufflesSentencesWithTheirSpaces(String text, long seed, String expected) {
    assertEquals(expected, RepeatedCorpus.shuffled(text, new Random(seed)));
  }

  @Test
  void repeatsWithIdsOfTheirOwnAndShufflesEveryCopyButTheFirst() throws IOException {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(
        in,
        "{\"id\":\"a\",\"source\":\"x\",\"text\":\"جملة أولى. جملة ثانية.\"}\n\n"
            + "{\"id\":\"b\",\"text\":\"نص.\"}\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out.jsonl");
    assertEquals(4, RepeatedCorpus.write(in, 2, out, true));
    assertEquals(
        List.of(
            "{\"id\":\"a-0\",\"source\":\"x\",\"text\":\"جملة أولى. جملة ثانية.\"}",
            "{\"id\":\"b-0\",\"text\":\"نص.\"}",
            "{\"id\":\"a-1\",\"source\":\"x\",\"text\":\"جملة ثانية.جملة أولى. \"}",
            "{\"id\":\"b-1\",\"text\":\"نص.\"}"),
        Files.readAllLines(out, StandardCharsets.UTF_8));
  }
}
