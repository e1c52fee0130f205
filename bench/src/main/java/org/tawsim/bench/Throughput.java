/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Counts the characters a text benchmark processes. JMH reports {@code chars} per second of wall
 * clock as a secondary result. On a shared machine the wall clock also counts the time other
 * processes hold the CPU, so at the end of a trial this also prints the characters per second of
 * the benchmark thread's own CPU time over the measurement iterations.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Throughput {

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  /** Characters processed in this iteration. */
  public long chars;

  private boolean measuring;
  private long cpuStart;
  private long measuredChars;
  private long measuredCpu;

  /** Starts an iteration: resets the count and notes the thread CPU time. */
  @Setup(Level.Iteration)
  public void start(IterationParams params) {
    chars = 0;
    measuring = params.getType() == IterationType.MEASUREMENT;
    cpuStart = MX.getCurrentThreadCpuTime();
  }

  /** Ends an iteration, adding a measurement iteration to the totals. */
  @TearDown(Level.Iteration)
  public void stop() {
    if (measuring) {
      measuredCpu += MX.getCurrentThreadCpuTime() - cpuStart;
      measuredChars += chars;
    }
  }

  /** Prints characters per CPU-second over the measurement iterations. */
  @TearDown(Level.Trial)
  public void report() {
    if (measuredCpu > 0) {
      System.out.printf(
          "%nthread CPU time: %.1f million chars per CPU-second (%d chars in %.2f CPU-s)%n",
          measuredChars * 1e3 / measuredCpu, measuredChars, measuredCpu / 1e9);
    }
  }
}
