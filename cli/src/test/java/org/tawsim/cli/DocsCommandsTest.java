/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The commands the README and {@code docs/} show are commands the jar takes: every {@code ./tawsim}
 * (or {@code tawsim}) line of a fenced block and every {@code ./tawsim} in inline code parses with
 * the real command line, each sample of {@code docs/formats.md} is the exact output of the command
 * above it, and the README's Java example compiles against the modules and prints what the README
 * says.
 *
 * <p>{@code spark-build} runs through the launcher only (it is not a command of the jar) and is
 * left out here. {@code .ci/run} runs the set-up commands themselves.
 */
class DocsCommandsTest {

  /** The repository root: the tests run in {@code cli/}. */
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static final String PROMPT = "./tawsim ";
  private static final Pattern INLINE = Pattern.compile("`(\\./tawsim [^`]+)`");

  @TempDir Path dir;

  /**
   * One fenced block: its language tag, its lines, the markdown line just before it, and the index
   * of its opening fence in the page.
   */
  record Block(String lang, List<String> lines, String before, int fence) {}

  static List<Block> blocks(List<String> markdown) {
    List<Block> blocks = new ArrayList<>();
    String before = "";
    for (int i = 0; i < markdown.size(); i++) {
      String line = markdown.get(i);
      if (!line.startsWith("```")) {
        if (!line.isBlank()) {
          before = line;
        }
        continue;
      }
      List<String> body = new ArrayList<>();
      int j = i + 1;
      while (!markdown.get(j).startsWith("```")) {
        body.add(markdown.get(j++));
      }
      blocks.add(new Block(line.substring(3).strip(), body, before, i));
      before = "";
      i = j;
    }
    return blocks;
  }

  static List<Path> pages() {
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(Path page) {
    try {
      return Files.readAllLines(page, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every {@code ./tawsim} command of every page, as {@code page: command}. */
  static Stream<String> documentedCommands() {
    List<String> commands = new ArrayList<>();
    for (Path page : pages()) {
      String name = ROOT.relativize(page) + ": ";
      List<String> markdown = lines(page);
      for (Block b : blocks(markdown)) {
        if (b.lang().equals("sh") || b.lang().isEmpty()) {
          for (String l : b.lines()) {
            if (l.startsWith(PROMPT) || l.startsWith(PROMPT.substring(2))) {   // ./tawsim, tawsim
              commands.add(name + (l.startsWith(PROMPT) ? l : "./" + l));
            }
          }
        }
      }
      for (String line : markdown) {
        Matcher m = INLINE.matcher(line.replace("\\|", "|"));
        while (m.find()) {
          commands.add(name + m.group(1));
        }
      }
    }
    return commands.stream().filter(c -> !c.contains(PROMPT + "spark-build"));
  }

  /**
   * Shell words of one command line, up to a comment, a pipe, a redirection or {@code &&}; single
   * and double quotes group words.
   */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else if (!inWord && (c == '#' || c == '|' || c == '>' || c == '&' || c == '\\')) {
        break;
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      textBlock = """
          ./tawsim annotate in -o out   # a comment; annotate|in|-o|out
          ./tawsim render a.jsonl -o b.html --title "NTREX samples"; render|a.jsonl|-o|b.html|--title|NTREX samples
          ./tawsim spark-build --master 'local[2]' x; spark-build|--master|local[2]|x
          ./tawsim --help >/dev/null && mvn -q; --help
          ./tawsim eval entities --gold g.txt \\; eval|entities|--gold|g.txt
          ./tawsim export a -o - | head; export|a|-o|-
          """)
  void wordsOfACommandLine(String line, String expected) {
    assertEquals(List.of(expected.split("\\|")), words(line).subList(1, words(line).size()));
  }

  @ParameterizedTest
  @MethodSource("documentedCommands")
  void everyDocumentedCommandParses(String command) {
    String line = command.substring(command.indexOf(PROMPT));
    List<String> args = words(line);
    args = args.subList(1, args.size());
    StringWriter err = new StringWriter();
    CommandLine cl = Tawsim.commandLine().setErr(new PrintWriter(err, true));
    try {
      CommandLine.ParseResult parsed = cl.parseArgs(args.toArray(String[]::new));
      assertTrue(parsed.hasSubcommand() || parsed.isUsageHelpRequested(), command);
    } catch (CommandLine.ParameterException e) {
      throw new AssertionError(command + ": " + e.getMessage(), e);
    }
  }

  @Test
  void theDocsShowCommandsOfEveryKind() {
    List<String> commands = documentedCommands().toList();
    for (String sub : List.of("annotate", "export", "build", "import", "agree", "eval tokens",
        "eval sentences", "eval entities", "eval quotes", "train-sentences", "render", "bench")) {
      assertTrue(commands.stream().anyMatch(c -> c.contains(PROMPT + sub + " ")), sub);
    }
  }

  /**
   * Each {@code sh} block of formats.md with one {@code ./tawsim ... -o -} line is followed by the
   * block that command prints, byte for byte; a block after a line ending in "writes to `FILE`:"
   * is the content of that file. With {@code -Dtawsim.golden.update=true} the page's samples are
   * rewritten from the commands instead (then read the diff).
   */
  @Test
  void formatSamplesAreWhatTheCommandsPrint() throws IOException {
    Path page = ROOT.resolve("docs/formats.md");
    List<String> markdown = lines(page);
    List<Block> blocks = blocks(markdown);
    List<Block> samples = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    for (int i = 0; i + 1 < blocks.size(); i++) {
      Block command = blocks.get(i);
      if (!command.lang().equals("sh") || command.lines().size() != 1
          || !command.lines().get(0).startsWith(PROMPT)) {
        continue;
      }
      String line = command.lines().get(0);
      List<String> args = local(words(line).subList(1, words(line).size()));
      assertTrue(args.contains("-"), line);
      samples.add(blocks.get(i + 1));
      outputs.add(stdout(args));
      Block next = i + 2 < blocks.size() ? blocks.get(i + 2) : null;
      Matcher file = Pattern.compile("writes to `([^`]+)`:$").matcher(next == null ? "" : next.before());
      if (file.find()) {
        Path written = dir.resolve(Path.of(file.group(1)).getFileName());
        samples.add(next);
        outputs.add(Files.readString(written, UTF_8));
      }
    }
    assertEquals(11, samples.size(), "samples checked");
    if (!Boolean.getBoolean("tawsim.golden.update")) {
      for (int s = 0; s < samples.size(); s++) {
        assertEquals(String.join("\n", samples.get(s).lines()) + "\n", outputs.get(s),
            "the sample after line " + (samples.get(s).fence() + 1) + " of docs/formats.md");
      }
      return;
    }
    List<String> updated = new ArrayList<>(markdown);
    for (int s = samples.size() - 1; s >= 0; s--) {          // last first: indices stay right
      int first = samples.get(s).fence() + 1;
      updated.subList(first, first + samples.get(s).lines().size()).clear();
      List<String> printed = List.of(outputs.get(s).split("\n", -1));
      updated.addAll(first, printed.subList(0, printed.size() - 1));
    }
    Files.writeString(page, String.join("\n", updated) + "\n", UTF_8);
  }

  /** The README's Java program, compiled against this module's class path and run. */
  @Test
  void readmeJavaExampleCompilesAndPrintsWhatTheReadmeShows() throws Exception {
    List<Block> blocks = blocks(lines(ROOT.resolve("README.md")));
    int java = 0;
    while (!blocks.get(java).lang().equals("java")) {
      java++;
    }
    String source = String.join("\n", blocks.get(java).lines()) + "\n";
    Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
    assertTrue(name.find(), "a public class");
    Path file = dir.resolve(name.group(1) + ".java");
    Files.writeString(file, source, UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    StringWriter errors = new StringWriter();
    boolean compiled = javac.getTask(errors, null, null,
        List.of("-encoding", "UTF-8", "-classpath", classPath, "-d", dir.toString()), null,
        javac.getStandardFileManager(null, null, UTF_8).getJavaFileObjects(file)).call();
    assertTrue(compiled, errors.toString());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
            getClass().getClassLoader());
        PrintStream out = new PrintStream(bytes, true, UTF_8)) {
      Method main = loader.loadClass(name.group(1)).getMethod("main", String[].class);
      System.setOut(out);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(saved);
    }
    assertEquals(String.join("\n", blocks.get(java + 1).lines()) + "\n", bytes.toString(UTF_8));
  }

  /** The arguments with repository paths made absolute and files to write put in the temp dir. */
  private List<String> local(List<String> args) {
    List<String> out = new ArrayList<>();
    boolean written = false;
    for (String a : args) {
      if (written && !a.equals("-")) {
        out.add(dir.resolve(Path.of(a).getFileName()).toString());
      } else if (a.contains("/") && Files.exists(ROOT.resolve(a))) {
        out.add(ROOT.resolve(a).toString());
      } else {
        out.add(a);
      }
      written = a.equals("--labels") || a.equals("-o");
    }
    return out;
  }

  private static String stdout(List<String> args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    int exit;
    try (PrintStream out = new PrintStream(bytes, true, UTF_8)) {
      System.setOut(out);
      exit = Tawsim.commandLine().execute(args.toArray(String[]::new));
    } finally {
      System.setOut(saved);
    }
    assertEquals(0, exit, String.join(" ", args));
    String printed = bytes.toString(UTF_8);
    assertFalse(printed.isEmpty(), String.join(" ", args));
    return printed;
  }
}
