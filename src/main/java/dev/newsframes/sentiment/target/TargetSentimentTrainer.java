package dev.newsframes.sentiment.target;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains a target sentiment head from NewsMTSC-format JSON lines, prints k-fold cross-validated
 * scores (folds grouped by sentence), fits the temperature on the out-of-fold logits, and writes
 * the head; optionally scores other files with the final head. The options shown hold their
 * defaults; {@code newsframes train-entity-sentiment} is the command over this class.
 *
 * <pre>
 * java -cp ... dev.newsframes.sentiment.target.TargetSentimentTrainer \
 *   --input train.jsonl --output head.bin [--sources bge-small-q:plain:target,win6,mean:m3,4,5,6] \
 *   [--hidden 0] [--epochs 30] [--weight-decay 1.0] [--dropout 0] [--folds 5] [--seed 42] \
 *   [--evaluate dev-rw.jsonl --evaluate dev-mt.jsonl]
 * </pre>
 */
public final class TargetSentimentTrainer {
  /** What a training run produced. */
  public record Result(TargetSentimentHead head, TargetScores crossValidated) {}

  /** The feature recipe of the shipped head: bge-small to layer 6, target, window, sentence. */
  public static final String DEFAULT_SOURCES = TrainerOptions.DEFAULT_SOURCES;

  private TargetSentimentTrainer() {}

  /**
   * Trains on {@code data}; {@code folds} 0 skips cross-validation (temperature stays 1).
   *
   * @throws IllegalArgumentException if the data lacks a class
   */
  public static Result train(
      List<LabelledTarget> data, List<FeatureSource> sources, HeadSettings settings, int folds) {
    float[][] x = features(sources, data);
    int[] y = data.stream().mapToInt(t -> t.gold().ordinal()).toArray();
    TargetScores cv = null;
    float temperature = 1f;
    if (folds > 1) {
      int[] fold = TargetCrossValidation.folds(data, folds, settings.seed());
      double[][] logits = TargetCrossValidation.outOfFoldLogits(x, y, fold, folds, settings);
      List<TargetLabel> predicted = new ArrayList<>();
      for (double[] l : logits) {
        predicted.add(TargetPolarity.of(SoftmaxHead.softmax(l)).label());
      }
      cv = TargetScores.of(data.stream().map(LabelledTarget::gold).toList(), predicted);
      temperature = TargetCrossValidation.fitTemperature(logits, y);
    }
    SoftmaxHead head = HeadTrainer.train(x, y, settings).withTemperature(temperature);
    return new Result(new TargetSentimentHead(sources, MAX_TOKENS, head), cv);
  }

  static final int MAX_TOKENS = 128;

  /** Features of every target, from the JVM's shared encoders, in batches of 256. */
  static float[][] features(List<FeatureSource> sources, List<LabelledTarget> data) {
    List<OnnxEncoder> encoders =
        sources.stream().map(s -> SharedEncoders.of(s, MAX_TOKENS)).toList();
    List<TargetInput> inputs = data.stream().map(LabelledTarget::input).toList();
    List<float[]> out = new ArrayList<>();
    for (int start = 0; start < inputs.size(); start += 256) {
      out.addAll(
          TargetSentimentModel.features(
              sources, encoders, inputs.subList(start, Math.min(inputs.size(), start + 256))));
    }
    return out.toArray(new float[0][]);
  }

  /** Scores of a head on labelled targets. */
  public static TargetScores evaluate(TargetSentimentModel model, List<LabelledTarget> data) {
    List<TargetLabel> predicted = new ArrayList<>();
    List<TargetInput> inputs = data.stream().map(LabelledTarget::input).toList();
    for (int start = 0; start < inputs.size(); start += 256) {
      for (TargetPolarity p :
          model.predict(inputs.subList(start, Math.min(inputs.size(), start + 256)))) {
        predicted.add(p.label());
      }
    }
    return TargetScores.of(data.stream().map(LabelledTarget::gold).toList(), predicted);
  }

  public static void main(String[] args) throws Exception {
    TrainerOptions o = TrainerOptions.parse(args);
    List<LabelledTarget> data = NewsMtscReader.read(o.input());
    System.out.printf(
        Locale.ROOT, "%d targets from %s; features %s%n", data.size(), o.input(), o.sources());
    Result r = train(data, o.sources(), o.settings(), o.folds());
    if (r.crossValidated() != null) {
      System.out.printf(
          Locale.ROOT,
          "cross-validated (%d folds, seed %d): %s%n",
          o.folds(),
          o.settings().seed(),
          r.crossValidated().summary());
      System.out.printf(Locale.ROOT, "temperature %.2f%n", r.head().head().temperature);
    }
    Files.createDirectories(o.output().toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(o.output())) {
      r.head().write(out);
    }
    System.out.printf(Locale.ROOT, "head %s: %d bytes%n", o.output(), Files.size(o.output()));
    TargetSentimentModel model = new TargetSentimentModel(r.head());
    for (Path eval : o.evaluate()) {
      System.out.printf(
          Locale.ROOT, "%s: %s%n", eval, evaluate(model, NewsMtscReader.read(eval)).summary());
    }
  }
}
