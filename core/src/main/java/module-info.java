/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The document model, annotators and pipelines, Arabic text basics and strict UTF-8 of Tawsim.
 * Every package is API.
 */
module org.tawsim.core {
  exports org.tawsim.core;
  exports org.tawsim.core.io;
  exports org.tawsim.core.text;
}
