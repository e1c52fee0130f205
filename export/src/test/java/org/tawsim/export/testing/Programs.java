/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** The programs on this machine that tests run as real consumers of an output (perl, python3). */
public final class Programs {

  private Programs() {}

  /**
   * {@return true when an executable of this name is in a folder of {@code PATH}}
   *
   * @param program the program's file name
   */
  public static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
