/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tawsim.core.EntityType;

/**
 * The default {@link Lexicon} as the build writes it ({@code lexicon.bin}, next to the lists in
 * {@code target/classes}), so that start-up reads it instead of building it from the lists.
 *
 * <p>Why: building it from the lists cost about 0.35 s of CPU at every start of a cold JVM, most
 * of it reading and normalising 46,000 lines and hashing their words into the {@link WordTable};
 * the image is read in a few bulk copies. The lists stay the source: the annotate module's build
 * runs {@link #main} after the classes are compiled (a {@code java} task of the antrun plugin), and
 * {@code LexiconImageTest} checks that the image gives every lookup the lists give.
 *
 * <p>The layout, every number big-endian: a string pool (the trie words, sources, type names and
 * the phrases of the sets); the trie values; the seven tries node by node, depth first, each node
 * its value and its children; the {@link Lexicon.WordInfo}s, each its flags and the nodes its word
 * leads to; the {@link WordTable} as it lies in memory ({@link WordTable#writeTo}); the three sets,
 * sorted. The same lists give the same bytes.
 */
final class LexiconImage {

  /** The image's name among this package's resources. */
  static final String RESOURCE = "lexicon.bin";

  private static final int MAGIC = 0x54574c58; // "TWLX"
  private static final int VERSION = 1;

  private static final byte ENTRY = 0;
  private static final byte TITLE = 1;
  private static final byte FALSE = 2;
  private static final byte TRUE = 3;

  /** The constants a shipped entry's type is: rules compare types by identity. */
  private static final List<EntityType> TYPES = List.of(EntityType.PER, EntityType.LOC,
      EntityType.ORG, EntityType.NORP, EntityType.DATE, EntityType.TIME, EntityType.MONEY,
      EntityType.PERCENT, EntityType.MISC);

  private LexiconImage() {}

  /**
   * Writes the image of the lexicon built from this package's lists into the folder given as the
   * one argument (the build's {@code target/classes/org/tawsim/annotate/entities}).
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]).resolve(RESOURCE);
    try (OutputStream out = Files.newOutputStream(file)) {
      write(Lexicon.of(LexiconLoader.load()), out);
    }
  }

  /**
   * Returns the lexicon of the shipped image, or null when the build wrote none.
   *
   * @throws IllegalStateException naming the image and the byte where reading failed, when the
   *     image is damaged (a truncated or altered jar)
   */
  static Lexicon shipped() {
    URL url = LexiconImage.class.getResource(RESOURCE);
    if (url == null) {
      return null;
    }
    byte[] bytes;
    try (InputStream in = url.openStream()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the entity lexicon image " + url, e);
    }
    return read(ByteBuffer.wrap(bytes), url.toString());
  }

  /**
   * Reads a whole image that {@link #write} wrote, or fails with a message that names it.
   *
   * @param name where the image comes from, for the message
   * @throws IllegalStateException naming the image and the byte where reading failed, when the
   *     bytes are not a whole image of this version
   */
  static Lexicon read(ByteBuffer in, String name) {
    try {
      Lexicon lexicon = read(in);
      if (in.hasRemaining()) {
        throw new IllegalStateException("bytes after its end: " + in.remaining());
      }
      return lexicon;
    } catch (BufferUnderflowException
        | IndexOutOfBoundsException
        | NegativeArraySizeException
        | IllegalStateException e) {
      String why = e instanceof BufferUnderflowException ? "it ends too early" : e.getMessage();
      throw new IllegalStateException(
          "the entity lexicon image " + name + " is damaged (at byte " + in.position() + " of "
              + in.limit() + ": " + why + "); the annotate module's build writes it again",
          e);
    }
  }

  /** Writes the image of a lexicon; leaves the stream open. */
  static void write(Lexicon lexicon, OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
    List<PhraseTrie<?>> tries = tries(lexicon);
    Pool pool = new Pool();
    List<Object> values = new ArrayList<>();
    Map<Object, Integer> valueIds = new HashMap<>();
    Map<PhraseTrie.Node<?>, Integer> nodeIds = new IdentityHashMap<>();
    // first pass: number strings, values and nodes in the order the second pass writes them
    for (PhraseTrie<?> trie : tries) {
      for (Map.Entry<String, ? extends PhraseTrie.Node<?>> r : inOrder(trie.rootNodes())) {
        pool.id(r.getKey());
        number(r.getValue(), pool, values, valueIds, nodeIds);
      }
    }
    List<List<String>> sets = List.of(sorted(lexicon.governmentBodies),
        sorted(lexicon.governmentHeads), sorted(lexicon.countryNames));
    sets.forEach(s -> s.forEach(pool::id));
    for (Object v : values) {
      if (v instanceof Entry e) {
        pool.id(e.type().name());
        pool.id(e.source());
      }
    }
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    pool.write(out);
    out.writeInt(values.size());
    for (Object v : values) {
      if (v instanceof Entry e) {
        out.writeByte(ENTRY);
        out.writeInt(pool.id(e.type().name()));
        out.writeInt(pool.id(e.source()));
        out.writeInt(e.priority());
      } else if (v instanceof Lexicon.Title t) {
        out.writeByte(TITLE);
        out.writeByte((t.genitive() ? 1 : 0) | (t.weak() ? 2 : 0));
      } else if (v instanceof Boolean b) {
        out.writeByte(b ? TRUE : FALSE);
      } else {
        throw new IllegalStateException("a trie value of " + v.getClass());
      }
    }
    out.writeInt(nodeIds.size());
    for (PhraseTrie<?> trie : tries) {
      writeChildren(trie.rootNodes(), out, pool, valueIds);
    }
    // the words' infos, numbered in the table's own order by its writer
    List<Lexicon.WordInfo> infos = new ArrayList<>();
    Map<Lexicon.WordInfo, Integer> infoIds = new IdentityHashMap<>();
    ByteSink table = new ByteSink();
    lexicon.info.writeTo(table.data, i -> infoIds.computeIfAbsent(i, k -> {
      infos.add(k);
      return infos.size() - 1;
    }));
    table.data.flush();
    out.writeInt(infos.size());
    for (Lexicon.WordInfo i : infos) {
      out.writeInt(i.flags);
      out.writeInt(i.rootMask);
      for (Lexicon.Trie t : Lexicon.Trie.values()) {
        PhraseTrie.Node<?> root = i.root(t);
        if (root != null) {
          out.writeInt(nodeIds.get(root));
        }
      }
    }
    table.bytes.writeTo(out);
    for (List<String> set : sets) {
      out.writeInt(set.size());
      for (String s : set) {
        out.writeInt(pool.id(s));
      }
    }
    out.flush();
  }

  /** Reads an image that {@link #write} wrote. */
  static Lexicon read(ByteBuffer in) {
    if (in.getInt() != MAGIC || in.getInt() != VERSION) {
      throw new IllegalStateException("not a lexicon image of this version");
    }
    String[] strings = Pool.read(in);
    Object[] values = new Object[count(in, 1)];
    for (int k = 0; k < values.length; k++) {
      byte tag = in.get();
      if (tag == ENTRY) {
        values[k] = new Entry(type(strings[in.getInt()]), strings[in.getInt()], in.getInt());
      } else if (tag == TITLE) {
        byte bits = in.get();
        values[k] = new Lexicon.Title((bits & 1) != 0, (bits & 2) != 0);
      } else {
        values[k] = tag == TRUE;
      }
    }
    PhraseTrie.Node<?>[] nodes = new PhraseTrie.Node<?>[count(in, 8)];
    int[] next = {0};
    List<PhraseTrie<?>> tries = new ArrayList<>();
    for (int t = 0; t < 7; t++) {
      PhraseTrie<Object> trie = new PhraseTrie<>();
      int roots = in.getInt();
      for (int r = 0; r < roots; r++) {
        readNode(trie.addRoot(strings[in.getInt()]), in, strings, values, nodes, next);
      }
      tries.add(trie);
    }
    Lexicon.WordInfo[] infos = new Lexicon.WordInfo[count(in, 8)];
    int trieCount = Lexicon.Trie.values().length;
    PhraseTrie.Node<?>[] none = new PhraseTrie.Node<?>[trieCount];
    for (int k = 0; k < infos.length; k++) {
      int flags = in.getInt();
      int mask = in.getInt();
      PhraseTrie.Node<?>[] roots = none;
      if (mask != 0) {
        roots = new PhraseTrie.Node<?>[trieCount];
        for (int t = 0; t < trieCount; t++) {
          roots[t] = (mask & 1 << t) == 0 ? null : nodes[in.getInt()];
        }
      }
      infos[k] = new Lexicon.WordInfo(flags, roots);
    }
    WordTable<Lexicon.WordInfo> info = WordTable.readFrom(in, k -> infos[k]);
    List<Set<String>> sets = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      String[] members = new String[count(in, 4)];
      for (int k = 0; k < members.length; k++) {
        members[k] = strings[in.getInt()];
      }
      sets.add(Set.of(members));
    }
    return new Lexicon(info, tries, sets.get(0), sets.get(1), sets.get(2));
  }

  /**
   * Reads the length of an array whose items take at least {@code bytesEach} bytes of the image:
   * a damaged length fails here rather than asking for gigabytes.
   */
  static int count(ByteBuffer in, int bytesEach) {
    int n = in.getInt();
    if (n < 0 || n > in.remaining() / bytesEach) {
      throw new IllegalStateException("a count of " + n + " with " + in.remaining() + " bytes left");
    }
    return n;
  }

  private static EntityType type(String name) {
    for (EntityType t : TYPES) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return EntityType.of(name);
  }

  private static void readNode(PhraseTrie.Node<Object> node, ByteBuffer in, String[] strings,
      Object[] values, PhraseTrie.Node<?>[] nodes, int[] next) {
    nodes[next[0]++] = node;
    int value = in.getInt();
    if (value >= 0) {
      node.value(values[value]);
    }
    int children = in.getInt();
    for (int c = 0; c < children; c++) {
      readNode(node.addChild(strings[in.getInt()]), in, strings, values, nodes, next);
    }
  }

  private static List<PhraseTrie<?>> tries(Lexicon l) {
    return List.of(l.entities, l.titles, l.orgHeads, l.currencies, l.months, l.givenNames,
        l.namesAfterHeads);
  }

  private static void number(PhraseTrie.Node<?> node, Pool pool, List<Object> values,
      Map<Object, Integer> valueIds, Map<PhraseTrie.Node<?>, Integer> nodeIds) {
    nodeIds.put(node, nodeIds.size());
    Object v = node.value();
    if (v != null && !valueIds.containsKey(v)) {
      valueIds.put(v, values.size());
      values.add(v);
    }
    for (Map.Entry<String, ? extends PhraseTrie.Node<?>> c : inOrder(node.children())) {
      pool.id(c.getKey());
      number(c.getValue(), pool, values, valueIds, nodeIds);
    }
  }

  private static void writeChildren(Map<String, ? extends PhraseTrie.Node<?>> children,
      DataOutputStream out, Pool pool, Map<Object, Integer> valueIds) throws IOException {
    out.writeInt(children.size());
    for (Map.Entry<String, ? extends PhraseTrie.Node<?>> c : inOrder(children)) {
      out.writeInt(pool.id(c.getKey()));
      Object v = c.getValue().value();
      out.writeInt(v == null ? -1 : valueIds.get(v));
      writeChildren(c.getValue().children(), out, pool, valueIds);
    }
  }

  /**
   * A trie's words in their order as strings: the image does not depend on the order of the map
   * (a map's order follows its capacity, which grows at a put of a word already there), and an
   * image read and written again gives the same bytes. Only lookups read a trie's maps, and they
   * do not see an order; the one loop over a trie's words sorts them (PlaceSpellings).
   */
  private static <N> List<Map.Entry<String, N>> inOrder(Map<String, N> map) {
    List<Map.Entry<String, N>> list = new ArrayList<>(map.entrySet());
    list.sort(Map.Entry.comparingByKey());
    return list;
  }

  private static List<String> sorted(Set<String> set) {
    List<String> list = new ArrayList<>(set);
    list.sort(null); // a Set.copyOf iterates in an order of its own at every run
    return list;
  }

  /** The bytes of a part written before its length is known. */
  private static final class ByteSink {
    final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    final DataOutputStream data = new DataOutputStream(bytes);
  }

  /** Every string of the image once, numbered in the order first met. */
  private static final class Pool {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    int id(String s) {
      Integer id = ids.get(s);
      if (id == null) {
        id = strings.size();
        ids.put(s, id);
        strings.add(s);
      }
      return id;
    }

    /** Writes the count, each string's length, then all their characters. */
    void write(DataOutputStream out) throws IOException {
      out.writeInt(strings.size());
      int total = 0;
      for (String s : strings) {
        out.writeInt(s.length());
        total += s.length();
      }
      out.writeInt(total);
      for (String s : strings) {
        out.writeChars(s);
      }
    }

    static String[] read(ByteBuffer in) {
      int[] lengths = new int[count(in, 4)];
      in.asIntBuffer().get(lengths);
      in.position(in.position() + 4 * lengths.length);
      char[] chars = new char[count(in, 2)];
      in.asCharBuffer().get(chars);
      in.position(in.position() + 2 * chars.length);
      String[] strings = new String[lengths.length];
      int at = 0;
      for (int k = 0; k < strings.length; k++) {
        strings[k] = new String(chars, at, lengths[k]);
        at += lengths[k];
      }
      return strings;
    }
  }
}
