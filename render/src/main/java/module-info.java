/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/** The right-to-left HTML view of annotated documents and corpora. */
module org.tawsim.render {
  requires transitive org.tawsim.core;

  exports org.tawsim.render;
}
