/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tawsim.core.RejectHandler;
import org.tawsim.export.input.InputReader;
import org.tawsim.render.HtmlRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tawsim render}: writes annotated documents as one self-contained HTML page. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Renders annotated documents (native JSONL, as tawsim annotate writes it) as one"
          + " self-contained, right-to-left HTML page: entities by type, quotations with their"
          + " speakers, sentences and zones on demand, corpus statistics, paging.",
      "The page loads nothing from the network; open it in any browser.",
      "Exit 0 on success, 1 when inputs were rejected (the rest are rendered), 2 on bad usage."
    })
final class RenderCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Inputs inputs;

  @Mixin FileOutput output;

  @Option(
      names = "--title",
      paramLabel = "TITLE",
      description = "The page title. Default: the input file names.")
  String title;

  @Option(
      names = "--page-size",
      paramLabel = "N",
      description = "Documents per page. Default: ${DEFAULT-VALUE}.")
  int pageSize = HtmlRenderer.DEFAULT_PAGE_SIZE;

  @Override
  public Integer call() throws IOException {
    HtmlRenderer renderer =
        HtmlRenderer.builder().title(title != null ? title : defaultTitle()).pageSize(pageSize).build();
    RejectHandler.Collecting rejects = RejectHandler.collecting();
    int written;
    try (InputReader reader = inputs.open(rejects);
        Output out = Output.open(output.path, System.out)) {
      written = renderer.render(reader, out.stream());
      out.commit();
    }
    return Rejects.report(
        spec.commandLine().getErr(), rejects.rejections(), written, output.rejectsPath());
  }

  /** The input names without their folders: the same page wherever the files lie. */
  private String defaultTitle() {
    return inputs.paths.stream()
        .map(i -> i.equals(InputReader.STDIN) ? "stdin" : fileName(i))
        .collect(Collectors.joining(", "));
  }

  private static String fileName(String input) {
    Path name = Path.of(input).getFileName();
    return name == null ? input : name.toString();
  }
}
