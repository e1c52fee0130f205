/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/** Gold readers and scorers for tokens, sentences, entities and quotations; agreement. */
module org.tawsim.eval {
  requires transitive org.tawsim.core;
  requires transitive org.tawsim.export;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports org.tawsim.eval;
}
