package dev.newsframes.cli.tooling;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsframes.lab.evaluate.PresenceCv;
import dev.newsframes.lab.evaluate.PresenceSpecs;
import dev.newsframes.lab.evaluate.ProductVerdicts.Question;
import dev.newsframes.trends.Frame;
import dev.newsframes.trends.FrameLexicon;
import dev.newsframes.trends.TopicDefinition;
import dev.newsframes.trends.presence.DominantFrame;
import dev.newsframes.trends.presence.FallbackRule;
import dev.newsframes.trends.presence.ThresholdRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How a presence model is fitted on labels (inputs, penalty, threshold rule, fallback, seed),
 * shared by {@code train-frames} and {@code evaluate frames --folds}; checked before Spark starts.
 */
public final class PresenceFitOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--inputs",
      paramLabel = "FRAME=SPEC",
      split = ",",
      description =
          "Inputs of a fitted frame: counts, then optionally +frames, +with, +terms or"
              + " +sentences (a sentence classifier fitted on the --quotes), then /LAMBDA, for example"
              + " regulation=counts+frames+sentences/10 (the shipped model's). Default: counts for"
              + " every frame; the topic always reads its own counts.")
  Map<String, String> inputs = new LinkedHashMap<>();

  @Option(
      names = "--quotes",
      paramLabel = "FILE",
      split = ",",
      description =
          "Label files whose <question>_quote fields quote the sentence that shows the frame (the"
              + " coders' files), for +sentences inputs; a sentence quoted in any of them is a"
              + " positive example. Default: the --labels file.")
  List<Path> quotes = new ArrayList<>();

  @Option(
      names = "--lambda",
      paramLabel = "L",
      defaultValue = "1",
      description = "L2 penalty where --inputs names none (default: ${DEFAULT-VALUE}).")
  double lambda;

  @Option(
      names = "--threshold",
      paramLabel = "RULE",
      defaultValue = "match-share",
      description =
          "How each threshold is chosen on inner out-of-fold scores: match-share (the share of"
              + " present articles closest to the labels') or max-f1 (default: ${DEFAULT-VALUE}).")
  String threshold;

  @Option(
      names = "--fallback",
      paramLabel = "S,T",
      defaultValue = "2,2",
      description =
          "Rule for frames without labels: present with at least S sentences and T distinct terms"
              + " (default: ${DEFAULT-VALUE}).")
  String fallback;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "42",
      description = "Seed of the fold assignment (default: ${DEFAULT-VALUE}).")
  long seed;

  /** The files quotes are read from: {@code --quotes}, else the labels file. */
  public List<Path> quoteFiles(Path labels) {
    return quotes.isEmpty() ? List.of(labels) : List.copyOf(quotes);
  }

  /**
   * Checks before Spark starts that every question fitted with {@code +sentences} has quotes: the
   * quote files are readable JSON Lines and hold at least one {@code <question>_quote} for it.
   */
  public void checkQuotes(PresenceCv.Setup setup, Path labels) {
    List<String> needed =
        setup.fitted().stream()
            .filter(PresenceCv.Spec::sentences)
            .map(PresenceCv.Spec::question)
            .toList();
    if (needed.isEmpty()) {
      return;
    }
    Set<String> quoted = new HashSet<>();
    for (Path f : quoteFiles(labels)) {
      List<JsonNode> lines;
      try {
        lines = SentenceInputs.quoteLines(f);
      } catch (IOException e) {
        throw usage(
            "Cannot read quotes "
                + f
                + ": "
                + (Files.exists(f) ? LabOptions.why(e) : "no such file"));
      } catch (IllegalArgumentException e) {
        throw usage(e.getMessage());
      }
      for (JsonNode node : lines) {
        for (String q : needed) {
          JsonNode quote = node.path(q + "_quote");
          if (quote.isTextual() && !quote.asText().isBlank()) {
            quoted.add(q);
          }
        }
      }
    }
    List<String> missing = needed.stream().filter(q -> !quoted.contains(q)).toList();
    if (!missing.isEmpty()) {
      throw usage(
          "+sentences needs quoted sentences: no "
              + String.join(" or ", missing.stream().map(q -> q + "_quote").toList())
              + " in "
              + String.join(", ", quoteFiles(labels).stream().map(Path::toString).toList())
              + "; give the coders' label files with --quotes FILE,...");
    }
  }

  /**
   * What to fit: a model for every question's frame (a lexicon frame or the topic), the first two
   * questions being the dominant pair; checked before Spark starts.
   *
   * @param framesFile the lexicon's file, named in errors
   */
  public PresenceCv.Setup setup(
      List<Question> questions,
      FrameLexicon lexicon,
      Path framesFile,
      Optional<TopicDefinition> topic,
      int folds) {
    if (folds < 2) {
      throw usage("--folds must be at least 2, got " + folds);
    }
    if (!(lambda >= 0)) {
      throw usage("--lambda must be at least 0, got " + lambda);
    }
    List<String> ids = lexicon.frames().stream().map(Frame::id).toList();
    Optional<String> topicId = topic.map(TopicDefinition::id);
    List<String> related = new ArrayList<>(ids);
    topicId.ifPresent(related::add);
    String first = questions.get(0).frame();
    String second = questions.get(1).frame();
    Map<String, String> byKey = new LinkedHashMap<>();
    List<PresenceCv.Spec> specs = new ArrayList<>();
    for (Question q : questions) {
      byKey.put(q.key(), q.frame());
      if (topicId.equals(Optional.of(q.frame()))) {
        specs.add(PresenceSpecs.topic(q.frame(), q.key(), lambda));
      } else if (ids.contains(q.frame())) {
        Optional<String> other =
            q.frame().equals(first)
                ? Optional.of(second)
                : q.frame().equals(second) ? Optional.of(first) : Optional.empty();
        try {
          specs.add(
              PresenceSpecs.frame(
                  q.frame(),
                  q.key(),
                  other,
                  topicId,
                  inputs.getOrDefault(q.frame(), "counts"),
                  lambda,
                  related));
        } catch (IllegalArgumentException e) {
          throw usage("--inputs: " + e.getMessage());
        }
      } else {
        throw usage(
            "Question '"
                + q.key()
                + "' names '"
                + q.frame()
                + "', which is neither a frame of "
                + framesFile
                + " nor the topic"
                + topicId.map(t -> " '" + t + "'").orElse(" (no topic file)"));
      }
    }
    for (String f : inputs.keySet()) {
      if (!byKey.containsValue(f)) {
        throw usage("--inputs names '" + f + "', which no question fits");
      }
    }
    if (!ids.contains(first) || !ids.contains(second)) {
      throw usage("The first two questions must name lexicon frames (the dominant pair)");
    }
    for (Path q : quotes) {
      if (!Files.isRegularFile(q) || !Files.isReadable(q)) {
        throw usage("--quotes: cannot read " + q);
      }
    }
    return new PresenceCv.Setup(
        byKey,
        specs,
        folds,
        seed,
        thresholdRule(),
        fallbackRule(),
        topicId,
        DominantFrame.Rule.SCORE,
        first,
        second);
  }

  private ThresholdRule thresholdRule() {
    return switch (threshold) {
      case "match-share" -> ThresholdRule.MATCH_SHARE;
      case "max-f1" -> ThresholdRule.MAX_F1;
      default -> throw usage("--threshold takes match-share or max-f1, got '" + threshold + "'");
    };
  }

  private FallbackRule fallbackRule() {
    String[] st = fallback.split(",");
    try {
      return new FallbackRule(Integer.parseInt(st[0].strip()), Integer.parseInt(st[1].strip()));
    } catch (RuntimeException e) {
      throw usage("--fallback takes S,T (e.g. 2,2), got '" + fallback + "'");
    }
  }

  /** The inputs text of {@code frame}, as given or the default {@code counts}. */
  public String inputs(String frame) {
    return inputs.getOrDefault(frame, "counts");
  }

  public long seed() {
    return seed;
  }

  public double lambda() {
    return lambda;
  }

  public String threshold() {
    return threshold;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
