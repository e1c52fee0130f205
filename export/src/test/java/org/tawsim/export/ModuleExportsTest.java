/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.module.ModuleDescriptor;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module's descriptor exports the API packages only: a format implementation or a helper
 * package exported by mistake fails here. Surefire runs the tests on the module path, so the
 * descriptor read is the one of {@code module-info.java}.
 */
class ModuleExportsTest {

  @Test
  void exportsTheApiPackagesAndTheHelpersToEvalOnly() {
    ModuleDescriptor module = Formats.class.getModule().getDescriptor();
    assertNotNull(module, "tests run on the class path: no module descriptor to check");
    Map<String, Set<String>> exports = new TreeMap<>();
    for (ModuleDescriptor.Exports e : module.exports()) {
      exports.put(e.source(), new TreeSet<>(e.targets()));
    }
    assertEquals(
        Map.of(
            "org.tawsim.export", Set.of(),
            "org.tawsim.export.conll", Set.of(),
            "org.tawsim.export.input", Set.of(),
            "org.tawsim.export.internal", Set.of("org.tawsim.eval")),
        exports);
    assertEquals(
        Set.of(
            "org.tawsim.export", "org.tawsim.export.conll", "org.tawsim.export.conll.internal",
            "org.tawsim.export.conllu", "org.tawsim.export.input", "org.tawsim.export.internal",
            "org.tawsim.export.jsonl", "org.tawsim.export.labelstudio"),
        module.packages().stream()
            .filter(p -> !p.endsWith(".testing"))
            .collect(Collectors.toSet()),
        "a new package: decide whether it is API, and export it or not");
  }
}
