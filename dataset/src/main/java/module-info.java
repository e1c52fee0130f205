/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The corpus builder: page segmentation, deduplication, seeded splits, statistics, rejects, and
 * the ordered parallel engine. Most users need only {@code DatasetBuilder}.
 */
module org.tawsim.dataset {
  requires transitive org.tawsim.core;
  requires transitive org.tawsim.export;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.lang3;
  requires java.management;

  exports org.tawsim.dataset;
}
