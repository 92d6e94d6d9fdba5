package dev.newsframes.cli;

import dev.newsframes.sentiment.target.SentenceStates;
import dev.newsframes.trends.Frame;
import dev.newsframes.trends.FrameLexicon;
import dev.newsframes.trends.TopicDefinition;
import dev.newsframes.trends.presence.FallbackRule;
import dev.newsframes.trends.presence.FrameModel;
import dev.newsframes.trends.presence.FramePresenceModel;
import dev.newsframes.trends.presence.PresenceModelFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How trends decides which articles carry a frame: the presence model (or a rule) and the topic it
 * reads. Shared by {@code trends}, {@code run} and {@code evaluate frames}; checked before Spark
 * starts.
 */
public final class PresenceOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--presence-model",
      paramLabel = "FILE",
      description =
          "Presence model file (JSON in the format of the shipped one): which articles carry a frame."
              + " Default: the model shipped in the jar, fitted on the team's 292 coded ai-tech"
              + " articles for regulation, competitiveness and the AI topic, reading sentence"
              + " classifiers for the first two; every other frame is present when at least 2 of"
              + " its sentences hit it with 2 distinct terms. "
              + COUNTS
              + ": the shipped lexicon-only model (no sentence encoding: faster, less accurate).")
  Path presenceModel;

  /** The value of --presence-model that names the shipped lexicon-only model. */
  static final String COUNTS = "builtin:counts";

  @Option(
      names = "--presence-rule",
      paramLabel = "RULE",
      description =
          "Decide presence without a model: any-hit (one sentence hit carries the frame, the rule"
              + " before presence models) or S,T (at least S sentences and T distinct terms)."
              + " Not with --presence-model.")
  String presenceRule;

  @Option(
      names = "--topic",
      paramLabel = "FILE",
      defaultValue = "jobs/topic-ai.yaml",
      description =
          "YAML with a topic: section matched beside the frames, read by the presence model"
              + " (default: ${DEFAULT-VALUE}); article_topics says which articles are on topic.")
  Path topicFile;

  /**
   * The presence model: the file, the rule, or the shipped default; a model whose sentence
   * classifiers cannot read the shipped encoder's states is refused here, before Spark starts.
   */
  public FramePresenceModel model() {
    FramePresenceModel model = chosenModel();
    for (FrameModel m : model.models().values()) {
      Optional<String> problem =
          m.sentences().flatMap(c -> SentenceStates.problem(c.source(), c.fit().weights().length));
      if (problem.isPresent()) {
        throw usage(
            "Presence model " + describe() + ", frame '" + m.frame() + "': " + problem.get());
      }
    }
    return model;
  }

  private FramePresenceModel chosenModel() {
    if (presenceModel != null && presenceRule != null) {
      throw usage("--presence-model and --presence-rule exclude each other");
    }
    if (isRule()) {
      return FramePresenceModel.fallbackOnly(fallbackRule(presenceRule));
    }
    if (presenceModel == null) {
      return FramePresenceModel.loadDefault();
    }
    if (isCounts()) {
      return PresenceModelFile.readResource(FramePresenceModel.COUNTS_RESOURCE);
    }
    if (!Files.isRegularFile(presenceModel)) {
      throw usage("Presence model not found: " + presenceModel);
    }
    try {
      return PresenceModelFile.read(presenceModel);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private FallbackRule fallbackRule(String rule) {
    if (rule.equals("any-hit")) {
      return FallbackRule.ANY_HIT;
    }
    String[] st = rule.split(",");
    try {
      return new FallbackRule(Integer.parseInt(st[0].strip()), Integer.parseInt(st[1].strip()));
    } catch (RuntimeException e) {
      throw usage("--presence-rule takes any-hit or S,T (e.g. 2,2), got '" + rule + "'");
    }
  }

  /**
   * What does not fit between the model and {@code lexicon}, as warnings; none for a rule: the
   * model was fitted with another lexicon ({@link #lexiconMismatch}), or has weights for frames the
   * lexicon lacks ({@link #framesNotInLexicon}).
   */
  public List<String> lexiconWarnings(FramePresenceModel model, FrameLexicon lexicon) {
    if (isRule()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    lexiconMismatch(model, lexicon, describe(), lexicon.source()).ifPresent(out::add);
    framesNotInLexicon(model, lexicon, describe(), lexicon.source()).ifPresent(out::add);
    return out;
  }

  /**
   * A warning when the fitted frames of the model were fitted with another lexicon than {@code
   * lexicon}: their weights were learned on the counts of other terms, so after an edit of the
   * lexicon their presence is no longer what was validated. Empty for a model without fitted frames
   * or provenance, and when the fingerprints agree.
   */
  static Optional<String> lexiconMismatch(
      FramePresenceModel model, FrameLexicon lexicon, String modelName, String lexiconName) {
    Optional<String> fitted = model.fittedLexicon();
    List<String> frames =
        lexicon.frames().stream().map(Frame::id).filter(f -> model.model(f).isPresent()).toList();
    if (fitted.isEmpty() || frames.isEmpty() || fitted.get().equals(lexicon.fingerprint())) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "the %s was fitted with lexicon %s, but %s is %s (edited since?): the presence of %s is"
                + " decided with weights learned on other terms. Check it with 'evaluate frames'"
                + " or refit it with 'train-frames'.",
            modelName,
            fitted.get().substring(0, 12),
            lexiconName,
            lexicon.fingerprint().substring(0, 12),
            String.join(", ", frames)));
  }

  /**
   * Which of the model's fitted frames the lexicon lacks, as a warning, or empty: their weights are
   * never used, and usually a frame was renamed in the lexicon or the model is for another one.
   */
  static Optional<String> framesNotInLexicon(
      FramePresenceModel model, FrameLexicon lexicon, String modelName, String lexiconName) {
    Set<String> ids = lexicon.frames().stream().map(Frame::id).collect(Collectors.toSet());
    List<String> unused =
        new TreeSet<>(model.models().keySet())
            .stream()
                .filter(f -> !ids.contains(f) && !model.topic().equals(Optional.of(f)))
                .toList();
    if (unused.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "the %s has weights for %s, which %s does not define: they are not used (a frame"
                + " of the model must have the id it has in the lexicon; the lexicon's frames use"
                + " the fallback rule where the model has none)",
            modelName,
            String.join(", ", unused),
            lexiconName));
  }

  /** The topic the model reads; none when it reads none. */
  public Optional<TopicDefinition> topic(FramePresenceModel model) {
    if (model.topic().isEmpty()) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(topicFile)) {
      throw usage(
          "The presence model reads topic '"
              + model.topic().get()
              + "' but the topic file is not found: "
              + topicFile);
    }
    try {
      return TopicDefinition.load(topicFile);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  /**
   * What decides presence, as a short text for records: the model file, the rule or the default.
   */
  public String describe() {
    if (isRule()) {
      return "rule " + presenceRule;
    }
    if (isCounts()) {
      return "shipped lexicon-only model";
    }
    return presenceModel == null ? "shipped model" : "model " + presenceModel;
  }

  /** Whether a rule (--presence-rule), not a fitted model, decides presence. */
  public boolean isRule() {
    return presenceRule != null;
  }

  /** Whether --presence-model names the shipped lexicon-only model. */
  private boolean isCounts() {
    return presenceModel != null && presenceModel.toString().equals(COUNTS);
  }

  /** The topic of the --topic file whatever the model reads; none when the file is absent. */
  public Optional<TopicDefinition> topicIfPresent() {
    if (!Files.isRegularFile(topicFile)) {
      return Optional.empty();
    }
    try {
      return TopicDefinition.load(topicFile);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
