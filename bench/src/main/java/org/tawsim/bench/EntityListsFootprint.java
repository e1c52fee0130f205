/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.tawsim.annotate.entities.ArabicEntityTagger;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.core.Document;

/**
 * Measures what loading the entity tagger's lists costs in a fresh JVM: wall and CPU time of the first
 * {@link ArabicEntityTagger#create()} (which reads every list) and the heap in use after a full GC,
 * before and after.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.tawsim.bench.EntityListsFootprint
 * </pre>
 */
public final class EntityListsFootprint {

  private EntityListsFootprint() {}

  /** Loads the lists and prints their load time and heap; takes no arguments. */
  public static void main(String[] args) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    Document warm = new ArabicTokenizer().annotate(Document.of("warm", "نص قصير"));
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    ArabicEntityTagger tagger = ArabicEntityTagger.create();
    tagger.annotate(warm);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    System.gc();
    long after = memory.getHeapMemoryUsage().getUsed();
    System.out.printf("lists loaded in %d ms (%d ms CPU of this thread); heap in use %.1f MB before,"
        + " %.1f MB after (+%.1f MB)%n",
        millis, cpuMillis, before / 1e6, after / 1e6, (after - before) / 1e6);
    if (tagger.hashCode() == 42) {
      System.out.println(); // keeps the tagger reachable until after the measurement
    }
  }
}
