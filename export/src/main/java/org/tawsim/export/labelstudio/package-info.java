/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Label Studio: {@link org.tawsim.export.labelstudio.LabelStudioWriter} writes documents as tasks
 * with their annotations as predictions, and beside them the project's labelling configuration;
 * {@link org.tawsim.export.labelstudio.LabelStudioReader} reads an export back. Both are opened
 * through {@link org.tawsim.export.Formats}. Offsets are code points, end exclusive, as Label
 * Studio counts them.
 *
 * <p>Not exported from the module: nothing outside it names these classes.
 */
package org.tawsim.export.labelstudio;
