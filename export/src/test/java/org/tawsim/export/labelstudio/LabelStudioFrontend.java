/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.labelstudio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Label Studio's own frontend, npm {@code @heartexlabs/label-studio} 1.4.0 (the last release whose
 * package ships its build: {@code build/static/js/main.js} and {@code main.css}), fetched once with
 * {@code npm pack} into {@code target/label-studio/} (or found where {@code .ci/run} or the system
 * property {@code tawsim.labelstudio.dir} put it). Null when npm or the network is missing.
 */
final class LabelStudioFrontend {

  static final String PACKAGE = "@heartexlabs/label-studio@1.4.0";

  private LabelStudioFrontend() {}

  /** Returns the folder holding {@code build/static/js/main.js}, fetching it if need be; or null. */
  static Path locate() {
    String configured = System.getProperty("tawsim.labelstudio.dir");
    Path dir = configured != null ? Path.of(configured) : Path.of("target", "label-studio");
    Path pkg = dir.resolve("package");
    if (Files.isRegularFile(pkg.resolve("build/static/js/main.js"))) {
      return pkg.toAbsolutePath();
    }
    try {
      Files.createDirectories(dir);
      if (!run(dir, List.of("npm", "pack", PACKAGE, "--silent"))) {
        return null;
      }
      try (var files = Files.list(dir)) {
        Path tgz = files.filter(p -> p.getFileName().toString().endsWith(".tgz")).findFirst()
            .orElse(null);
        if (tgz == null || !run(dir, List.of("tar", "xzf", tgz.getFileName().toString()))) {
          return null;
        }
      }
    } catch (IOException e) {
      return null;
    }
    return Files.isRegularFile(pkg.resolve("build/static/js/main.js")) ? pkg.toAbsolutePath() : null;
  }

  private static boolean run(Path dir, List<String> command) {
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(300, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false; // npm or tar is not installed
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
