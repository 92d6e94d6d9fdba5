package dev.newsframes.cli.tooling;

import dev.newsframes.cli.ExitCode;
import dev.newsframes.cli.NlpConfigOptions;
import dev.newsframes.cli.OutputFile;
import dev.newsframes.lab.evaluate.SentimentDatasets;
import dev.newsframes.nlp.NlpConfig;
import dev.newsframes.nlp.SentimentFeaturizer;
import dev.newsframes.sentiment.LabelledSentence;
import dev.newsframes.sentiment.Polarity;
import dev.newsframes.sentiment.SentimentClassifier;
import dev.newsframes.sentiment.SentimentCrossValidation;
import dev.newsframes.sentiment.SentimentModelFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsframes train-sentiment}: trains the {@code classifier} sentiment model. */
@Command(
    name = "train-sentiment",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the parse-free 'classifier' sentence sentiment model from labelled sentences.",
      "Prints k-fold cross-validated accuracy and macro-F1, and writes the model file that"
          + " the setting nlp.sentiment-model-path names. Sentences are annotated with the"
          + " configured NER settings and gazetteer (--config), as annotate will annotate them.",
      "Last line: 'model <file> ...'."
    })
public final class TrainSentimentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin NlpConfigOptions settings = new NlpConfigOptions();
  @Mixin LabOptions lab = new LabOptions();
  @Mixin ThreadsOption threadsOption = new ThreadsOption();
  @Mixin SeedOption seedOption = new SeedOption();
  @Mixin LimitOption limitOption = new LimitOption();
  @Mixin SentimentSetOptions set = new SentimentSetOptions();

  @Option(names = "--model", required = true, paramLabel = "OUT", description = "Model file.")
  Path model;

  @Option(
      names = "--folds",
      defaultValue = "5",
      paramLabel = "K",
      description = "Cross-validation folds; 0 skips cross-validation (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(
      names = "--sigma",
      defaultValue = "1.0",
      paramLabel = "S",
      description =
          "Gaussian prior of the weights; smaller regularises more (default: ${DEFAULT-VALUE}).")
  double sigma;

  @Option(
      names = "--min-feature-count",
      defaultValue = "1",
      paramLabel = "N",
      description = "Drop features seen in fewer sentences (default: ${DEFAULT-VALUE}).")
  int minFeatureCount;

  @Override
  public Integer call() {
    SentimentClassifier.Settings training = checkOptions();
    OutputFile.checked(spec.commandLine(), model, "--model");
    // Only the NER settings and gazetteer matter here; the configured model may be the one this
    // run is about to write.
    NlpConfig config = settings.load(Map.of("nlp.sentiment-model", "none"));
    PrintWriter out = spec.commandLine().getOut();
    List<LabelledSentence> all = set.all(lab);
    List<LabelledSentence> chosen = set.training(all, seedOption.seed());
    List<LabelledSentence> items =
        limitOption.limit().map(n -> SentimentDatasets.subsample(chosen, n)).orElse(chosen);
    out.printf(
        Locale.ROOT,
        "train-sentiment: %d of %d sentences of %s%n",
        items.size(),
        all.size(),
        set.describe(seedOption.seed()));
    out.println("classes: " + classCounts(items));

    out.flush();
    long start = System.nanoTime();
    List<SentimentClassifier.Example> examples =
        new SentimentFeaturizer(config).examples(items, threadsOption.threads());
    double secs = (System.nanoTime() - start) / 1e9;
    out.printf(
        Locale.ROOT,
        "featurized in %.1f s (%.1f sentences/s, settings %s)%n",
        secs,
        items.size() / secs,
        settings.source());
    out.flush();
    if (folds >= 2) {
      crossValidate(out, examples, training);
    }
    SentimentClassifier classifier =
        SentimentClassifier.train(examples, training, description(items.size()));
    write(out, classifier);
    return ExitCode.OK;
  }

  private SentimentClassifier.Settings checkOptions() {
    Path parent = model.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new ParameterException(spec.commandLine(), "--model: no such folder: " + parent);
    }
    if (folds == 1 || folds < 0) {
      throw lab.usage("--folds must be 0 or at least 2, got " + folds);
    }
    try {
      return new SentimentClassifier.Settings(sigma, minFeatureCount);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void crossValidate(
      PrintWriter out,
      List<SentimentClassifier.Example> examples,
      SentimentClassifier.Settings training) {
    SentimentCrossValidation.Result cv =
        SentimentCrossValidation.run(examples, folds, seedOption.seed(), training);
    for (SentimentCrossValidation.Fold f : cv.folds()) {
      out.printf(
          Locale.ROOT,
          "fold %d: accuracy %.4f macro-f1 %.4f (train %d, test %d)%n",
          f.index(),
          f.accuracy(),
          f.macroF1(),
          f.trainSize(),
          f.testSize());
    }
    out.printf(
        Locale.ROOT,
        "cross-validated (%d folds, seed %d): accuracy %.4f macro-f1 %.4f%n",
        folds,
        seedOption.seed(),
        cv.accuracy(),
        cv.macroF1());
    out.flush();
  }

  private void write(PrintWriter out, SentimentClassifier classifier) {
    byte[] bytes = classifier.toBytes();
    try {
      Files.write(model, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write model " + model + ": " + e.getMessage(), e);
    }
    for (Polarity p : List.of(Polarity.POSITIVE, Polarity.NEGATIVE)) {
      out.println(
          "strongest " + p.code() + ": " + String.join(", ", classifier.strongestFeatures(p, 12)));
    }
    SentimentModelFile file = SentimentModelFile.of(model.getFileName().toString(), bytes);
    out.printf(
        Locale.ROOT,
        "model %s: %d features, %d bytes, sha256 %s%n",
        model,
        classifier.featureCount(),
        bytes.length,
        file.sha256().substring(0, 16));
    out.flush();
  }

  private String description(int sentences) {
    return String.format(
        Locale.ROOT,
        "%d sentences of %s, sigma %s, min feature count %d",
        sentences,
        set.describe(seedOption.seed()),
        sigma,
        minFeatureCount);
  }

  private static String classCounts(List<LabelledSentence> items) {
    Map<Polarity, Integer> counts = new EnumMap<>(Polarity.class);
    items.forEach(s -> counts.merge(s.polarity(), 1, Integer::sum));
    StringBuilder b = new StringBuilder();
    counts.forEach(
        (p, n) -> b.append(b.isEmpty() ? "" : ", ").append(p.code()).append(' ').append(n));
    return b.toString();
  }
}
