/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tawsim.core.EntityType;
import org.tawsim.export.conll.BoundaryPolicy;
import org.tawsim.export.conll.ConllLayout;
import org.tawsim.export.conll.DocStart;
import org.tawsim.export.conll.ExportReport;
import org.tawsim.export.conll.TagScheme;
import org.tawsim.export.jsonl.HfJsonlWriter;

/**
 * The settings {@link OutputFormat#open} passes to a writer; each format reads the ones it has.
 *
 * <pre>{@code
 * ExportOptions o = ExportOptions.defaults().withScheme(TagScheme.BIOES).withReport(report);
 * }</pre>
 *
 * @param scheme tag scheme of the token formats (conll, conllu, hf); default IOB2
 * @param boundaries entities off token boundaries (conll, conllu, spacy, hf); default expand
 * @param report where adjustments are counted and warned about; default: counted only
 * @param conllLayout CoNLL columns and document line; default CoNLL-2003
 * @param docStart the CoNLL document line, or null for the layout's own
 * @param tabSeparated CoNLL columns separated by tabs instead of spaces
 * @param hfPerDocument Hugging Face rows per document instead of per sentence
 * @param hfTypes the types whose Hugging Face labels are listed first
 * @param hfLabels the Hugging Face label names to start from, in id order, instead of the labels of
 *     {@code hfTypes}: the ids of a corpus written in pieces (each piece's writer given the list of
 *     the whole) or of a list written before; empty (the default) for the labels of the types
 * @param doccanoLayout doccano spans (entities) or relations (quotations too)
 * @param layers the layers native JSONL writes; default all
 */
public record ExportOptions(
    TagScheme scheme,
    BoundaryPolicy boundaries,
    ExportReport report,
    ConllLayout conllLayout,
    DocStart docStart,
    boolean tabSeparated,
    boolean hfPerDocument,
    List<EntityType> hfTypes,
    List<String> hfLabels,
    DoccanoLayout doccanoLayout,
    Set<JsonlLayer> layers) {

  /**
   * Rejects nulls (but a null {@code docStart}) and a label name given twice, and copies the
   * lists.
   *
   * @param scheme tag scheme of the token formats
   * @param boundaries entities off token boundaries
   * @param report where adjustments are counted and warned about
   * @param conllLayout CoNLL columns and document line
   * @param docStart the CoNLL document line, or null for the layout's own
   * @param tabSeparated CoNLL columns separated by tabs instead of spaces
   * @param hfPerDocument Hugging Face rows per document instead of per sentence
   * @param hfTypes the types whose Hugging Face labels are listed first
   * @param hfLabels the Hugging Face label names to start from, or empty for those of the types
   * @param doccanoLayout doccano spans or relations
   * @param layers the layers native JSONL writes
   */
  public ExportOptions {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(boundaries, "boundaries");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(conllLayout, "conllLayout");
    hfTypes = List.copyOf(hfTypes);
    hfLabels = List.copyOf(hfLabels);
    if (new HashSet<>(hfLabels).size() != hfLabels.size()) {
      throw new IllegalArgumentException("Hugging Face label names repeat: " + hfLabels);
    }
    Objects.requireNonNull(doccanoLayout, "doccanoLayout");
    layers = Set.copyOf(layers);
  }

  /** {@return the defaults: IOB2, expand, counting report, CoNLL-2003, per sentence, spans} */
  public static ExportOptions defaults() {
    return new ExportOptions(TagScheme.IOB2, BoundaryPolicy.EXPAND, ExportReport.counting(),
        ConllLayout.CONLL2003, null, false, false,
        HfJsonlWriter.DEFAULT_TYPES.stream().sorted().toList(), List.of(),
        DoccanoLayout.SPANS,
        JsonlLayer.all());
  }

  /**
   * {@return a copy with another tag scheme}
   *
   * @param s the tag scheme
   */
  public ExportOptions withScheme(TagScheme s) {
    return new ExportOptions(s, boundaries, report, conllLayout, docStart, tabSeparated,
        hfPerDocument, hfTypes, hfLabels, doccanoLayout, layers);
  }

  /**
   * {@return a copy with another boundary policy}
   *
   * @param b the boundary policy
   */
  public ExportOptions withBoundaries(BoundaryPolicy b) {
    return new ExportOptions(scheme, b, report, conllLayout, docStart, tabSeparated,
        hfPerDocument, hfTypes, hfLabels, doccanoLayout, layers);
  }

  /**
   * {@return a copy with another report}
   *
   * @param r the report
   */
  public ExportOptions withReport(ExportReport r) {
    return new ExportOptions(scheme, boundaries, r, conllLayout, docStart, tabSeparated,
        hfPerDocument, hfTypes, hfLabels, doccanoLayout, layers);
  }

  /**
   * {@return a copy with another CoNLL layout and document line (null: the layout's own)}
   *
   * @param layout the CoNLL columns
   * @param start the document line, or null for the layout's own
   * @param tabs whether columns are separated by tabs instead of spaces
   */
  public ExportOptions withConll(ConllLayout layout, DocStart start, boolean tabs) {
    return new ExportOptions(scheme, boundaries, report, layout, start, tabs,
        hfPerDocument, hfTypes, hfLabels, doccanoLayout, layers);
  }

  /**
   * {@return a copy with other Hugging Face settings}
   *
   * @param perDocument whether rows are per document instead of per sentence
   * @param types the types whose labels are listed first
   */
  public ExportOptions withHf(boolean perDocument, Collection<EntityType> types) {
    return new ExportOptions(scheme, boundaries, report, conllLayout, docStart, tabSeparated,
        perDocument, List.copyOf(types), hfLabels, doccanoLayout, layers);
  }

  /**
   * {@return a copy whose Hugging Face label list starts from these names, in id order (a type met
   * whose names are not among them still gets them appended); empty for the labels of the types}
   *
   * @param names the label names
   */
  public ExportOptions withHfLabels(List<String> names) {
    return new ExportOptions(scheme, boundaries, report, conllLayout, docStart, tabSeparated,
        hfPerDocument, hfTypes, names, doccanoLayout, layers);
  }

  /**
   * {@return a copy with another doccano layout}
   *
   * @param layout spans or relations
   */
  public ExportOptions withDoccano(DoccanoLayout layout) {
    return new ExportOptions(scheme, boundaries, report, conllLayout, docStart, tabSeparated,
        hfPerDocument, hfTypes, hfLabels, layout, layers);
  }

  /**
   * {@return a copy writing only these layers in native JSONL}
   *
   * @param l the layers to write
   */
  public ExportOptions withLayers(Set<JsonlLayer> l) {
    return new ExportOptions(scheme, boundaries, report, conllLayout, docStart, tabSeparated,
        hfPerDocument, hfTypes, hfLabels, doccanoLayout, l);
  }
}
