/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.tawsim.export.DoccanoLayout;
import org.tawsim.core.EntityType;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.conll.BoundaryPolicy;
import org.tawsim.export.conll.ConllLayout;
import org.tawsim.export.conll.DocStart;
import org.tawsim.export.conll.ExportReport;
import org.tawsim.export.conll.TagScheme;
import org.tawsim.export.JsonlLayer;

/**
 * The writer settings of a job as they travel to the executors: {@link ExportOptions} without its
 * report, which holds the driver's warning printer and cannot travel. Each task writes with {@link
 * #options}, with a report of its own that records the adjustments, which the driver then counts
 * and warns in input order.
 */
record WriterSettings(
    TagScheme scheme,
    BoundaryPolicy boundaries,
    ConllLayout conllLayout,
    DocStart docStart,
    boolean tabSeparated,
    boolean hfPerDocument,
    List<String> hfTypes,
    DoccanoLayout doccanoLayout,
    Set<JsonlLayer> layers)
    implements Serializable {

  /** The defaults, {@link ExportOptions#defaults()}. */
  static final WriterSettings DEFAULTS = of(ExportOptions.defaults());

  WriterSettings {
    hfTypes = List.copyOf(hfTypes);
    layers = Set.copyOf(layers);
  }

  /** Returns the settings of these options, all but the report. */
  static WriterSettings of(ExportOptions o) {
    return new WriterSettings(
        o.scheme(),
        o.boundaries(),
        o.conllLayout(),
        o.docStart(),
        o.tabSeparated(),
        o.hfPerDocument(),
        o.hfTypes().stream().map(EntityType::name).toList(),
        o.doccanoLayout(),
        o.layers());
  }

  /** Returns the options a writer on an executor is opened with, telling {@code report}. */
  ExportOptions options(ExportReport report) {
    return new ExportOptions(
        scheme,
        boundaries,
        report,
        conllLayout,
        docStart,
        tabSeparated,
        hfPerDocument,
        hfTypes.stream().map(EntityType::of).toList(),
        List.of(), // each split's list is given when its parts are written (CorpusFormat)
        doccanoLayout,
        layers);
  }
}
