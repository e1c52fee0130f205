/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tawsim.annotate.Annotators;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Pipeline;
import org.tawsim.core.RejectHandler;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.Formats;
import org.tawsim.export.OutputFormat;
import org.tawsim.export.conll.ExportReport;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;

/**
 * Annotates text files and writes them for Python tools: spaCy / Prodigy JSONL and Hugging Face
 * token classification JSONL with its label list. The same as {@code tawsim annotate IN -o
 * out.spacy.jsonl --format spacy} and {@code --format hf}.
 *
 * <p>Both files count offsets in Unicode code points, end exclusive, so that Python's {@code
 * text[start:end]} is the entity; entities are aligned to whole tokens (see the export report).
 *
 * <pre>
 * # Python
 * from datasets import load_dataset, Sequence, ClassLabel
 * names = json.load(open("corpus.hf.labels.json"))["names"]
 * ds = load_dataset("json", data_files="corpus.hf.jsonl")
 * ds = ds.cast_column("ner_tags", Sequence(ClassLabel(names=names)))
 * </pre>
 */
public final class ExportForSpacyAndHuggingFace {

  private ExportForSpacyAndHuggingFace() {}

  /**
   * What was written.
   *
   * @param spacy the spaCy / Prodigy file, one document a line
   * @param hf the Hugging Face file, one sentence a line
   * @param hfLabels the label list beside it ({@code names}, {@code id2label}, {@code label2id})
   * @param documents documents written to each file
   * @param hfRows sentences (lines) in the Hugging Face file
   * @param exportSummary what the writers had to adjust (entities widened to token boundaries...)
   */
  public record Result(
      Path spacy, Path hf, Path hfLabels, int documents, long hfRows, String exportSummary) {}

  /**
   * Annotates the text files under {@code input} and writes {@code corpus.spacy.jsonl}, {@code
   * corpus.hf.jsonl} and {@code corpus.hf.labels.json} into {@code outDir}.
   *
   * @throws org.tawsim.core.InvalidInputException naming the file when an input is not valid UTF-8
   * @throws IOException when a file cannot be read or written
   */
  public static Result run(Path input, Path outDir) throws IOException {
    Objects.requireNonNull(input, "input");
    Files.createDirectories(outDir);
    Path spacy = outDir.resolve("corpus" + OutputFormat.SPACY.extension());
    Path hf = outDir.resolve("corpus" + OutputFormat.HF.extension());
    // one report per writer: each counts what it had to adjust in its own format
    ExportReport spacyReport = ExportReport.counting();
    ExportReport hfReport = ExportReport.counting();
    Pipeline pipeline = Annotators.defaultPipeline();

    int documents = 0;
    try (InputReader in =
            new InputReader(List.of(input.toString()), InputFormat.TXT, RejectHandler.FAIL,
                InputStream.nullInputStream());
        DocumentWriter spacyOut =
            Formats.writer(OutputFormat.SPACY, spacy, ExportOptions.defaults().withReport(spacyReport));
        DocumentWriter hfOut =
            Formats.writer(OutputFormat.HF, hf, ExportOptions.defaults().withReport(hfReport))) {
      for (Optional<Document> d = in.read(); d.isPresent(); d = in.read()) {
        Document annotated = pipeline.annotate(d.get());
        spacyOut.write(annotated);
        hfOut.write(annotated);
        documents++;
      }
    }
    long rows;
    try (var lines = Files.lines(hf)) {
      rows = lines.count();
    }
    return new Result(spacy, hf, OutputFormat.labelsPath(hf), documents, rows,
        "spaCy: " + spacyReport.summary() + "; Hugging Face: " + hfReport.summary());
  }

  /**
   * Exports a folder. Arguments: input folder (default {@code samples/ntrex}) and output folder
   * (default {@code target/python-export}).
   */
  public static void main(String[] args) throws IOException {
    Path input = Path.of(args.length > 0 ? args[0] : "samples/ntrex");
    Path out = Path.of(args.length > 1 ? args[1] : "target/python-export");
    Result r = run(input, out);
    Utf8Out.print(r.documents() + " documents\n"
        + "spaCy / Prodigy: " + r.spacy() + "\n"
        + "Hugging Face:    " + r.hf() + " (" + r.hfRows() + " sentences), labels " + r.hfLabels()
        + "\n" + r.exportSummary() + "\n");
  }
}
