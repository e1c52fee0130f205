/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * An HTML view of annotated documents and corpora, for people who check annotations by looking.
 *
 * <p>Most users only need {@link org.tawsim.render.HtmlRenderer}: it renders documents (from
 * a {@link org.tawsim.core.DocumentReader}, such as {@code Formats.reader(ReaderFormat.JSONL, path)}, or
 * any {@code Iterable}) as one self-contained, right-to-left HTML page with entities, quotations,
 * speakers, sentences and zones, corpus statistics as SVG charts, and paging. The command line runs
 * it as {@code tawsim render IN.jsonl -o OUT.html}.
 */
package org.tawsim.render;
