/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Which part of a development gold file an eval command scores, after the project's quality
 * protocol: errors are studied on the look part (the units before a cut, in file order) and only
 * the score of the check part (the units from the cut on) is read. Each command chooses its cut.
 */
enum EvalPart {
  /** The units before the cut: the part whose errors may be studied. */
  LOOK,
  /** The units from the cut on: only their score is read. */
  CHECK,
  /** Every unit. */
  ALL;

  /** Returns the cut of the usual protocol: the first 80% of {@code units}, rounded down. */
  static int lookShare(int units) {
    return units * 4 / 5;
  }

  /** Tells whether the unit at {@code index} (from 0, in file order) is in this part. */
  boolean includes(int index, int cut) {
    return this == ALL || (index < cut) == (this == LOOK);
  }

  /**
   * Refuses an option that shows errors ({@code --errors}, {@code --write-predictions}) on the
   * check part, whose errors the protocol does not study: only its score is read.
   *
   * @param asked whether the command was given {@code option}
   * @throws ParameterException when it was, with the check part
   */
  void refuseErrors(CommandLine command, String option, boolean asked) {
    if (asked && this == CHECK) {
      throw new ParameterException(command, option + " with --part check: the check part's errors"
          + " are not studied, only its score");
    }
  }

  /** Returns this part of {@code units}; a cut past their end puts all of them in the look part. */
  <T> List<T> of(List<T> units, int cut) {
    int c = Math.min(cut, units.size());
    return switch (this) {
      case LOOK -> units.subList(0, c);
      case CHECK -> units.subList(c, units.size());
      case ALL -> units;
    };
  }
}
