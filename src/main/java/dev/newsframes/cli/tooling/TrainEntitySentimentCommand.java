package dev.newsframes.cli.tooling;

import dev.newsframes.cli.ExitCode;
import dev.newsframes.cli.OutputFile;
import dev.newsframes.sentiment.target.FeatureSource;
import dev.newsframes.sentiment.target.HeadSettings;
import dev.newsframes.sentiment.target.LabelledTarget;
import dev.newsframes.sentiment.target.NewsMtscReader;
import dev.newsframes.sentiment.target.TargetLabel;
import dev.newsframes.sentiment.target.TargetSentimentModel;
import dev.newsframes.sentiment.target.TargetSentimentTrainer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsframes train-entity-sentiment}: retrains the head of the entity sentiment model from
 * NewsMTSC-format labelled targets, for {@code nlp.entity-sentiment=trained}.
 */
@Command(
    name = "train-entity-sentiment",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the head of the entity sentiment model from NewsMTSC-format targets.",
      "The encoder stays frozen. Prints k-fold cross-validated accuracy and macro-F1 (folds",
      "grouped by sentence), fits the temperature on the out-of-fold predictions and writes",
      "the head file. Use it with these settings:",
      "nlp.entity-sentiment=trained",
      "nlp.entity-sentiment-model-path=<the head file>",
      "Last line: 'head <file> ...'."
    })
public final class TrainEntitySentimentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin LabOptions lab = new LabOptions();
  @Mixin SeedOption seedOption = new SeedOption();

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE.jsonl",
      description = "Labelled targets, NewsMTSC format.")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "HEAD", description = "Head file.")
  Path output;

  @Option(
      names = "--folds",
      defaultValue = "5",
      paramLabel = "K",
      description =
          "Cross-validation folds; 0 skips it (temperature 1) (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(
      names = "--epochs",
      defaultValue = "30",
      paramLabel = "N",
      description = "Training epochs (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(
      names = "--weight-decay",
      defaultValue = "1.0",
      paramLabel = "W",
      description = "AdamW weight decay; larger regularises more (default: ${DEFAULT-VALUE}).")
  double weightDecay;

  @Option(
      names = "--sources",
      defaultValue = TargetSentimentTrainer.DEFAULT_SOURCES,
      paramLabel = "ENC:MARKING:PARTS:LAYERS",
      description = {
        "Feature recipe; the encoder's jar must be on the classpath.",
        "Default:",
        "${DEFAULT-VALUE}"
      })
  String sources;

  @Option(
      names = "--evaluate",
      paramLabel = "FILE.jsonl",
      description = "Score the trained head on this labelled file too; repeatable.")
  List<Path> evaluate = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    HeadSettings settings = checkOptions();
    OutputFile.checked(spec.commandLine(), output, "--output");
    List<FeatureSource> recipe = recipe();
    List<LabelledTarget> data = read(input);
    List<List<LabelledTarget>> others = new ArrayList<>();
    for (Path p : evaluate) {
      others.add(read(p));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "train-entity-sentiment: %d targets of %s (%s); features %s%n",
        data.size(),
        input,
        classCounts(data),
        recipe);
    out.flush();
    long start = System.nanoTime();
    TargetSentimentTrainer.Result r;
    try {
      r = TargetSentimentTrainer.train(data, recipe, settings, folds);
    } catch (IllegalArgumentException e) {
      throw lab.usage("Cannot train on " + input + ": " + e.getMessage());
    }
    out.printf(Locale.ROOT, "trained in %.1f s%n", (System.nanoTime() - start) / 1e9);
    if (r.crossValidated() != null) {
      out.printf(
          Locale.ROOT,
          "cross-validated (%d folds, seed %d): %s%n",
          folds,
          seedOption.seed(),
          r.crossValidated().summary());
    }
    TargetSentimentModel model = new TargetSentimentModel(r.head());
    for (int i = 0; i < evaluate.size(); i++) {
      out.printf(
          Locale.ROOT,
          "%s: %s%n",
          evaluate.get(i),
          TargetSentimentTrainer.evaluate(model, others.get(i)).summary());
    }
    write(r);
    out.printf(Locale.ROOT, "head %s: %d bytes%n", output, Files.size(output));
    out.flush();
    return ExitCode.OK;
  }

  private HeadSettings checkOptions() {
    Path parent = output.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw lab.usage("Cannot write --output " + output + ": no such folder " + parent);
    }
    if (folds == 1 || folds < 0) {
      throw lab.usage("--folds must be 0 or at least 2, got " + folds);
    }
    if (epochs < 1) {
      throw lab.usage("--epochs must be at least 1, got " + epochs);
    }
    if (!(weightDecay >= 0)) {
      throw lab.usage("--weight-decay must be at least 0, got " + weightDecay);
    }
    HeadSettings d = HeadSettings.logistic();
    return new HeadSettings(
        d.hidden(),
        epochs,
        d.learningRate(),
        weightDecay,
        d.dropout(),
        d.batchSize(),
        d.balanced(),
        seedOption.seed());
  }

  private List<FeatureSource> recipe() {
    List<FeatureSource> out = new ArrayList<>();
    try {
      for (String s : sources.split("\\+")) {
        FeatureSource source = FeatureSource.parse(s);
        if (!source.encoder().isOnClasspath()) {
          throw new IllegalArgumentException(
              "the jar of encoder " + source.encoder().id() + " is not on the classpath");
        }
        out.add(source);
      }
    } catch (IllegalArgumentException e) {
      throw lab.usage("--sources " + sources + ": " + e.getMessage());
    }
    return out;
  }

  private List<LabelledTarget> read(Path file) {
    lab.existingFile(file, "labelled targets");
    try {
      return NewsMtscReader.read(file);
    } catch (IOException e) {
      throw lab.usage(LabOptions.cannotRead(file, e));
    }
  }

  private void write(TargetSentimentTrainer.Result r) {
    try (OutputStream o = Files.newOutputStream(output)) {
      r.head().write(o);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write head " + output + ": " + e.getMessage(), e);
    }
  }

  private static String classCounts(List<LabelledTarget> data) {
    Map<TargetLabel, Integer> counts = new EnumMap<>(TargetLabel.class);
    data.forEach(t -> counts.merge(t.gold(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((l, n) -> parts.add(l.columnValue() + " " + n));
    return String.join(", ", parts);
  }
}
