/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Tawsim's annotators. Most users need only {@link org.tawsim.annotate.Annotators#defaultPipeline()}.
 */
package org.tawsim.annotate;
