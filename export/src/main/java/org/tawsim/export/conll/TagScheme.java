/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.conll;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.tawsim.core.EntityType;

/**
 * A way of writing entities as one tag per token, with its encoder and a decoder for every scheme.
 *
 * <table>
 *   <caption>Tags of a one-token entity X, a three-token one Y, and X right after X</caption>
 *   <tr><th>scheme</th><th>X</th><th>Y</th><th>X X (adjacent, same type)</th></tr>
 *   <tr><td>{@link #IOB2} (BIO)</td><td>B-X</td><td>B-Y I-Y I-Y</td><td>B-X B-X</td></tr>
 *   <tr><td>{@link #IOB1}</td><td>I-X</td><td>I-Y I-Y I-Y</td><td>I-X B-X</td></tr>
 *   <tr><td>{@link #BIOES}</td><td>S-X</td><td>B-Y I-Y E-Y</td><td>S-X S-X</td></tr>
 *   <tr><td>{@link #IO}</td><td>I-X</td><td>I-Y I-Y I-Y</td><td>I-X I-X (merged: IO cannot
 *       separate them)</td></tr>
 * </table>
 *
 * <p>Tokens outside every entity are {@value #OUTSIDE}. IOB1 is the tagging of the original
 * CoNLL-2003 files: {@code B-} appears only where an entity directly follows one of the same type.
 * Consumers that expect IOB2 (OpenNLP's CoNLL-2002 reader keeps only entities that begin with
 * {@code B-}) lose IOB1 entities, which is why IOB2 is the default everywhere.
 *
 * <p>{@link #decode} reads every scheme with one rule set, the one of {@code conlleval}: {@code B-}
 * and {@code S-} (and BILOU's {@code U-}) open an entity; {@code I-} continues the open entity of its
 * type and otherwise opens one (so IOB1, and IOB2 with a stray {@code I-}, decode the same way);
 * {@code E-} (and {@code L-}) ends the open entity of its type, or is an entity by itself. Tags are
 * {@code PREFIX-TYPE} with the prefix as one upper-case letter. Thread-safe.
 */
public enum TagScheme {
  /** Inside/outside only: every entity token is {@code I-}; adjacent entities of one type merge. */
  IO,
  /** CoNLL-2003 original: {@code B-} only to split adjacent entities of the same type. */
  IOB1,
  /** Also called BIO: every entity starts with {@code B-}. The default. */
  IOB2,
  /** Begin, inside, end, single: {@code S-} for one-token entities, {@code E-} on the last token. */
  BIOES;

  /** The tag of a token outside every entity. */
  public static final String OUTSIDE = "O";

  /** Per type name, its tags with the prefixes B, I, E, S, made once: encoding allocates nothing. */
  private static final ConcurrentHashMap<String, String[]> TAGS = new ConcurrentHashMap<>();

  /**
   * {@return the tags of {@code tokenCount} tokens that carry these chunks}
   *
   * @param chunks sorted by start, not overlapping, each ending at most at {@code tokenCount}
   * @param tokenCount how many tokens
   * @throws IllegalArgumentException naming the chunk when chunks overlap, are unsorted or end past
   *     the tokens
   */
  public List<String> encode(int tokenCount, List<Chunk> chunks) {
    String[] tags = new String[tokenCount];
    encode(chunks, tags);
    return List.of(tags);
  }

  /**
   * Fills {@code tags} (one per token) for these chunks; the allocation-free form of {@link
   * #encode(int, List)} that writers use.
   *
   * @param chunks the entities as token ranges, sorted by start, not overlapping
   * @param tags one entry per token, overwritten
   * @throws IllegalArgumentException as {@link #encode(int, List)} does
   */
  public void encode(List<Chunk> chunks, String[] tags) {
    encode(chunks, tags, tags.length);
  }

  /**
   * Fills the first {@code n} entries of {@code tags}: the form of {@link #encode(List, String[])}
   * for writers that reuse one array across sentences.
   *
   * @param chunks the entities as token ranges, sorted by start, not overlapping
   * @param tags at least {@code n} entries, the first {@code n} overwritten
   * @param n how many tokens
   */
  public void encode(List<Chunk> chunks, String[] tags, int n) {
    Objects.requireNonNull(chunks, "chunks");
    java.util.Arrays.fill(tags, 0, n, OUTSIDE);
    int previousEnd = 0;
    EntityType previousType = null;
    for (Chunk c : chunks) {
      if (c.start() < previousEnd) {
        throw new IllegalArgumentException(
            "chunk " + c + " overlaps or precedes the chunk before it (which ends at " + previousEnd + ")");
      }
      if (c.end() > n) {
        throw new IllegalArgumentException(
            "chunk " + c + " ends past the " + n + " tokens");
      }
      boolean adjacentSameType = c.start() == previousEnd && c.type().equals(previousType);
      String type = c.type().name();
      switch (this) {
        case IO -> fill(tags, c.start(), c.end(), tag('I', type));
        case IOB1 -> {
          fill(tags, c.start(), c.end(), tag('I', type));
          if (adjacentSameType) {
            tags[c.start()] = tag('B', type);
          }
        }
        case IOB2 -> {
          fill(tags, c.start(), c.end(), tag('I', type));
          tags[c.start()] = tag('B', type);
        }
        case BIOES -> {
          if (c.length() == 1) {
            tags[c.start()] = tag('S', type);
          } else {
            fill(tags, c.start(), c.end(), tag('I', type));
            tags[c.start()] = tag('B', type);
            tags[c.end() - 1] = tag('E', type);
          }
        }
      }
      previousEnd = c.end();
      previousType = c.type();
    }
  }

  private static void fill(String[] tags, int from, int to, String tag) {
    for (int i = from; i < to; i++) {
      tags[i] = tag;
    }
  }

  /** Returns the tag {@code prefix-type} (prefix one of B, I, E, S), the same instance each time. */
  static String tag(char prefix, String type) {
    String[] tags = TAGS.computeIfAbsent(type,
        t -> new String[] {"B-" + t, "I-" + t, "E-" + t, "S-" + t});
    return switch (prefix) {
      case 'B' -> tags[0];
      case 'I' -> tags[1];
      case 'E' -> tags[2];
      case 'S' -> tags[3];
      default -> throw new IllegalArgumentException("prefix " + prefix);
    };
  }

  /**
   * {@return the tags this scheme can write for these types: {@value #OUTSIDE} first, then per type
   * (in name order) its prefixes in the order B, I, E, S as the scheme uses them} This is the label
   * list of a token-classification model, such as Hugging Face's {@code ClassLabel} names.
   *
   * @param types the entity types
   */
  public List<String> labels(Collection<EntityType> types) {
    List<String> labels = new ArrayList<>();
    labels.add(OUTSIDE);
    for (EntityType t : new TreeSet<>(types)) {
      for (char prefix : prefixes()) {
        labels.add(tag(prefix, t.name()));
      }
    }
    return List.copyOf(labels);
  }

  /** Returns the prefixes this scheme writes, in the order B, I, E, S. */
  char[] prefixes() {
    return switch (this) {
      case IO -> new char[] {'I'};
      case IOB1, IOB2 -> new char[] {'B', 'I'};
      case BIOES -> new char[] {'B', 'I', 'E', 'S'};
    };
  }

  /**
   * {@return the entities of a tag sequence, whatever scheme wrote it (see the class comment)}
   *
   * @param tags one tag per token: {@value #OUTSIDE} or {@code P-TYPE} with P one of B, I, E, S, L,
   *     U and TYPE a valid {@link EntityType} name
   * @throws IllegalArgumentException naming the tag and its index when a tag is neither
   */
  public static List<Chunk> decode(List<String> tags) {
    Objects.requireNonNull(tags, "tags");
    List<Chunk> chunks = new ArrayList<>();
    int openStart = -1;
    EntityType openType = null;
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      if (OUTSIDE.equals(tag)) {
        if (openType != null) {
          chunks.add(new Chunk(openStart, i, openType));
          openType = null;
        }
        continue;
      }
      char prefix = prefix(tag, i);
      EntityType type = type(tag, i);
      boolean continues = openType != null && openType.equals(type);
      switch (prefix) {
        case 'B', 'S', 'U' -> {
          if (openType != null) {
            chunks.add(new Chunk(openStart, i, openType));
          }
          openStart = i;
          openType = type;
        }
        case 'I', 'E', 'L' -> {
          if (!continues) {
            if (openType != null) {
              chunks.add(new Chunk(openStart, i, openType));
            }
            openStart = i;
            openType = type;
          }
        }
        default -> throw new AssertionError(prefix);
      }
      if (prefix == 'S' || prefix == 'U' || prefix == 'E' || prefix == 'L') {
        chunks.add(new Chunk(openStart, i + 1, openType));
        openType = null;
      }
    }
    if (openType != null) {
      chunks.add(new Chunk(openStart, tags.size(), openType));
    }
    return chunks;
  }

  private static char prefix(String tag, int index) {
    Objects.requireNonNull(tag, "tag");
    if (tag.length() < 3 || tag.charAt(1) != '-' || "BIESLU".indexOf(tag.charAt(0)) < 0) {
      throw new IllegalArgumentException(
          "tag '"
              + tag
              + "' at token "
              + index
              + " is neither O nor PREFIX-TYPE with PREFIX one of B, I, E, S (or L, U)");
    }
    return tag.charAt(0);
  }

  private static EntityType type(String tag, int index) {
    try {
      return EntityType.of(tag.substring(2));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("tag '" + tag + "' at token " + index + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@return the scheme with this name, ignoring case; {@code BIO} is {@link #IOB2} and {@code
   * IOBES} is {@link #BIOES}}
   *
   * @param name the scheme's name, such as {@code IOB2}
   * @throws IllegalArgumentException naming the valid names
   */
  public static TagScheme fromName(String name) {
    Objects.requireNonNull(name, "name");
    String n = name.toUpperCase(java.util.Locale.ROOT);
    return switch (n) {
      case "BIO", "IOB2" -> IOB2;
      case "IOB1" -> IOB1;
      case "BIOES", "IOBES" -> BIOES;
      case "IO" -> IO;
      default -> throw new IllegalArgumentException(
          "unknown tag scheme '" + name + "' (expected one of: iob2 (bio), iob1, bioes, io)");
    };
  }
}
