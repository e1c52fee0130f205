/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on the loopback, started and stopped by the project's own script
 * ({@code spark/local-cluster}), for tests: a master and two workers, each a JVM of its own.
 *
 * <p>{@link #close()} stops everything the script started, executors included, and checks that
 * none of those processes is left; a shutdown hook does the same if the test JVM ends first.
 */
final class LocalCluster implements AutoCloseable {

  static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
  private static final Path SCRIPT = ROOT.resolve("spark/local-cluster");

  final Path dir;
  final int port;
  final int uiPort;
  private final Thread hook;
  private boolean closed;

  private LocalCluster(Path dir, int port, int uiPort) {
    this.dir = dir;
    this.port = port;
    this.uiPort = uiPort;
    this.hook = new Thread(this::stopQuietly, "stop the local Spark cluster");
  }

  /** Starts a cluster in {@code dir} on free loopback ports; returns once both workers registered. */
  static LocalCluster start(Path dir) throws IOException, InterruptedException {
    LocalCluster c = new LocalCluster(dir, freePort(), freePort());
    Runtime.getRuntime().addShutdownHook(c.hook);
    try {
      c.script(
          "start",
          "--dir", dir.toString(),
          "--port", Integer.toString(c.port),
          "--ui-port", Integer.toString(c.uiPort),
          "--workers", "2",
          "--cores", "2",
          "--memory", "1536m");
    } catch (IOException | RuntimeException e) {
      c.close();
      throw e;
    }
    return c;
  }

  String master() {
    return "spark://127.0.0.1:" + port;
  }

  /** Returns the process id of worker 1 or 2. */
  long workerPid(int worker) throws IOException {
    return Long.parseLong(Files.readString(dir.resolve("worker-" + worker + ".pid"), UTF_8).trim());
  }

  /** Returns the work folder of a worker: one folder per application, one per executor in it. */
  Path workDir(int worker) {
    return dir.resolve("work/worker-" + worker);
  }

  /** Returns Spark's own jars, as a distribution's {@code jars/}, from which executors start. */
  Path sparkJars() {
    return dir.resolve("spark-home/jars");
  }

  /**
   * Kills a worker's JVM and the executors it started at once (SIGKILL), as when its machine is
   * lost.
   */
  void killWorker(int worker) throws IOException {
    ProcessHandle w =
        ProcessHandle.of(workerPid(worker))
            .orElseThrow(() -> new IllegalStateException("worker " + worker + " is not running"));
    List<ProcessHandle> all = new ArrayList<>(w.descendants().toList());
    all.add(w);
    all.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle p : all) {
      p.onExit().join();
    }
  }

  /** The processes the script started: the daemons' ids from its files, and their descendants. */
  private List<ProcessHandle> processes() throws IOException {
    List<ProcessHandle> all = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return all;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".pid")).toList()) {
        ProcessHandle.of(Long.parseLong(Files.readString(f, UTF_8).trim()))
            .ifPresent(
                p -> {
                  all.add(p);
                  all.addAll(p.descendants().toList());
                });
      }
    }
    return all;
  }

  /**
   * Stops the cluster with the script, then checks that no process it started is left (killing
   * any that is, and failing).
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    List<ProcessHandle> started = processes();
    try {
      script("stop", "--dir", dir.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook is running
      }
    }
    List<ProcessHandle> left = started.stream().filter(ProcessHandle::isAlive).toList();
    left.forEach(ProcessHandle::destroyForcibly);
    if (!left.isEmpty()) {
      throw new IllegalStateException("the cluster's stop left processes running: " + left);
    }
  }

  private void stopQuietly() {
    try {
      close();
    } catch (IOException | RuntimeException e) {
      System.err.println("stopping the local Spark cluster: " + e);
    }
  }

  /** Runs the script; its output goes to the test's output. */
  private void script(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).inheritIO().redirectInput(ProcessBuilder.Redirect.PIPE).start();
    p.getOutputStream().close();
    if (!p.waitFor(4, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException("spark/local-cluster " + args[0] + " did not end within 4 minutes");
    }
    if (p.exitValue() != 0) {
      throw new IOException("spark/local-cluster " + args[0] + " failed with exit " + p.exitValue());
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
