/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.Pipeline;

/**
 * A runaway annotator for the time-budget tests, here and in the modules above (through this
 * module's test jar).
 */
public final class Spinners {

  private Spinners() {}

  /**
   * Returns the pipeline's steps, then an annotator that spins on a document whose text holds
   * {@code word}: a CPU loop, deaf to interrupts, as a runaway rule would be, until {@code
   * released} says so (set it when the test ends, so that the abandoned threads end too).
   */
  public static Pipeline after(Pipeline pipeline, String word, BooleanSupplier released) {
    Annotator spinner = mock(Annotator.class);
    when(spinner.requires()).thenReturn(Set.of());
    when(spinner.produces()).thenReturn(Set.of());
    when(spinner.annotate(any()))
        .thenAnswer(
            call -> {
              Document d = call.getArgument(0);
              while (d.text().contains(word) && !released.getAsBoolean()) {
                Thread.onSpinWait();
              }
              return d;
            });
    List<Annotator> steps = new ArrayList<>(pipeline.steps());
    steps.add(spinner);
    return Pipeline.of(steps);
  }
}
