package dev.newsframes.cli.tooling;

import dev.newsframes.lab.evaluate.CodebookLabel;
import dev.newsframes.lab.evaluate.CodebookLabels;
import dev.newsframes.lab.evaluate.ProductVerdicts.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Labelled pages in the format of {@code frames-codebook.md}: the labels file, the folder its paths
 * are relative to, and which product frame answers each question. Checked before Spark starts.
 */
public final class FrameLabelOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--labels",
      required = true,
      paramLabel = "FILE",
      description =
          "Codebook labels, one JSON object per page (file, is_article, answers); with --format"
              + " gvfc, GVFC's CSV (news_title, Q3 Theme1).")
  Path labels;

  @Option(
      names = "--pages",
      paramLabel = "DIR",
      description = "Folder the labels' file paths are relative to (needed without --warehouse).")
  Path pages;

  @Option(
      names = "--manifest",
      paramLabel = "CSV",
      description = "Manifest of the pages (url, date...), as for ingest.")
  Path manifest;

  @Option(
      names = "--questions",
      paramLabel = "Q[=FRAME]",
      split = ",",
      defaultValue = "regulation,competitiveness,about_ai=ai",
      description =
          "Codebook questions, each Q or Q=FRAME (the frame or topic answering it); the first"
              + " two are the pair of the dominant question. Default: regulation, competitiveness,"
              + " about_ai=ai.")
  List<String> questions;

  /** The labels, read and checked. */
  public List<CodebookLabel> labels() {
    existingFile(labels, "labels");
    try {
      List<Question> qs = questions();
      List<CodebookLabel> out =
          CodebookLabels.read(
              labels,
              qs.stream().map(Question::key).toList(),
              List.of(qs.get(0).frame(), qs.get(1).frame()));
      if (out.isEmpty()) {
        throw usage("No labels in " + labels);
      }
      return out;
    } catch (IOException e) {
      throw usage("Cannot read labels " + labels + ": " + LabOptions.why(e));
    } catch (IllegalArgumentException e) {
      throw usage("Cannot read labels " + labels + ": " + e.getMessage());
    }
  }

  public Path labelsFile() {
    return labels;
  }

  /** The labelled pages that exist under --pages, as paths to ingest. */
  public List<String> pageFiles(List<CodebookLabel> labels) {
    if (pages == null) {
      throw usage("Give --pages DIR (the labels' files are relative to it) or --warehouse");
    }
    if (!Files.isDirectory(pages)) {
      throw usage("Cannot read labelled pages in " + pages + ": not a directory");
    }
    List<String> out = new ArrayList<>();
    for (CodebookLabel l : labels) {
      Path p = pages.resolve(l.file());
      if (Files.isRegularFile(p)) {
        out.add(p.toAbsolutePath().toString());
      }
    }
    if (out.isEmpty()) {
      throw usage("None of the labelled files is under " + pages);
    }
    return out;
  }

  public Optional<Path> manifest() {
    return Optional.ofNullable(manifest).map(m -> existingFile(m, "manifest"));
  }

  private Path existingFile(Path file, String what) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw usage("Cannot read " + what + " " + file + ": no such file");
    }
    return file;
  }

  /** The questions; at least two, the first two being frames of the dominant question. */
  public List<Question> questions() {
    List<Question> out = questions.stream().map(Question::parse).toList();
    if (out.size() < 2 || out.stream().anyMatch(q -> q.key().isEmpty() || q.frame().isEmpty())) {
      throw usage("--questions takes at least two questions, e.g. regulation,competitiveness");
    }
    return out;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
