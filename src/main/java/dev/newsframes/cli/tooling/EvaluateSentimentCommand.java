package dev.newsframes.cli.tooling;

import dev.newsframes.cli.NlpConfigOptions;
import dev.newsframes.common.PrecisionRecall;
import dev.newsframes.lab.evaluate.SentimentDatasets;
import dev.newsframes.lab.evaluate.SentimentEvaluation;
import dev.newsframes.lab.evaluate.SentimentEvaluator;
import dev.newsframes.nlp.NlpConfig;
import dev.newsframes.nlp.NlpConfigLoader;
import dev.newsframes.nlp.ParserModel;
import dev.newsframes.nlp.SentimentModels;
import dev.newsframes.sentiment.LabelledSentence;
import dev.newsframes.sentiment.Polarity;
import dev.newsframes.sentiment.SentimentScore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code evaluate sentiment}: agreement of the configured sentiment model with a labelled set. */
@Command(
    name = "sentiment",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the configured sentence sentiment model (or --model) against labelled sentences.",
      "Five model classes map to three (very negative/negative -> negative, neutral,"
          + " positive/very positive -> positive). Prints: accuracy <a> macro-f1 <m>;"
          + " for semeval also: pearson <r> spearman <rho> sign-accuracy <s> (score vs gold"
          + " score)."
    })
public final class EvaluateSentimentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin NlpConfigOptions settings;
  @Mixin LabOptions lab = new LabOptions();
  @Mixin ThreadsOption threadsOption = new ThreadsOption();
  @Mixin SeedOption seedOption = new SeedOption();
  @Mixin LimitOption limitOption = new LimitOption();
  @Mixin SentimentSetOptions set = new SentimentSetOptions();

  @Option(
      names = "--parser",
      paramLabel = "pcfg|sr",
      converter = ParserConverter.class,
      description = "Parser feeding the sentiment model (default: as configured).")
  ParserModel parser;

  @Option(
      names = "--model",
      paramLabel = "PATH",
      description = {
        "Score with this model file from train-sentiment, as annotate does with",
        "nlp.sentiment-model=classifier"
      })
  Path model;

  @Override
  public Integer call() {
    int threads = threadsOption.threads();
    long seed = seedOption.seed();
    Optional<Integer> limit = limitOption.limit();
    List<LabelledSentence> all = set.all(lab);
    NlpConfig config = settings.load(overrides());
    List<LabelledSentence> chosen = set.evaluation(all, seed);
    List<LabelledSentence> items =
        limit.map(n -> SentimentDatasets.subsample(chosen, n)).orElse(chosen);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "sentiment evaluation of %s: %d of %d items%n",
        set.describe(seed),
        items.size(),
        all.size());
    out.printf(
        Locale.ROOT,
        "settings: %s; model %s%s; parser %s%n",
        settings.source(),
        config.sentimentModel(),
        config.sentimentModelFile().map(f -> " " + f).orElse(""),
        config.annotators().contains("parse") ? config.corenlp().get("parse.model") : "none");
    out.flush();
    SentimentEvaluator evaluator = new SentimentEvaluator(config);
    long start = System.nanoTime();
    List<Optional<SentimentScore>> predictions = evaluator.predict(items, threads);
    double seconds = (System.nanoTime() - start) / 1e9;
    SentimentEvaluation eval = SentimentEvaluation.of(items, predictions);
    report(out, eval, seconds);
    return 0;
  }

  /** The settings this evaluation changes: parser, or the model file. */
  private Map<String, String> overrides() {
    Map<String, String> extra = new HashMap<>();
    if (parser != null) {
      extra.put("parse.model", parser.path());
    }
    if (model != null) {
      if (!Files.isRegularFile(model)) {
        throw new ParameterException(spec.commandLine(), "--model: no such file: " + model);
      }
      extra.put(NlpConfigLoader.SENTIMENT_MODEL, SentimentModels.CLASSIFIER);
      extra.put(NlpConfigLoader.SENTIMENT_MODEL_PATH, model.toAbsolutePath().toString());
    }
    return extra;
  }

  private static void report(PrintWriter out, SentimentEvaluation eval, double seconds) {
    out.printf(
        Locale.ROOT,
        "annotated in %.1f s (%.1f sentences/s); unscored (counted neutral): %d%n",
        seconds,
        eval.gold().size() / seconds,
        eval.unscored());
    for (Map.Entry<Polarity, PrecisionRecall> e : eval.perClass().entrySet()) {
      PrecisionRecall pr = e.getValue();
      out.printf(
          Locale.ROOT,
          "%-8s precision %.4f recall %.4f f1 %.4f (gold %d, predicted %d)%n",
          e.getKey().code(),
          pr.precision(),
          pr.recall(),
          pr.f1(),
          pr.gold(),
          pr.predicted());
    }
    long[][] m = eval.confusion();
    out.println("confusion (rows gold, columns predicted: negative neutral positive):");
    for (Polarity p : Polarity.values()) {
      long[] row = m[p.ordinal()];
      out.printf(Locale.ROOT, "  %-8s %6d %6d %6d%n", p.code(), row[0], row[1], row[2]);
    }
    out.printf(Locale.ROOT, "accuracy %.4f macro-f1 %.4f%n", eval.accuracy(), eval.macroF1());
    if (eval.hasGoldScores()) {
      out.printf(
          Locale.ROOT,
          "pearson %.4f spearman %.4f sign-accuracy %.4f%n",
          eval.pearson(),
          eval.spearman(),
          eval.signAccuracy());
    }
    out.flush();
  }

  /** Accepts {@code pcfg} or {@code sr} in any case. */
  static final class ParserConverter implements ITypeConverter<ParserModel> {
    @Override
    public ParserModel convert(String value) {
      return ParserModel.valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
  }
}
