/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import picocli.CommandLine;

/** Reads the version from the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Tawsim.class.getPackage().getImplementationVersion();
    return new String[] {"tawsim " + (v == null ? "(development build)" : v)};
  }
}
