/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.render;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.tawsim.core.EntityType;

/**
 * The background colour of each entity type: fixed for the usual types, derived from the name for
 * the others.
 *
 * <p>Entity types are an open set, so a type without a fixed colour gets a hue computed from a hash
 * of its name (FNV-1a), with a fixed saturation and a high lightness that keeps black text
 * readable. The same name always gets the same colour, in every corpus and every run, so a reader
 * learns the colours once.
 */
final class TypeColours {

  private static final Map<String, String> FIXED =
      Map.of(
          "PER", "#aee3f8",
          "LOC", "#bfeec4",
          "ORG", "#ffd3a1",
          "NORP", "#e0c8ff",
          "DATE", "#fff09a",
          "TIME", "#ffd6ea",
          "MONEY", "#c9f2e0",
          "PERCENT", "#cfdcff",
          "MISC", "#e3e3e3");

  private TypeColours() {}

  /** Returns the colour of a type as {@code #rrggbb}. */
  static String of(EntityType type) {
    String fixed = FIXED.get(type.name());
    return fixed != null ? fixed : derived(type.name());
  }

  /** Returns the colour derived from a name, the one a type without a fixed colour gets. */
  static String derived(String name) {
    int hash = 0x811C9DC5;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xFF;
      hash *= 0x01000193;
    }
    int hue = Integer.remainderUnsigned(hash, 360);
    return hex(hslToRgb(hue, 0.70, 0.84));
  }

  private static int hslToRgb(int hue, double s, double l) {
    double c = (1 - Math.abs(2 * l - 1)) * s;
    double h = hue / 60.0;
    double x = c * (1 - Math.abs(h % 2 - 1));
    double r;
    double g;
    double b;
    if (h < 1) {
      r = c; g = x; b = 0;
    } else if (h < 2) {
      r = x; g = c; b = 0;
    } else if (h < 3) {
      r = 0; g = c; b = x;
    } else if (h < 4) {
      r = 0; g = x; b = c;
    } else if (h < 5) {
      r = x; g = 0; b = c;
    } else {
      r = c; g = 0; b = x;
    }
    double m = l - c / 2;
    return channel(r + m) << 16 | channel(g + m) << 8 | channel(b + m);
  }

  private static int channel(double v) {
    return (int) Math.round(v * 255);
  }

  private static String hex(int rgb) {
    String digits = Integer.toHexString(rgb | 0x1000000);
    return "#" + digits.substring(1);
  }
}
