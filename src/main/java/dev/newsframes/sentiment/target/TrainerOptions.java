package dev.newsframes.sentiment.target;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command-line options of {@link TargetSentimentTrainer}; unknown options fail with a usage. */
record TrainerOptions(
    Path input,
    Path output,
    List<FeatureSource> sources,
    HeadSettings settings,
    int folds,
    List<Path> evaluate) {

  static final String DEFAULT_SOURCES = "bge-small-q:plain:target,win6,mean:m3,4,5,6";

  static TrainerOptions parse(String[] args) {
    Path input = null;
    Path output = null;
    List<FeatureSource> sources = new ArrayList<>();
    HeadSettings s = HeadSettings.logistic();
    int folds = 5;
    List<Path> evaluate = new ArrayList<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--input" -> input = Path.of(v);
        case "--output" -> output = Path.of(v);
        case "--sources" -> {
          for (String src : v.split("\\+")) {
            sources.add(FeatureSource.parse(src));
          }
        }
        case "--hidden" -> s = s.withHidden(Integer.parseInt(v));
        case "--epochs" -> s = s.withEpochs(Integer.parseInt(v));
        case "--weight-decay" -> s = s.withWeightDecay(Double.parseDouble(v));
        case "--dropout" -> s = s.withDropout(Double.parseDouble(v));
        case "--learning-rate" -> s = s.withLearningRate(Double.parseDouble(v));
        case "--folds" -> folds = Integer.parseInt(v);
        case "--evaluate" -> evaluate.add(Path.of(v));
        default -> throw usage("unknown option " + args[i]);
      }
    }
    if (args.length % 2 != 0) {
      throw usage("option " + args[args.length - 1] + " needs a value");
    }
    if (input == null || output == null) {
      throw usage("--input and --output are required");
    }
    if (sources.isEmpty()) {
      sources.add(FeatureSource.parse(DEFAULT_SOURCES));
    }
    return new TrainerOptions(input, output, sources, s, folds, evaluate);
  }

  private static IllegalArgumentException usage(String why) {
    return new IllegalArgumentException(
        why
            + "\nusage: TargetSentimentTrainer --input FILE.jsonl --output HEAD.bin"
            + " [--sources enc:marking:parts[+...]] [--hidden N] [--epochs N] [--weight-decay W]"
            + " [--dropout P] [--learning-rate R] [--folds K] [--evaluate FILE.jsonl]...");
  }
}
