/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.EntityType;

class TagSchemeTest {

  /** Parses "0-1:PER 3-5:LOC" into chunks. */
  private static List<Chunk> chunks(String spec) {
    List<Chunk> list = new ArrayList<>();
    if (spec == null || spec.isBlank()) {
      return list;
    }
    for (String part : spec.trim().split(" ")) {
      String[] rangeType = part.split(":");
      String[] range = rangeType[0].split("-");
      list.add(new Chunk(Integer.parseInt(range[0]), Integer.parseInt(range[1]),
          EntityType.of(rangeType[1])));
    }
    return list;
  }

  private static List<String> tags(String spec) {
    return Arrays.asList(spec.trim().split(" "));
  }

  @ParameterizedTest(name = "{0}: {2} -> {3}")
  @CsvSource(delimiter = '|', textBlock = """
      IOB2  | 5 | 0-1:PER 2-5:LOC           | B-PER O B-LOC I-LOC I-LOC
      IOB1  | 5 | 0-1:PER 2-5:LOC           | I-PER O I-LOC I-LOC I-LOC
      BIOES | 5 | 0-1:PER 2-5:LOC           | S-PER O B-LOC I-LOC E-LOC
      IO    | 5 | 0-1:PER 2-5:LOC           | I-PER O I-LOC I-LOC I-LOC
      IOB2  | 4 | 0-2:PER 2-3:PER           | B-PER I-PER B-PER O
      IOB1  | 4 | 0-2:PER 2-3:PER           | I-PER I-PER B-PER O
      BIOES | 4 | 0-2:PER 2-3:PER           | B-PER E-PER S-PER O
      IOB1  | 3 | 0-1:PER 1-2:LOC 2-3:PER   | I-PER I-LOC I-PER
      IOB2  | 3 |                           | O O O
      """)
  void encodes(String scheme, int n, String chunks, String expected) {
    assertEquals(tags(expected), TagScheme.valueOf(scheme).encode(n, chunks(chunks)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      B-PER O B-LOC I-LOC I-LOC     | 0-1:PER 2-5:LOC
      I-PER O I-LOC I-LOC I-LOC     | 0-1:PER 2-5:LOC
      I-PER I-PER B-PER O           | 0-2:PER 2-3:PER
      S-PER O B-LOC I-LOC E-LOC     | 0-1:PER 2-5:LOC
      B-PER E-PER S-PER O           | 0-2:PER 2-3:PER
      U-PER O B-LOC I-LOC L-LOC     | 0-1:PER 2-5:LOC
      O I-PER I-LOC                 | 1-2:PER 2-3:LOC
      B-PER I-LOC                   | 0-1:PER 1-2:LOC
      B-PER E-PER I-PER             | 0-2:PER 2-3:PER
      E-PER                         | 0-1:PER
      B-ORG I-ORG                   | 0-2:ORG
      O O                           |
      """)
  void decodesAnySchemeAsConllevalDoes(String tags, String expected) {
    assertEquals(chunks(expected), TagScheme.decode(tags(tags)));
  }

  @ParameterizedTest
  @CsvSource({"PER", "B-", "X-PER", "B-per", "BPER", "b-PER", "''"})
  void rejectsMalformedTags(String tag) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TagScheme.decode(List.of("O", tag)));
    assertTrue(e.getMessage().contains("at token 1"), e.getMessage());
  }

  @Test
  void rejectsOverlappingAndOutOfRangeChunks() {
    assertThrows(IllegalArgumentException.class,
        () -> TagScheme.IOB2.encode(5, chunks("0-2:PER 1-3:LOC")));
    assertThrows(IllegalArgumentException.class,
        () -> TagScheme.IOB2.encode(2, chunks("1-3:PER")));
  }

  @Test
  void roundTripsRandomChunksExceptIoMerges() {
    Random random = new Random(42);
    EntityType[] types = {EntityType.PER, EntityType.LOC, EntityType.ORG};
    for (int round = 0; round < 2000; round++) {
      int n = 1 + random.nextInt(12);
      List<Chunk> chunks = new ArrayList<>();
      int i = 0;
      while (i < n) {
        if (random.nextInt(3) == 0) {
          i++;
          continue;
        }
        int len = 1 + random.nextInt(Math.min(3, n - i));
        chunks.add(new Chunk(i, i + len, types[random.nextInt(types.length)]));
        i += len;
      }
      for (TagScheme scheme : List.of(TagScheme.IOB1, TagScheme.IOB2, TagScheme.BIOES)) {
        assertEquals(chunks, TagScheme.decode(scheme.encode(n, chunks)), scheme + " " + chunks);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "IOB2, O B-LOC I-LOC B-PER I-PER",
    "IOB1, O B-LOC I-LOC B-PER I-PER",
    "BIOES, O B-LOC I-LOC E-LOC S-LOC B-PER I-PER E-PER S-PER",
    "IO, O I-LOC I-PER"
  })
  void listsLabelsOutsideFirstThenTypesByName(String scheme, String expected) {
    assertEquals(tags(expected),
        TagScheme.valueOf(scheme).labels(List.of(EntityType.PER, EntityType.LOC)));
  }

  @ParameterizedTest
  @CsvSource({"bio, IOB2", "IOB2, IOB2", "iob1, IOB1", "iobes, BIOES", "BIOES, BIOES", "io, IO"})
  void parsesSchemeNames(String name, TagScheme expected) {
    assertEquals(expected, TagScheme.fromName(name));
  }

  @Test
  void rejectsUnknownSchemeName() {
    assertThrows(IllegalArgumentException.class, () -> TagScheme.fromName("bilou"));
  }
}
