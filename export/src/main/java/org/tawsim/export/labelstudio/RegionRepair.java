/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.labelstudio;

/**
 * Puts a region back on its text when its offsets are a little off, as annotation tools get them
 * around emoji and in right-to-left text: the region moves to the nearest place, at most {@link
 * #REACH} code points away, where the text holds exactly the region's {@code value.text}.
 */
final class RegionRepair {

  /** How far a region may move, in code points. */
  static final int REACH = 2;

  private RegionRepair() {}

  /**
   * Returns the start, in code points, where {@code expected} lies nearest to {@code start} within
   * {@link #REACH} (the smaller shift first, and leftward before rightward at equal distance); -1
   * when there is none.
   */
  static int nearest(int[] text, int start, String expected) {
    int[] want = expected.codePoints().toArray();
    for (int d = 0; d <= REACH; d++) {
      for (int s : d == 0 ? new int[] {start} : new int[] {start - d, start + d}) {
        if (matches(text, s, want)) {
          return s;
        }
      }
    }
    return -1;
  }

  private static boolean matches(int[] text, int start, int[] want) {
    if (start < 0 || start + want.length > text.length) {
      return false;
    }
    for (int i = 0; i < want.length; i++) {
      if (text[start + i] != want[i]) {
        return false;
      }
    }
    return true;
  }
}
